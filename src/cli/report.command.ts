import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { isDomainError } from '../domain/errors';
import { REPORT_KINDS } from '../domain/reports/report.service';
import { renderReport } from '../domain/reports/report.render';
import { renderReportXlsx } from '../domain/reports/report.xlsx';
import { errorReply } from '../flows/error-replies';
import { withApp } from './runtime';

const optionsSchema = z.object({
  as: z.string().min(1, '--as <user> is required: reports show what that member may see'),
  format: z.enum(['text', 'xlsx', 'png']).default('text'),
  out: z.string().optional(),
  locale: z.enum(['en', 'zh']).optional(),
});

/** `crm report funnel 2026-Q3 --as wang --format xlsx --out q3.xlsx`: the chat reports from the command line. */
export function registerReportCommand(program: Command) {
  program
    .command('report')
    .description('a report as text, an XLSX workbook or the PNG chart, cut by what --as may see')
    .argument('<kind>', REPORT_KINDS.join(' | '))
    .argument('[filters...]', 'period, team or rep, country (as in /report)')
    .requiredOption('--as <user>', 'the member whose view the report shows')
    .option('--format <format>', 'text | xlsx | png', 'text')
    .option('--out <file>', 'file for xlsx or png (default report-<kind>.<format>)')
    .option('--locale <locale>', 'en | zh (default: the member\'s)')
    .action(async (kind: string, filters: string[], raw: unknown) => {
      const parsed = optionsSchema.safeParse(raw);
      const kindOk = (REPORT_KINDS as readonly string[]).includes(kind);
      if (!parsed.success || !kindOk) {
        const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        if (!kindOk) problems.push(`kind: one of ${REPORT_KINDS.join(', ')}`);
        process.stderr.write(`${problems.join('\n')}\n`);
        process.exitCode = 2;
        return;
      }
      const opts = parsed.data;
      await withApp(async (app) => {
        const actor = await app.services.team.byName(opts.as);
        const locale = opts.locale ?? (actor.locale === 'zh' ? 'zh' : 'en');
        try {
          const result = await app.services.reports.run(actor, 'cli', kind as (typeof REPORT_KINDS)[number], filters, new Date());
          const currency = app.services.settings.baseCurrency;
          const rendered = await renderReport(result, locale, currency);
          if (opts.format === 'text') {
            process.stdout.write(`${rendered.text}\n`);
            return;
          }
          const file = opts.format === 'xlsx' ? await renderReportXlsx(result, locale, currency) : rendered.file;
          const out = opts.out ?? file.name;
          await writeFile(out, file.data);
          process.stderr.write(`wrote ${out}\n`);
        } catch (error) {
          if (!isDomainError(error)) throw error;
          process.stderr.write(`${errorReply(error, locale)}\n`);
          process.exitCode = 1;
        }
      });
    });
}
