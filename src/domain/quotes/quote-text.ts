import type { Locale } from '../i18n';
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
  const at = locale === 'zh' ? '汇率' : 'at';
  return `${main} (≈ ${formatAmount(dec(quote.totalBase))} ${quote.baseCurrency}, ${at} ${toPlain(dec(quote.rate))})`;
}

/** The lines, the terms and the money, a few lines long, for chat. */
export function quoteSummary(quote: QuoteRecord, locale: Locale): string {
  const zh = locale === 'zh';
  const lines = quote.lines.map(
    (l) => `• ${l.product} × ${toPlain(dec(l.quantity))}${l.unit ? ` ${l.unit}` : ''} @ ${toPlain(dec(l.unitPrice))} = ${formatAmount(mul(dec(l.quantity), dec(l.unitPrice)))}`
      + `${l.hsCode ? ` · HS ${l.hsCode}` : ''}${l.spec ? `\n  ${l.spec}` : ''}`,
  );
  const shipping = [
    quote.portOfLoading ? `${zh ? '装运港' : 'POL'} ${quote.portOfLoading}` : '',
    quote.portOfDestination ? `${zh ? '目的港' : 'POD'} ${quote.portOfDestination}` : '',
    quote.leadTime ? `${zh ? '交期' : 'lead time'} ${quote.leadTime}` : '',
    quote.packing ? `${zh ? '包装' : 'packing'}: ${quote.packing}` : '',
  ].filter(Boolean);
  const terms = [
    `${quote.incoterm ?? ''}${quote.port ? ` ${quote.port}` : ''}`.trim(),
    quote.paymentTerms ? (zh ? `付款：${quote.paymentTerms}` : `payment: ${quote.paymentTerms}`) : '',
    quote.validUntil ? (zh ? `有效期至 ${quote.validUntil.toISOString().slice(0, 10)}` : `valid until ${quote.validUntil.toISOString().slice(0, 10)}`) : '',
    quote.discountPct && Number(quote.discountPct) > 0 ? (zh ? `折扣 ${toPlain(dec(quote.discountPct))}%` : `discount ${toPlain(dec(quote.discountPct))}%`) : '',
  ].filter(Boolean);
  return [
    `${quoteRef(quote)} · #${quote.customerId} ${quote.customerName}`,
    ...lines,
    terms.join(' · '),
    shipping.join(' · '),
    `${zh ? '合计' : 'Total'}: ${quoteAmount(quote, locale)}`,
    quote.notes ? `${zh ? '备注' : 'Notes'}: ${quote.notes}` : '',
  ].filter(Boolean).join('\n');
}
