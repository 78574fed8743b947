import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import { parsePaymentTerms, parseQuoteLine } from '../../../src/domain/quotes/quote-terms';
import { computeTotals, splitPayment } from '../../../src/domain/quotes/quote.service';
import { add, dec, div, formatAmount, mul, round, toFixed } from '../../../src/domain/rates/decimal';
import { parsePair, parseRate } from '../../../src/domain/rates/rate.service';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, details: error.details } : { code: String(error) };
  }
  return null;
};

describe('one-line quote', () => {
  it('reads the example from the issue', () => {
    const q = parseQuoteLine('LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy, valid 15d');
    expect(q).toEqual({
      lines: [{ product: 'LED-600', quantity: '2000', unit: undefined, unitPrice: '3.20', unitCost: undefined }],
      currency: 'USD', incoterm: 'FOB', port: 'Ningbo',
      paymentTerms: '30% deposit, 70% against BL copy', validDays: 15,
    });
    expect(parsePaymentTerms(q.paymentTerms!)).toEqual({ text: '30% deposit, 70% against BL copy', depositPct: 30, paymentDays: 0 });
  });

  it('reads several lines, thousands separators, costs, discount, notes and credit days', () => {
    const q = parseQuoteLine('LED panel 600 x2,000pcs @3.20 cost 2.55; Driver 40W x500 @1.10 eur cif Hamburg Port, OA 90 days, discount 5%, note: packing in export cartons');
    expect(q.lines).toEqual([
      { product: 'LED panel 600', quantity: '2000', unit: 'pcs', unitPrice: '3.20', unitCost: '2.55' },
      { product: 'Driver 40W', quantity: '500', unit: undefined, unitPrice: '1.10', unitCost: undefined },
    ]);
    expect(q).toMatchObject({ currency: 'EUR', incoterm: 'CIF', port: 'Hamburg Port', discountPct: '5', notes: 'packing in export cartons' });
    expect(parsePaymentTerms(q.paymentTerms!).paymentDays).toBe(90);
  });

  it('refuses an unknown Incoterm, naming the valid ones', () => {
    const error = code(() => parseQuoteLine('LED-600 x2000 @3.20 USD FOX Ningbo'));
    expect(error?.code).toBe('INVALID_INCOTERM');
    expect(error?.details).toMatchObject({ value: 'FOX' });
    expect((error?.details as { valid: string[] }).valid).toContain('DPU');
    expect(code(() => parseQuoteLine('LED-600 x2000 @3.20 USD DAT Ningbo'))?.code).toBe('INVALID_INCOTERM'); // Incoterms 2010
  });

  it('refuses a negative price or quantity, a zero quantity, an unknown currency and payment shares that do not add up', () => {
    expect(code(() => parseQuoteLine('LED-600 x2000 @-3.20 USD FOB Ningbo'))).toMatchObject({ code: 'INVALID_AMOUNT', details: { field: 'price', value: '-3.20' } });
    expect(code(() => parseQuoteLine('LED-600 x-5 @3.20 USD FOB Ningbo'))).toMatchObject({ code: 'INVALID_AMOUNT', details: { field: 'quantity' } });
    expect(code(() => parseQuoteLine('LED-600 x0 @3.20 USD FOB Ningbo'))?.code).toBe('INVALID_AMOUNT');
    expect(code(() => parseQuoteLine('LED-600 x10 @3.20 XYZ FOB Ningbo'))).toMatchObject({ code: 'INVALID_CURRENCY', details: { value: 'XYZ' } });
    expect(code(() => parseQuoteLine('LED-600 x10 @3.20 USD FOB Ningbo, 30% deposit, 60% against BL copy'))).toMatchObject({ code: 'INVALID_PAYMENT_TERMS', details: { total: 90 } });
    expect(code(() => parseQuoteLine('LED-600 x10 @3.20 USD FOB Ningbo, bring snacks'))?.code).toBe('BAD_ARGUMENTS');
    expect(code(() => parseQuoteLine('LED-600 two thousand USD FOB'))?.code).toBe('BAD_ARGUMENTS');
  });
});

describe('decimal money', () => {
  it('never goes through floats', () => {
    expect(toFixed(add(dec('0.1'), dec('0.2')), 2)).toBe('0.30');
    expect(0.1 + 0.2).not.toBe(0.3); // what floats would have done
    expect(toFixed(mul(dec('2000'), dec('3.20')), 2)).toBe('6400.00');
    expect(toFixed(round(dec('2.345'), 2), 2)).toBe('2.35');
    expect(toFixed(round(dec('-2.345'), 2), 2)).toBe('-2.35');
    expect(toFixed(div(dec('1'), dec('7.10'), 8), 8)).toBe('0.14084507');
    expect(formatAmount(dec('1234567.891'))).toBe('1,234,567.89');
  });

  it('computes totals, discount, margin and the base amount at the frozen rate exactly', () => {
    const totals = computeTotals(
      { lines: [{ product: 'A', quantity: '3333', unitPrice: '0.3333', unitCost: '0.25' }, { product: 'B', quantity: '1.5', unitPrice: '19.99', unitCost: '10' }], discountPct: '2.5' },
      dec('7.1'),
    );
    // 3333 × 0.3333 = 1110.8889; 1.5 × 19.99 = 29.985; subtotal 1140.8739; −2.5% = 1112.35205 → 1112.35
    expect(toFixed(totals.total, 2)).toBe('1112.35');
    expect(toFixed(totals.totalBase, 2)).toBe('7897.69'); // 1112.35 × 7.1 = 7897.685 → half up
    // cost 833.25 + 15 = 848.25; margin (1112.35 − 848.25) / 1112.35 = 23.74%
    expect(totals.marginPct).toBe('23.74');
    expect(splitPayment('6400.00', 30)).toEqual({ deposit: '1920.00', balance: '4480.00' });
    expect(splitPayment('1000.01', 33)).toEqual({ deposit: '330.00', balance: '670.01' });
  });

  it('reads rate pairs and refuses nonsense rates', () => {
    expect(parsePair('usd/cny')).toEqual(['USD', 'CNY']);
    expect(code(() => parsePair('USD/USD'))?.code).toBe('BAD_ARGUMENTS');
    expect(code(() => parseRate('-7.1'))?.code).toBe('INVALID_RATE');
    expect(code(() => parseRate('7.123456789'))?.code).toBe('INVALID_RATE');
    expect(code(() => parseRate('0'))?.code).toBe('INVALID_RATE');
  });
});
