import { DomainError } from '../errors';
import { dec, isDecimalText, isNegative, isZero } from '../rates/decimal';
import { isCurrencyCode, toCurrencyCode } from '../rates/rate.service';
import { toIncoterm } from './incoterms';
import { unquote } from '../documents/document-fields';
import { parseShippingSegment, protectQuoted, splitProduct, type QuoteShipping } from './quote-details';

/** One product line as typed; amounts stay decimal text until the service does exact arithmetic. */
export interface QuoteLineInput {
  product: string;
  /** description or specification printed under the product name */
  spec?: string;
  /** customs tariff code as typed: 9405.42 */
  hsCode?: string;
  quantity: string;
  unit?: string;
  unitPrice: string;
  unitCost?: string;
}

/** Everything a quote needs besides its customer; the one-line form and the guided conversation both produce it. */
export interface QuoteInput extends QuoteShipping {
  lines: QuoteLineInput[];
  currency: string;
  incoterm: string;
  port?: string;
  paymentTerms?: string;
  validDays?: number;
  discountPct?: string;
  /** stated by the rep when no unit costs are given */
  marginPct?: string;
  notes?: string;
}

export interface PaymentTerms {
  text: string;
  /** share paid before production, 0–100 */
  depositPct: number;
  /** days of credit after shipment (net 90, OA 60…); 0 = against documents */
  paymentDays: number;
}

/** "2,000" → "2000"; a decimal text or an error naming the field. */
export function amountText(raw: string, field: 'quantity' | 'price' | 'cost' | 'discount' | 'margin', allowZero = false): string {
  const text = raw.trim().replace(/,(?=\d{3}(?!\d))/g, '');
  if (!isDecimalText(text)) throw new DomainError('INVALID_AMOUNT', { field, value: raw.trim() });
  const value = dec(text);
  if (isNegative(value) || (!allowZero && isZero(value))) throw new DomainError('INVALID_AMOUNT', { field, value: raw.trim() });
  if (value.scale > (field === 'quantity' ? 3 : 4)) throw new DomainError('INVALID_AMOUNT', { field, value: raw.trim() });
  return text;
}

const ITEM = /^(.+?)\s+[xX×*]\s*(-?[\d.,]+)\s*([\p{L}]+)?\s*@\s*(-?[\d.,]+)(?:\s*(?:cost|成本)\s*(-?[\d.,]+))?$/u;

/**
 * "LED-600 x2000 @3.20", "LED-600 x2000pcs @3.20 cost 2.55", or with a specification and HS code before the
 * quantity: `LED-600 "600x600 mm, 40 W" HS 9405.42 x2000 pcs @3.20`.
 */
export function parseItem(text: string): QuoteLineInput {
  const match = ITEM.exec(text.trim());
  if (!match) throw new DomainError('BAD_ARGUMENTS', { value: text.trim() });
  const [, named, quantity, unit, price, cost] = match;
  const { product, spec, hsCode } = splitProduct(named);
  if (!product) throw new DomainError('BAD_ARGUMENTS', { value: text.trim() });
  return {
    product,
    ...(spec === undefined ? {} : { spec }),
    ...(hsCode === undefined ? {} : { hsCode }),
    quantity: amountText(quantity, 'quantity'),
    unit: unit?.toLowerCase(),
    unitPrice: amountText(price, 'price'),
    unitCost: cost === undefined ? undefined : amountText(cost, 'cost', true),
  };
}

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*%/g;
const DEPOSIT_WORDS = /deposit|advance|prepay|down\s*payment|定金|订金|预付/i;

/** Reads deposit share and credit days out of free payment terms ("30% deposit, 70% against BL copy", "OA 90 days"). */
export function parsePaymentTerms(text: string): PaymentTerms {
  const parts = text.split(/[,，;；]/).map((p) => p.trim()).filter(Boolean);
  let depositPct = 0;
  let total = 0;
  let percents = 0;
  for (const part of parts) {
    for (const m of part.matchAll(PERCENT)) {
      const pct = Number(m[1]);
      total += pct;
      percents += 1;
      if (DEPOSIT_WORDS.test(part)) depositPct += pct;
    }
  }
  if (total > 100 || (percents > 1 && total !== 100)) throw new DomainError('INVALID_PAYMENT_TERMS', { value: text, total });
  const days = [...text.matchAll(/(\d{1,3})\s*(?:days?|天|日)|(?:net|OA|O\/A|D\/A|credit)\s*(\d{1,3})/gi)].map((m) => Number(m[1] ?? m[2]));
  return { text: text.trim(), depositPct, paymentDays: days.length ? Math.max(...days) : 0 };
}

/** "15d", "15 days", "15天" → 15. */
export function parseValidDays(text: string): number {
  // the whole text is the number of days: "-5d" or "1.5d" must not pass as "5d"
  const match = /^\+?(\d{1,3})\s*(?:d|days?|天|日)?$/i.exec(text.trim());
  const days = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new DomainError('INVALID_VALIDITY', { value: text.trim() });
  return days;
}

