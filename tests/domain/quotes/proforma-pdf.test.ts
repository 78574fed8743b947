import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderQuotePdf, type ProformaQuote, type QuotePdfOptions } from '../../../src/domain/quotes/quote-pdf';
import { SAMPLES } from '../documents/script-samples';

const pdfText = async (data: Buffer) => (await new PDFParse({ data }).getText()).text;
const pages = async (data: Buffer) => (await new PDFParse({ data }).getText()).pages.map((p) => p.text);

const quote = (over: Partial<ProformaQuote> = {}): ProformaQuote => ({
  id: 1, number: 'Q-2026-0007', version: 2, customerId: 5, customerName: '宁波光明照明有限公司', customerOwnerId: 1, customerGrade: 'A',
  customerCountry: 'CN', opportunityId: null, createdById: 1, currency: 'USD', incoterm: 'FOB', port: 'Ningbo',
  paymentTerms: '30% deposit, 70% against BL copy', paymentDays: 0, validUntil: new Date('2026-11-15T00:00:00Z'), notes: 'Samples free of charge',
  discountPct: null, marginPct: null, total: '6400.00', baseCurrency: 'USD', rate: '1', totalBase: '6400.00', status: 'approved',
  createdAt: new Date('2026-10-31T08:00:00Z'),
  lines: [{ product: 'LED面板灯 600x600 40W', quantity: '2000', unit: 'pcs', unitPrice: '3.20', unitCost: null, hsCode: '9405.11' }],
  ...over,
});

const options: QuotePdfOptions = {
  letterhead: {
    name: 'Ningbo Bright Lighting Co., Ltd.', nameZh: '宁波光明照明有限公司', address: 'No. 8 Harbour Road, Beilun, Ningbo', taxId: '91330206MA2X', contact: 'Wang Li',
    phone: '+86 574 8888 0000', email: 'sales@bright.example', bank: { name: 'Bank of Ningbo', swift: 'BKNBCN2N', account: '7101 0122 0000 1234' },
  },
  buyer: { address: 'ул. Тверская 7, Москва', contactName: 'Иван Петров', email: 'ivan@example.ru', phone: '+7 495 123 4567' },
  shipping: { portOfDischarge: 'Jebel Ali', leadTime: '30 days after deposit', packing: '10 pcs per carton, 40 cartons per pallet' },
};

describe('proforma invoice PDF', () => {
  it('carries the parties, references, goods, terms, money, bank and signature block, names as written', async () => {
    const text = await pdfText(await renderQuotePdf(quote(), options));
    for (const expected of [
      'Ningbo Bright Lighting Co., Ltd.', '宁波光明照明有限公司', 'No. 8 Harbour Road, Beilun, Ningbo', 'Tax ID 91330206MA2X', 'Contact Wang Li',
      'PROFORMA INVOICE', 'ул. Тверская 7, Москва', 'Attn: Иван Петров', 'Email: ivan@example.ru', 'Tel: +7 495 123 4567',
      'PI No. Q-2026-0007', 'Version v2', 'Date 2026-10-31', 'Valid until 2026-11-15',
      'LED面板灯 600x600 40W', '9405.11', '3.20', '6,400.00', 'SAY US DOLLARS SIX THOUSAND FOUR HUNDRED ONLY',
      'FOB Ningbo (Incoterms 2020)', 'Port of loading: Ningbo', 'Port of destination: Jebel Ali', 'Lead time: 30 days after deposit',
      'Packing: 10 pcs per carton, 40 cartons per pallet',
      '30% deposit: USD 1,920.00', '70% against BL copy: USD 4,480.00',
      'Beneficiary: Ningbo Bright Lighting Co., Ltd.', 'Bank: Bank of Ningbo', 'SWIFT: BKNBCN2N', 'Account No.: 7101 0122 0000 1234',
      'Samples free of charge', 'Authorised signature and company stamp',
    ]) expect(text).toContain(expected);
    expect(text).not.toMatch(/NingBo|GuangMing|MianBan/);
  });

  it.each(Object.entries(SAMPLES).filter(([script]) => !['Arabic', 'Hebrew'].includes(script)))('prints a %s buyer and product exactly as written', async (_script, name) => {
    const text = (await pdfText(await renderQuotePdf(quote({ customerName: name, lines: [{ product: name, quantity: '10', unit: 'pcs', unitPrice: '3.5', unitCost: null }], total: '35.00' }), options)));
    // long names wrap: compare with line breaks as spaces
    expect(text.replace(/\s+/g, ' ').split(name).length - 1).toBeGreaterThanOrEqual(1);
    expect(text).toContain(name.split(',')[0]);
    expect(text).toContain('3.50');
    expect(text).toContain('SAY US DOLLARS THIRTY-FIVE ONLY');
  });

  it('prints Arabic and Hebrew names with their own shaped fonts (no ASCII folding)', async () => {
    const text = await pdfText(await renderQuotePdf(quote({ customerName: `${SAMPLES.Arabic} / ${SAMPLES.Hebrew}` }), options));
    expect(text).not.toMatch(/sharkat|alnuwr/i);
    // pdf text extraction of shaped right-to-left runs is reader-dependent; the letters are there
    for (const word of ['النور', 'ישראל']) expect([...word].filter((ch) => text.includes(ch)).length).toBe([...word].length);
  });

  it('flows many lines onto further pages with the header repeated, and numbers the pages', async () => {
    const lines = Array.from({ length: 90 }, (_, i) => ({ product: `LED panel ${i + 1} 600x600`, quantity: '100', unit: 'pcs', unitPrice: '0.64', unitCost: null }));
    const texts = await pages(await renderQuotePdf(quote({ lines, total: '5760.00' }), options));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const page of texts.slice(1)) {
      expect(page).toContain('PROFORMA INVOICE Q-2026-0007 v2 (continued)');
    }
    texts.forEach((page, i) => expect(page).toContain(`page ${i + 1} of ${texts.length}`));
    expect(texts.filter((p) => p.includes('Description / specification')).length).toBeGreaterThanOrEqual(3);
    expect(texts.join('\n')).toContain('LED panel 90 600x600');
    expect(texts.at(-1)).toContain('Authorised signature and company stamp');
  });

  it('shows subtotal, discount and the currency\'s decimals (JPY has none)', async () => {
    const text = await pdfText(await renderQuotePdf(quote({
      currency: 'JPY', discountPct: '5', total: '190000', paymentTerms: 'T/T 100% before shipment',
      lines: [{ product: 'LED-600', quantity: '1000', unit: 'pcs', unitPrice: '200', unitCost: null }],
    }), options));
    expect(text).toMatch(/Subtotal\s+200,000/);
    expect(text).toMatch(/Discount 5%\s+-10,000/);
    expect(text).toMatch(/TOTAL JPY\s+190,000/);
    expect(text).toContain('SAY JAPANESE YEN ONE HUNDRED AND NINETY THOUSAND ONLY');
    expect(text).toContain('T/T 100% before shipment: JPY 190,000');
  });

  it('marks a draft', async () => {
    expect(await pdfText(await renderQuotePdf(quote({ status: 'pending' }), { ...options, draft: true }))).toContain('DRAFT - PENDING APPROVAL');
  });
});
