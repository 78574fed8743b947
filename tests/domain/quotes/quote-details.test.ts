import { describe, expect, it } from 'vitest';
import { parseDetails, parseItem, parseQuoteLine } from '../../../src/domain/quotes/quote-terms';

const fieldError = (field: string) => expect.objectContaining({ code: 'INVALID_FIELD', details: expect.objectContaining({ field }) });

describe('/quote line: the proforma invoice parts', () => {
  it('reads specification, HS code and unit per line, and ports, lead time, packing and remarks, in English', () => {
    const input = parseQuoteLine(
      'LED-600 "600x600 mm, 40 W, 4000 K" HS 9405.42 x2000 pcs @3.20; LED-300 HS code 940542 spec 300x300 18W x500 sets @1.10 USD FOB Ningbo, '
      + '30% deposit, 70% against BL copy, POL Ningbo, POD Hamburg, lead time 25 days, packing "10 pcs per carton, 40 cartons per pallet", '
      + 'discount 3%, remarks: samples free, shipped with the order',
    );
    expect(input.lines).toEqual([
      { product: 'LED-600', spec: '600x600 mm, 40 W, 4000 K', hsCode: '9405.42', quantity: '2000', unit: 'pcs', unitPrice: '3.20', unitCost: undefined },
      { product: 'LED-300', spec: '300x300 18W', hsCode: '940542', quantity: '500', unit: 'sets', unitPrice: '1.10', unitCost: undefined },
    ]);
    expect(input).toMatchObject({
      currency: 'USD', incoterm: 'FOB', port: 'Ningbo', paymentTerms: '30% deposit, 70% against BL copy', discountPct: '3',
      portOfLoading: 'Ningbo', portOfDestination: 'Hamburg', leadTime: '25 days', packing: '10 pcs per carton, 40 cartons per pallet',
      notes: 'samples free, shipped with the order',
    });
  });

  it('reads the Chinese keywords', () => {
    const input = parseQuoteLine('LED面板灯 “600×600，40W” HS编码 9405.42 x2000件 @3.20 USD FOB 宁波, 30%定金, 70%见提单副本, 装运港 宁波, 目的港 汉堡, 交期 25天, 包装 “纸箱，每箱10只”, 备注：样品免费');
    expect(input.lines[0]).toMatchObject({ product: 'LED面板灯', spec: '600×600，40W', hsCode: '9405.42', unit: '件' });
    // a comma inside unquoted packing ends it; quoted, it stays (the rest is read as its own part and refused)
    expect(() => parseQuoteLine('LED x1 @1 USD FOB 宁波, 包装 纸箱，每箱10只')).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS', details: { value: '每箱10只' } }));
    expect(parseQuoteLine('LED x1 @1 USD FOB 宁波, 交期 25天, 包装 “纸箱，每箱10只”, 目的港汉堡')).toMatchObject({ leadTime: '25 days', packing: '纸箱，每箱10只', portOfDestination: '汉堡' });
    expect(input).toMatchObject({ portOfLoading: '宁波', portOfDestination: '汉堡', leadTime: '25 days', packing: '纸箱，每箱10只', notes: '样品免费' });
    expect(parseQuoteLine('LED x1 @1 USD FOB Ningbo, 交期 收到定金后30天').leadTime).toBe('收到定金后30天');
    expect(parseQuoteLine('LED x1 @1 USD FOB Ningbo, lead time 4 weeks').leadTime).toBe('4 weeks');
  });

  it('names the part that is wrong', () => {
    expect(() => parseItem('LED-600 HS 94 x1 @1')).toThrow(fieldError('hsCode'));
    expect(() => parseItem('LED-600 HS abc x1 @1')).toThrow(fieldError('hsCode'));
    expect(() => parseItem(`LED-600 "${'x'.repeat(501)}" x1 @1`)).toThrow(fieldError('spec'));
    expect(() => parseQuoteLine('LED x1 @1 USD FOB Ningbo, POD')).toThrow(fieldError('portOfDestination'));
    expect(() => parseQuoteLine('LED x1 @1 USD FOB Ningbo, 目的港 123')).toThrow(fieldError('portOfDestination'));
    expect(() => parseQuoteLine('LED x1 @1 USD FOB Ningbo, 交期 很快')).toThrow(fieldError('leadTime'));
    expect(() => parseQuoteLine('LED x1 @1 USD FOB Ningbo, lead time 400 days')).toThrow(fieldError('leadTime'));
    expect(() => parseQuoteLine(`LED x1 @1 USD FOB Ningbo, packing ${'p'.repeat(301)}`)).toThrow(fieldError('packing'));
  });

  it('leaves product names that only look like keywords alone', () => {
    expect(parseItem('HS-200 lamp x10 @1')).toMatchObject({ product: 'HS-200 lamp' });
    expect(parseItem('Spectra 600 x10 @1')).toMatchObject({ product: 'Spectra 600' });
    expect(parseItem('Spectra 600 x10 @1')).not.toHaveProperty('spec');
  });

  it('reads the guided quote\'s last answer: plain notes, or shipment details first', () => {
    expect(parseDetails('Samples free, POD on request')).toEqual({ notes: 'Samples free, POD on request' });
    expect(parseDetails('POD Hamburg, lead time 25 days, packing 10 pcs per carton, note: samples free, fast')).toEqual({
      portOfDestination: 'Hamburg', leadTime: '25 days', packing: '10 pcs per carton', notes: 'samples free, fast',
    });
    expect(() => parseDetails('目的港 汉堡, 很快')).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS', details: { value: '很快' } }));
  });
});