/** Splits on commas but not inside "2,000" (the caller keeps quoted text whole, see protectQuoted). */
function segments(text: string): string[] {
  return text.split(/[,，](?!\d{3}(?!\d))/).map((s) => s.trim()).filter(Boolean);
}

/** "USD FOB Ningbo" → currency, Incoterm (validated) and the named place. */
export function parseDelivery(text: string): { currency: string; incoterm: string; port?: string } {
  const [currency = '', incoterm = '', ...port] = text.trim().split(/\s+/);
  if (!currency) throw new DomainError('INVALID_CURRENCY', { value: '' });
  const code = isCurrencyCode(currency) ? currency.toUpperCase() : toCurrencyCode(currency);
  return { currency: code, incoterm: toIncoterm(incoterm), port: port.join(' ') || undefined };
}

/**
 * The one-line form after the customer:
 * `LED-600 x2000 @3.20; LED-300 x500 @1.10 USD FOB Ningbo, 30% deposit, 70% against BL copy, valid 15d, discount 3%,
 * POD Hamburg, lead time 25 days, packing "10 pcs/carton, 40 cartons/pallet", note: …` (a note or remark takes the rest
 * of the line, commas included; quotes keep commas inside any other part).
 */
export function parseQuoteLine(text: string): QuoteInput {
  const { text: guarded, restore } = protectQuoted(text);
  const [head = '', ...rest] = segments(guarded);
  const split = /^(.*@\s*-?[\d.,]+(?:\s*(?:cost|成本)\s*-?[\d.,]+)?)\s+(\S.*)$/u.exec(head);
  if (!split) throw new DomainError('BAD_ARGUMENTS', { value: restore(head) });
  const lines = split[1].split(/\s*(?:;|；|\s\+\s)\s*/).filter(Boolean).map((item) => parseItem(restore(item)));
  const input: QuoteInput = { lines, ...parseDelivery(split[2]) };
  const payment: string[] = [];
  const notesAt = rest.findIndex((segment) => NOTES.test(restore(segment)));
  const parts = (notesAt < 0 ? rest : rest.slice(0, notesAt)).map(restore);
  if (notesAt >= 0) input.notes = unquote(NOTES.exec(restore(rest.slice(notesAt).join(', ')))![1]);
  for (const segment of parts) {
    let m: RegExpExecArray | null;
    const shipping = parseShippingSegment(segment);
    if (shipping) input[shipping[0]] = shipping[1];
    else if (/^(?:valid|validity|有效期?)/i.test(segment)) input.validDays = parseValidDays(segment.replace(/^(?:valid(?:ity)?(?:\s+for)?|有效期?)\s*/i, ''));
    else if ((m = /^(?:discount|折扣|优惠)\s*(-?[\d.]+)\s*%?$/i.exec(segment))) input.discountPct = percentText(m[1], 'discount');
    else if ((m = /^(?:margin|毛利率?|利润率?)\s*(-?[\d.]+)\s*%?$/i.exec(segment))) input.marginPct = m[1];
    else if (/%|T\/T|\bTT\b|L\/C|\bLC\b|D\/P|D\/A|\bOA\b|net\s*\d|days?|B\/?L|deposit|balance|advance|against|prepay|定金|订金|尾款|提单|天/i.test(segment)) payment.push(segment);
    else throw new DomainError('BAD_ARGUMENTS', { value: segment });
  }
  if (payment.length) input.paymentTerms = parsePaymentTerms(payment.join(', ')).text;
  return input;
}

/**
 * The guided quote's last answer: plain notes for the buyer, or shipment details first (`POD Hamburg, lead time 25 days,
 * packing "…", note: …`), read like the one-line form. An answer that starts with a shipment keyword is read strictly
 * (an unknown part is named); any other answer is the notes, as written.
 */
export function parseDetails(text: string): QuoteShipping & { notes?: string } {
  const { text: guarded, restore } = protectQuoted(text);
  const parts = segments(guarded);
  if (!parts.length || !parseShippingSegment(restore(parts[0]))) return { notes: text.trim() };
  const out: QuoteShipping & { notes?: string } = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = restore(parts[i]);
    if (NOTES.test(segment)) {
      out.notes = unquote(NOTES.exec(restore(parts.slice(i).join(', ')))![1]);
      break;
    }
    const shipping = parseShippingSegment(segment);
    if (!shipping) throw new DomainError('BAD_ARGUMENTS', { value: segment });
    out[shipping[0]] = shipping[1];
  }
  return out;
}

// "noteworthy" is not a note: the keyword ends at a space, a colon or Chinese text
const NOTES = /^(?:notes?|remarks?|备注|说明)(?=$|[\s:：]|\p{Script=Han})\s*[:：]?\s*([\s\S]+)$/iu;

/** A percentage 0–100 as decimal text. */
export function percentText(raw: string, field: 'discount' | 'margin'): string {
  const text = amountText(raw, field, true);
  if (dec(text).units > 100n * 10n ** BigInt(dec(text).scale)) throw new DomainError('INVALID_AMOUNT', { field, value: raw });
  return text;
}
