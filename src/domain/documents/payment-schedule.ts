import { add, compare, dec, div, mul, round, sub, toPlain, type Dec } from '../rates/decimal';
import { currencyDecimals } from './money-words';

/** One payment the buyer makes: "30% deposit" → USD 1,920.00. */
export interface Installment {
  /** the buyer's words for it, as in the terms */
  label: string;
  pct: string;
  amount: Dec;
}

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*%/;
const BALANCE_WORDS = /balance|rest|remaining|余款|尾款|剩余/i;

/**
 * Each amount the payment terms ask for, computed on the total ("30% deposit, 70% against BL copy" on 6,400.00 →
 * 1,920.00 and 4,480.00). A part without a percentage that says "balance" takes what is left. Amounts are rounded to
 * the currency's decimals and the last one takes the rounding, so they always add up to the total. Empty when the
 * terms name no percentages (e.g. "T/T 100% before shipment" gives one installment; "OA 60 days" none).
 */
export function paymentSchedule(terms: string | null, total: Dec, currency: string): Installment[] {
  if (!terms) return [];
  const scale = currencyDecimals(currency);
  const parts = terms.split(/[,，;；]/).map((p) => p.trim()).filter(Boolean);
  const items: { label: string; pct: Dec | null }[] = [];
  let named = dec('0');
  for (const part of parts) {
    const m = PERCENT.exec(part);
    if (m) {
      items.push({ label: part, pct: dec(m[1]) });
      named = add(named, dec(m[1]));
    } else if (BALANCE_WORDS.test(part)) items.push({ label: part, pct: null });
  }
  if (!items.some((i) => i.pct)) return [];
  const rest = sub(dec('100'), named);
  const out: Installment[] = [];
  let left = total;
  items.forEach((item, index) => {
    const pct = item.pct ?? rest;
    const last = index === items.length - 1;
    // the last part of terms that add up to 100% takes the rounding
    const closes = last && (item.pct === null || compare(named, dec('100')) === 0);
    const amount = closes ? left : round(div(mul(total, pct), dec('100'), scale + 2), scale);
    left = sub(left, amount);
    out.push({ label: item.label, pct: pctText(pct), amount });
  });
  return out;
}

const pctText = (pct: Dec) => `${toPlain(pct)}%`;
