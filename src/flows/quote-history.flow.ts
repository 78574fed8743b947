import type { Locale } from '../domain/i18n';
import type { QuoteVersionSummary } from '../domain/quotes/quote.repository';
import { dec, formatAmount } from '../domain/rates/decimal';
import type { MemberContext } from './context';

// Handlers of `/quote history …` and `/quote pdf …` (parsed by the /quote command in quote.flow.ts).

const STATUS: Record<Locale, Record<string, string>> = {
  en: { approved: 'approved', pending: 'awaiting approval', draft: 'draft', rejected: 'rejected', changes_requested: 'sent back for changes', superseded: 'superseded' },
  zh: { approved: '已批准', pending: '审批中', draft: '草稿', rejected: '已拒绝', changes_requested: '已退回修改', superseded: '已被新版本取代' },
};
const day = (d: Date) => d.toISOString().slice(0, 10);

function versionLine(v: QuoteVersionSummary, locale: Locale): string {
  const valid = v.validUntil ? (locale === 'zh' ? ` · 有效期至 ${day(v.validUntil)}` : ` · valid until ${day(v.validUntil)}`) : '';
  return `${v.number} v${v.version} · ${STATUS[locale][v.status] ?? v.status} · ${formatAmount(dec(v.total))} ${v.currency} · ${day(v.createdAt)}${valid}`;
}

/** `/quote history <Q-number | customer>`: every version kept, and how to get one again. */
export async function replyQuoteHistory(ctx: MemberContext, ref: string) {
  const { customer, versions } = await ctx.services.quoteHistory.history(ctx.actor, ctx.message.channel, ref);
  const zh = ctx.locale === 'zh';
  if (!versions.length) {
    return ctx.reply(zh ? `#${customer.id} ${customer.name} 还没有报价。` : `#${customer.id} ${customer.name} has no quotes yet.`);
  }
  const example = versions[0];
  await ctx.reply([
    zh ? `#${customer.id} ${customer.name} 的报价（每个版本都保留）：` : `Quotes of #${customer.id} ${customer.name} (every version is kept):`,
    ...versions.map((v) => `• ${versionLine(v, ctx.locale)}`),
    zh
      ? `取回某个版本的 PDF：/quote pdf ${example.number} v${example.version}；发送已批准的版本给买家：/quote send ${example.number}`
      : `A version's PDF again: /quote pdf ${example.number} v${example.version}; the approved one to the buyer: /quote send ${example.number}`,
  ].join('\n'));
}

/** `/quote pdf <Q-number [vN] | customer>`: that version's proforma invoice, to the member only. */
export async function replyQuoteCopy(ctx: MemberContext, ref: string) {
  const zh = ctx.locale === 'zh';
  if (!ctx.capabilities.files) {
    return ctx.reply(zh ? '此聊天渠道不能接收文件：请在可接收文件的渠道（Telegram、Slack、WhatsApp、终端）中使用 /quote pdf。' : 'This chat cannot receive files: use /quote pdf where files arrive (Telegram, Slack, WhatsApp, the terminal).');
  }
  const { quote, file } = await ctx.services.quoteHistory.copy(ctx.actor, ctx.message.channel, ref);
  const note = quote.status === 'approved' ? '' : zh ? `（${STATUS.zh[quote.status] ?? quote.status}，PDF 上已标明）` : ` (${STATUS.en[quote.status] ?? quote.status}: marked so on the PDF)`;
  await ctx.reply(zh ? `${quote.number} v${quote.version} 的形式发票${note}，仅发给您。` : `Proforma invoice ${quote.number} v${quote.version}${note}, for you only.`, { files: [file] });
}
