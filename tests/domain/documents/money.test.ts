import { describe, expect, it } from 'vitest';
import { amountInWords, currencyDecimals, money, unitPrice } from '../../../src/domain/documents/money-words';
import { paymentSchedule } from '../../../src/domain/documents/payment-schedule';
import { dec, toFixed } from '../../../src/domain/rates/decimal';

describe('money on documents', () => {
  it('writes amounts with the currency\'s decimals and unit prices with at least those', () => {
    expect([currencyDecimals('USD'), currencyDecimals('JPY'), currencyDecimals('KWD')]).toEqual([2, 0, 3]);
    expect(unitPrice(dec('3.2'), 'USD')).toBe('3.20');
    expect(unitPrice(dec('0.1250'), 'USD')).toBe('0.125');
    expect(unitPrice(dec('1200'), 'JPY')).toBe('1,200');
    expect(money(dec('1920'), 'USD')).toBe('1,920.00');
  });

  it('writes the total in words as banks print it', () => {
    expect(amountInWords(dec('6400'), 'USD')).toBe('SAY US DOLLARS SIX THOUSAND FOUR HUNDRED ONLY');
    expect(amountInWords(dec('1234567.89'), 'EUR')).toBe('SAY EUROS ONE MILLION TWO HUNDRED AND THIRTY-FOUR THOUSAND FIVE HUNDRED AND SIXTY-SEVEN AND CENTS EIGHTY-NINE ONLY');
    expect(amountInWords(dec('190000'), 'JPY')).toBe('SAY JAPANESE YEN ONE HUNDRED AND NINETY THOUSAND ONLY');
    expect(amountInWords(dec('15.05'), 'XYZ')).toBe('SAY XYZ FIFTEEN AND CENTS FIVE ONLY');
  });

  it('computes each payment of the terms, adding up to the total to the cent', () => {
    const plan = (terms: string, total: string, currency = 'USD') => paymentSchedule(terms, dec(total), currency).map((i) => [i.label, i.pct, toFixed(i.amount, 2)]);
    expect(plan('30% deposit, 70% against BL copy', '6400')).toEqual([['30% deposit', '30%', '1920.00'], ['70% against BL copy', '70%', '4480.00']]);
    expect(plan('30% 定金，余款发货前付清', '100.01')).toEqual([['30% 定金', '30%', '30.00'], ['余款发货前付清', '70%', '70.01']]);
    expect(plan('33.33% deposit, 33.33% before shipment, 33.34% against BL', '100')).toEqual([
      ['33.33% deposit', '33.33%', '33.33'], ['33.33% before shipment', '33.33%', '33.33'], ['33.34% against BL', '33.34%', '33.34'],
    ]);
    expect(plan('OA 60 days', '100')).toEqual([]);
    expect(paymentSchedule(null, dec('1'), 'USD')).toEqual([]);
  });
});
