import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderQuotePdf, type ProformaQuote } from '../../../src/domain/quotes/quote-pdf';

// Issue 17: the parts a buyer's bank and customs look for, as stored on the quote (no shipping or address handed in
// by the caller): every one is read back from the PDF exactly as the rep typed it.

const read = async (data: Buffer) => new PDFParse({ data }).getText();

const quote = (over: Partial<ProformaQuote> = {}): ProformaQuote => ({
  id: 1, number: 'Q-2026-0042', version: 3, customerId: 9, customerName: '汉堡之光贸易有限公司', customerOwnerId: 1, customerGrade: 'A',
  customerCountry: 'DE', customerAddress: 'Am Sandtorkai 12, 20457 Hamburg, Germany', opportunityId: null, createdById: 1,
  currency: 'USD', incoterm: 'FOB', port: 'Ningbo', portOfLoading: 'Ningbo', portOfDestination: 'Hamburg', leadTime: '25 days',
  packing: '10 pcs per carton, 40 cartons per pallet', paymentTerms: '30% deposit, 70% against BL copy', paymentDays: 0,
  validUntil: new Date('2026-12-20T00:00:00Z'), notes: 'Samples free of charge, shipped with the order', discountPct: '3', marginPct: null,
  total: '6741.50', baseCurrency: 'USD', rate: '1', totalBase: '6741.50', status: 'approved', createdAt: new Date('2026-12-05T08:00:00Z'),
  lines: [
    { product: 'LED-600', spec: '600x600 mm, 40 W, 4000 K, UGR<19', hsCode: '9405.42', quantity: '2000', unit: 'pcs', unitPrice: '3.20', unitCost: null },
    { product: 'LED面板灯 300', spec: '300×300 18W 暖白', hsCode: '9405.42.90', quantity: '500', unit: 'sets', unitPrice: '1.10', unitCost: null },
  ],
  ...over,
});
const letterhead = { name: 'Ningbo Bright Lighting Co., Ltd.', bank: { name: 'Bank of Ningbo', swift: 'BKNBCN2N', account: '7101 0122' } };

describe('proforma invoice: the fields a bank and customs need, from the quote itself', () => {
  it('prints the buyer address, specifications, HS codes, units, ports, lead time, packing, discount, remarks and the amounts', async () => {
    const text = (await read(await renderQuotePdf(quote(), { letterhead, buyer: { contactName: 'Jonas Weber', email: 'jonas@hl.example', phone: '+49 40 1234 5678' } }))).text;
    for (const expected of [
      '汉堡之光贸易有限公司', 'Am Sandtorkai 12, 20457 Hamburg, Germany', 'Attn: Jonas Weber', 'Email: jonas@hl.example', 'Tel: +49 40 1234 5678',
      'PI No. Q-2026-0042', 'Version v3', 'Valid until 2026-12-20',
      'LED-600', '600x600 mm, 40 W, 4000 K, UGR<19', '9405.42', 'LED面板灯 300', '300×300 18W 暖白', '9405.42.90', 'sets',
      'Port of loading: Ningbo', 'Port of destination: Hamburg', 'Lead time: 25 days', 'Packing: 10 pcs per carton, 40 cartons per pallet',
      'Samples free of charge, shipped with the order',
      '30% deposit: USD 2,022.45', '70% against BL copy: USD 4,719.05',
      'SAY US DOLLARS SIX THOUSAND SEVEN HUNDRED AND FORTY-ONE AND CENTS FIFTY ONLY',
      'Authorised signature and company stamp', 'Signature, name and company stamp',
    ]) expect(text).toContain(expected);
    expect(text).toMatch(/Subtotal\s+6,950\.00/);
    expect(text).toMatch(/Discount 3%\s+-208\.50/);
    expect(text).toMatch(/TOTAL USD\s+6,741\.50/);
    // the line amounts with the currency's decimals
    expect(text).toMatch(/3\.20\s+6,400\.00/);
    expect(text).toMatch(/1\.10\s+550\.00/);
  });

  it('prints an Arabic buyer name and address with every word whole (no control characters from shaped glyphs)', async () => {
    const name = 'شركة النور للإضاءة';
    const address = 'شارع الشيخ زايد، دبي';
    const text = (await read(await renderQuotePdf(quote({ customerName: name, customerAddress: address, customerCountry: 'AE' }), { letterhead }))).text;
    expect(text).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    // text extraction gives right-to-left words in the order they stand on the page (visual, right to left): each
    // word is exact, and the line read from the right is the name as written
    const line = text.split('\n').find((l) => l.includes('النور'))!;
    expect(line.split(/\s+/).reverse().join(' ')).toBe(name);
    // Known limit of per-glyph ToUnicode maps: ز is drawn as the glyph of ر plus a dot glyph, so a reader maps that shared
    // glyph back to whichever letter used it first ("زايد" can read back as "رايد"). The words without such pairs are exact.
    for (const word of ['شارع', 'الشيخ', 'دبي']) expect(text).toContain(word);
  });

  it('keeps the specification with its line when many lines flow onto further pages, header repeated', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({
      product: `LED-${i + 1}`, spec: `spec of line ${i + 1}: 600x600 mm, 40 W`, hsCode: '9405.42', quantity: '10', unit: 'pcs', unitPrice: '1.00', unitCost: null,
    }));
    const pages = (await read(await renderQuotePdf(quote({ lines, total: '600.00', discountPct: null }), { letterhead }))).pages.map((p) => p.text);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages.slice(1)) expect(page).toContain('PROFORMA INVOICE Q-2026-0042 v3 (continued)');
    expect(pages.filter((p) => p.includes('Description / specification')).length).toBe(pages.filter((p) => /LED-\d+/.test(p)).length);
    // no line is split from its specification across a page break
    for (let i = 1; i <= 60; i++) {
      const page = pages.find((p) => new RegExp(`LED-${i}\\b`).test(p))!;
      expect(page).toContain(`spec of line ${i}: 600x600 mm, 40 W`);
    }
  });

  it('marks an old version as superseded and a rejected one as not valid', async () => {
    expect((await read(await renderQuotePdf(quote({ status: 'superseded' }), { letterhead, draft: true }))).text).toContain('SUPERSEDED BY A LATER VERSION - FOR REFERENCE ONLY');
    expect((await read(await renderQuotePdf(quote({ status: 'rejected' }), { letterhead, draft: true }))).text).toContain('REJECTED - NOT VALID');
    expect((await read(await renderQuotePdf(quote(), { letterhead }))).text).not.toMatch(/SUPERSEDED|REJECTED|DRAFT/);
  });
});
