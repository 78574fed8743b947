import type { Locale } from '../domain/i18n';
import type { QuoteVersionSummary } from '../domain/quotes/quote.repository';
import { dec, formatAmount } from '../domain/rates/decimal';
import type { MemberContext } from './context';
import { messages } from './i18n';

// Handlers of `/quote history …` and `/quote pdf …` (parsed by the /quote command in quote.flow.ts).

const statusName = (status: string, locale: Locale) => (Object.hasOwn(messages(locale).quoteHistory.statusNames, status) ? messages(locale).quoteHistory.statusNames[status] : status);
const day = (d: Date) => d.toISOString().slice(0, 10);

function versionLine(v: QuoteVersionSummary, locale: Locale): string {
  const valid = v.validUntil ? messages(locale).quoteHistory.validUntil({ date: day(v.validUntil) }) : '';
  return `${v.number} v${v.version} · ${statusName(v.status, locale)} · ${formatAmount(dec(v.total))} ${v.currency} · ${day(v.createdAt)}${valid}`;
}

/** `/quote history <Q-number | customer>`: every version kept, and how to get one again. */
export async function replyQuoteHistory(ctx: MemberContext, ref: string) {
  const { customer, versions } = await ctx.services.quoteHistory.history(ctx.actor, ctx.message.channel, ref);
  const m = messages(ctx.locale).quoteHistory;
  const who = `#${customer.id} ${customer.name}`;
  if (!versions.length) return ctx.reply(m.none({ who }));
  const example = versions[0];
  await ctx.reply([
    m.head({ who }),
    ...versions.map((v) => `• ${versionLine(v, ctx.locale)}`),
    m.howToGet({ number: example.number, version: example.version }),
  ].join('\n'));
}

/** `/quote pdf <Q-number [vN] | customer>`: that version's proforma invoice, to the member only. */
export async function replyQuoteCopy(ctx: MemberContext, ref: string) {
  const m = messages(ctx.locale).quoteHistory;
  if (!ctx.capabilities.files) return ctx.reply(m.noFiles);
  const { quote, file } = await ctx.services.quoteHistory.copy(ctx.actor, ctx.message.channel, ref);
  const note = quote.status === 'approved' ? '' : m.notApproved({ status: statusName(quote.status, ctx.locale) });
  await ctx.reply(m.copy({ number: quote.number, version: quote.version, note }), { files: [file] });
}
