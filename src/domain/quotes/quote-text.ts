import { domainMessages, type Locale } from '../i18n';
import { dec, formatAmount, mul, toPlain } from '../rates/decimal';
import type { QuoteRecord } from './quote.repository';

/** "Q-2026-0001 v2" */
export function quoteRef(quote: Pick<QuoteRecord, 'number' | 'version'>): string {
  return `${quote.number} v${quote.version}`;
}

/** "6,400.00 USD (≈ 45,440.00 CNY at 7.1)" — the base amount only when the currency differs. */
export function quoteAmount(quote: Pick<QuoteRecord, 'total' | 'currency' | 'totalBase' | 'baseCurrency' | 'rate'>, locale: Locale): string {
  const main = `${formatAmount(dec(quote.total))} ${quote.currency}`;
  if (quote.currency === quote.baseCurrency) return main;
  const at = domainMessages(locale).quotes.rateAt;
  return `${main} (≈ ${formatAmount(dec(quote.totalBase))} ${quote.baseCurrency}, ${at} ${toPlain(dec(quote.rate))})`;
}

/** The lines, the terms and the money, a few lines long, for chat. */
export function quoteSummary(quote: QuoteRecord, locale: Locale): string {
  const m = domainMessages(locale).quotes;
  const lines = quote.lines.map(
    (l) => `• ${l.product} × ${toPlain(dec(l.quantity))}${l.unit ? ` ${l.unit}` : ''} @ ${toPlain(dec(l.unitPrice))} = ${formatAmount(mul(dec(l.quantity), dec(l.unitPrice)))}`
      + `${l.hsCode ? ` · HS ${l.hsCode}` : ''}${l.spec ? `\n  ${l.spec}` : ''}`,
  );
  const shipping = [
    quote.portOfLoading ? `${m.pol} ${quote.portOfLoading}` : '',
    quote.portOfDestination ? `${m.pod} ${quote.portOfDestination}` : '',
    quote.leadTime ? `${m.leadTime} ${quote.leadTime}` : '',
    quote.packing ? m.packing({ packing: quote.packing }) : '',
  ].filter(Boolean);
  const terms = [
    `${quote.incoterm ?? ''}${quote.port ? ` ${quote.port}` : ''}`.trim(),
    quote.paymentTerms ? m.payment({ terms: quote.paymentTerms }) : '',
    quote.validUntil ? m.validUntil({ day: quote.validUntil.toISOString().slice(0, 10) }) : '',
    quote.discountPct && Number(quote.discountPct) > 0 ? m.discount({ pct: toPlain(dec(quote.discountPct)) }) : '',
  ].filter(Boolean);
  return [
    `${quoteRef(quote)} · #${quote.customerId} ${quote.customerName}`,
    ...lines,
    terms.join(' · '),
    shipping.join(' · '),
    m.total({ amount: quoteAmount(quote, locale) }),
    quote.notes ? m.notes({ notes: quote.notes }) : '',
  ].filter(Boolean).join('\n');
}
