import { z } from 'zod';
import { REPORT_KINDS, type ReportKind } from '../domain/reports/report.service';
import { renderReport } from '../domain/reports/report.render';
import { defineCommand, parseArgs } from './command';
import { lookupTable } from '../domain/text/lookup-table';

const KIND_WORDS: Record<string, ReportKind> = lookupTable({
  funnel: 'funnel', 漏斗: 'funnel', channels: 'channels', channel: 'channels', 渠道: 'channels',
  team: 'team', 团队: 'team', customers: 'customers', customer: 'customers', 客户: 'customers',
});

const argsSchema = z.object({
  kind: z.enum(REPORT_KINDS, { message: 'report: funnel, channels, team or customers' }),
  tokens: z.array(z.string().max(60)).max(4, 'at most: period, team or rep, country'),
  xlsx: z.boolean(),
});

// "xlsx" anywhere after the kind asks for the spreadsheet too
const XLSX_WORDS = new Set(['xlsx', 'excel', '表格']);

/** `/report funnel|channels|team|customers [period] [team|rep] [country]`: a short summary plus a chart. */
export const reportCommand = defineCommand({
  name: 'report',
  aliases: ['报表', '报告'],
  parse(args) {
    const [head = '', ...words] = args.split(/\s+/).filter(Boolean);
    const tokens = words.filter((w) => !XLSX_WORDS.has(w.toLowerCase()));
    return parseArgs(argsSchema, { kind: KIND_WORDS[head.toLowerCase()] ?? head, tokens, xlsx: tokens.length < words.length });
  },
  async handle(ctx, args) {
    const result = await ctx.services.reports.run(ctx.actor, ctx.message.channel, args.kind, args.tokens, new Date());
    const currency = ctx.services.settings.baseCurrency;
    const { text, file } = await renderReport(result, ctx.locale, currency);
    // exceljs loads only when a workbook is asked for
    const files = args.xlsx ? [file, await (await import('../domain/reports/report.xlsx')).renderReportXlsx(result, ctx.locale, currency)] : [file];
    await ctx.reply(text, ctx.capabilities.files ? { files } : undefined);
  },
});
