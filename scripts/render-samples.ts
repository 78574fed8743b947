// Renders the sample documents under docs/samples (README pictures): `npx tsx scripts/render-samples.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import type { ReportResult } from '../src/domain/reports/report.service';
import { renderReport } from '../src/domain/reports/report.render';
import { renderQuotePdf, type ProformaQuote, type QuotePdfOptions } from '../src/domain/quotes/quote-pdf';

const dir = 'docs/samples';
mkdirSync(dir, { recursive: true });

const base: ProformaQuote = {
  id: 1, number: 'Q-2026-0042', version: 2, customerId: 5, customerName: '', customerOwnerId: 1, customerGrade: 'A', customerCountry: null,
  opportunityId: null, createdById: 1, currency: 'USD', incoterm: 'FOB', port: 'Ningbo', paymentTerms: '30% deposit, 70% against BL copy',
  paymentDays: 0, validUntil: new Date('2026-11-15T00:00:00Z'), notes: null, discountPct: null, marginPct: null, total: '6400.00',
  baseCurrency: 'USD', rate: '1', totalBase: '6400.00', status: 'approved', createdAt: new Date('2026-10-31T08:00:00Z'), lines: [],
};
const seller: QuotePdfOptions['letterhead'] = {
  name: 'Ningbo Bright Lighting Co., Ltd.', nameZh: '宁波光明照明有限公司', address: 'No. 8 Harbour Road, Beilun, Ningbo 315800, China',
  phone: '+86 574 8888 0000', email: 'sales@bright-lighting.example', taxId: '91330206MA2H0XXXX1', contact: 'Wang Li',
  bank: { name: 'Bank of Ningbo, Beilun Branch', address: '88 Mingzhou Road, Ningbo', swift: 'BKNBCN2N', account: '7101 0122 0000 1234' },
};
const line = (product: string, spec: string, quantity: string, unitPrice: string, hsCode = '9405.42') => ({ product, spec, quantity, unit: 'pcs', unitPrice, unitCost: null, hsCode });

// Everything a rep types on /quote and /customer …: address is on the quote record, as the app hands it to the PDF
const samples: [string, ProformaQuote, QuotePdfOptions['buyer']][] = [
  ['en', { ...base, customerName: 'Iluminación Azteca S.A. de C.V.', customerCountry: 'MX', customerAddress: 'Av. Insurgentes Sur 1234, Ciudad de México',
    incoterm: 'CIF', port: 'Manzanillo', portOfLoading: 'Ningbo', portOfDestination: 'Manzanillo', leadTime: '30 days after deposit',
    packing: '4 pcs per carton, 1,000 cartons in a 40HQ', discountPct: '3', total: '7081.00',
    lines: [line('LED panel 600x600', '40 W, 4000 K, UGR<19, 5-year warranty', '2000', '3.20'), line('LED panel 300x1200', '36 W, 4000 K', '200', '4.50')],
    notes: 'Samples free of charge.' },
  { contactName: 'María José Núñez', email: 'compras@azteca.example', phone: '+52 55 1234 5678' }],
  ['zh', { ...base, customerName: '深圳市光明照明有限公司', customerCountry: 'CN', customerAddress: '广东省深圳市南山区科技园 8 号', currency: 'CNY', incoterm: 'EXW',
    port: '宁波北仑', portOfLoading: '宁波北仑', leadTime: '17 days', packing: '每箱 4 片', total: '45440.00', paymentTerms: '30% 定金, 70% 发货前付清',
    lines: [line('LED面板灯 600x600', '40W 4000K 防眩 UGR<19', '2000', '22.72')], notes: '含税价。' },
  { contactName: '陈小姐', email: 'chen@gm-light.example', phone: '+86 755 1234 5678' }],
  ['ru', { ...base, customerName: 'ООО «Светлый Дом»', customerCountry: 'RU', customerAddress: 'ул. Тверская 7, Москва', incoterm: 'CFR', port: 'Санкт-Петербург',
    portOfLoading: 'Ningbo', portOfDestination: 'Санкт-Петербург', leadTime: '35 days after deposit',
    lines: [line('Светильник LED 600×600', '40 Вт, 4000 K', '2000', '3.20')] },
  { contactName: 'Иван Петров', email: 'ivan@svetdom.example', phone: '+7 495 123 4567' }],
  ['ar', { ...base, customerName: 'شركة النور للتجارة', customerCountry: 'SA', customerAddress: 'طريق الملك فهد، الرياض', incoterm: 'CIF', port: 'Jeddah',
    portOfLoading: 'Ningbo', portOfDestination: 'Jeddah Islamic Port', leadTime: '30 days after deposit',
    lines: [line('LED panel 600x600', '40 W, 4000 K', '2000', '3.20')] },
  { contactName: 'أحمد علي', email: 'ahmed@alnoor.example', phone: '+966 11 123 4567' }],
];
for (const [lang, quote, buyer] of samples) {
  const pdf = await renderQuotePdf(quote, { letterhead: seller, buyer });
  writeFileSync(`${dir}/proforma-${lang}.pdf`, pdf);
  // the first page as a picture for the README (pdf.js on the packaged canvas: no poppler needed)
  const shot = await new PDFParse({ data: pdf }).getScreenshot({ partial: [1], scale: 1.5 });
  writeFileSync(`${dir}/proforma-${lang}-page1.png`, Buffer.from(shot.pages[0].data));
}

const target = { period: { label: '2026-11' } } as ReportResult['target'];
const funnel = { kind: 'funnel', target, counts: { lead: 40, contacted: 31, quoted: 18, sample: 9, won: 5, lost: 6 }, stalls: [] } as unknown as ReportResult;
const channels = { kind: 'channels', target, rows: [{ source: 'trade_show', leads: 14, won: 3, wonValue: 52000 }, { source: 'alibaba', leads: 20, won: 2, wonValue: 18000 }, { source: 'whatsapp', leads: 9, won: 1, wonValue: 6400 }] } as ReportResult;
for (const locale of ['zh', 'en'] as const) {
  writeFileSync(`${dir}/chart-funnel-${locale}.png`, renderReport(funnel, locale, 'USD').file.data);
  writeFileSync(`${dir}/chart-channels-${locale}.png`, renderReport(channels, locale, 'USD').file.data);
}
writeFileSync(`${dir}/chart-empty-zh.png`, renderReport({ kind: 'channels', target, rows: [] } as ReportResult, 'zh', 'USD').file.data);
