import { existsSync } from 'node:fs';
import anyAscii from 'any-ascii';
import PDFDocument from 'pdfkit';
import type { OutboundFile } from '../messages';
import { add, dec, formatAmount, mul, sub, toPlain } from '../rates/decimal';
import type { QuoteRecord } from './quote.repository';
import { quoteRef } from './quote-text';

/** Company letterhead printed on quotations and proforma invoices (from COMPANY_* settings). */
export interface CompanyLetterhead {
  name: string;
  nameZh?: string;
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
  taxId?: string;
  /** bank details for the proforma invoice, one line */
  bank?: string;
  /** a TTF/TTC font that has Chinese glyphs; otherwise the usual system places are tried */
  cjkFont?: string;
}

/** Fonts with Chinese glyphs found on Debian/Ubuntu (apt: fonts-wqy-microhei, fonts-wqy-zenhei, fonts-noto-cjk), with the face inside a collection. */
const CJK_FONTS: { path: string; face?: string }[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', face: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' },
];

/** The first usable Chinese font, or null (the PDF then transliterates, and still renders). */
export function findCjkFont(configured?: string): { path: string; face?: string } | null {
  if (configured && existsSync(configured)) return { path: configured, face: /\.tt[cf]$/i.test(configured) ? CJK_FONTS.find((f) => f.path === configured)?.face : undefined };
  return CJK_FONTS.find((f) => existsSync(f.path)) ?? null;
}

// Beyond Latin-1 the built-in PDF fonts have no glyphs.
const NEEDS_UNICODE_FONT = /[^\u0000-\u00ff]/;

export interface QuotePdfOptions {
  letterhead: CompanyLetterhead;
  /** when the quote is not yet approved, the PDF says so across the page */
  draft?: boolean;
  /** for reproducible files in tests */
  createdAt?: Date;
  /** override font discovery (tests: null = pretend none is installed) */
  cjkFont?: { path: string; face?: string } | null;
}

/** The quotation / proforma invoice for one quote version, as PDF bytes. */
export async function renderQuotePdf(quote: QuoteRecord, options: QuotePdfOptions): Promise<Buffer> {
  const { letterhead } = options;
  const strings = [quote.customerName, letterhead.name, letterhead.nameZh ?? '', letterhead.address ?? '', quote.notes ?? '', quote.port ?? '', quote.paymentTerms ?? '', ...quote.lines.map((l) => l.product)];
  const needsCjk = strings.some((s) => NEEDS_UNICODE_FONT.test(s));
  const font = needsCjk ? (options.cjkFont === undefined ? findCjkFont(letterhead.cjkFont) : options.cjkFont) : null;
  const t = (s: string) => (needsCjk && !font ? anyAscii(s) : s);

  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Quotation ${quoteRef(quote)}`, Author: letterhead.name, CreationDate: options.createdAt ?? quote.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  if (font) doc.registerFont('body', font.path, font.face);
  const body = font ? 'body' : 'Helvetica';
  const bold = font ? 'body' : 'Helvetica-Bold';

  // letterhead
  doc.font(bold).fontSize(16).text(t(letterhead.name));
  if (letterhead.nameZh) doc.font(font ? 'body' : 'Helvetica').fontSize(12).text(t(letterhead.nameZh));
  doc.font(body).fontSize(9);
  for (const line of [letterhead.address, [letterhead.phone, letterhead.email, letterhead.website].filter(Boolean).join(' · '), letterhead.taxId && `Tax ID ${letterhead.taxId}`]) {
    if (line) doc.text(t(line));
  }
  doc.moveDown();
  doc.font(bold).fontSize(14).text('QUOTATION / PROFORMA INVOICE', { align: 'center' });
  if (options.draft) doc.font(bold).fontSize(10).fillColor('#b00000').text('DRAFT - PENDING APPROVAL', { align: 'center' }).fillColor('black');
  doc.moveDown(0.5).font(body).fontSize(10);
  doc.text(`No.: ${quoteRef(quote)}`);
  doc.text(`Date: ${quote.createdAt.toISOString().slice(0, 10)}`);
  if (quote.validUntil) doc.text(`Valid until: ${quote.validUntil.toISOString().slice(0, 10)}`);
  doc.text(`To: ${t(quote.customerName)}${quote.customerCountry ? ` (${quote.customerCountry})` : ''}`);
  doc.moveDown();

  // lines
  const columns = [50, 80, 290, 360, 400, 470];
  const header = ['#', 'Product', 'Qty', 'Unit', `Price ${quote.currency}`, `Amount ${quote.currency}`];
  const row = (cells: string[], y: number) => cells.forEach((cell, i) => doc.text(cell, columns[i], y, { width: (columns[i + 1] ?? 545) - columns[i] - 4, lineBreak: false }));
  doc.font(bold).fontSize(9);
  let y = doc.y;
  row(header, y);
  doc.font(body);
  let subtotal = dec('0');
  quote.lines.forEach((line, i) => {
    y += 16;
    const amount = mul(dec(line.quantity), dec(line.unitPrice));
    subtotal = add(subtotal, amount);
    row([String(i + 1), t(line.product), toPlain(dec(line.quantity)), t(line.unit ?? 'pcs'), toPlain(dec(line.unitPrice)), formatAmount(amount)], y);
  });
  y += 24;
  const totals: [string, string][] = [];
  if (quote.discountPct && Number(quote.discountPct) > 0) {
    totals.push([`Subtotal ${quote.currency}`, formatAmount(subtotal)], [`Discount ${toPlain(dec(quote.discountPct))}%`, `-${formatAmount(sub(subtotal, dec(quote.total)))}`]);
  }
  totals.push([`TOTAL ${quote.currency}`, formatAmount(dec(quote.total))]);
  for (const [label, value] of totals) {
    doc.font(label.startsWith('TOTAL') ? bold : body).text(label, 330, y, { width: 136, align: 'right' }).text(value, 470, y, { width: 75, align: 'right' });
    y += 14;
  }
  doc.x = 50;
  doc.y = y + 10;
  doc.font(body).fontSize(10);
  const terms: [string, string | null][] = [
    ['Delivery terms', quote.incoterm ? `${quote.incoterm}${quote.port ? ` ${quote.port}` : ''} (Incoterms 2020)` : null],
    ['Payment terms', quote.paymentTerms],
    ['Notes', quote.notes],
    ['Bank', letterhead.bank ?? null],
  ];
  for (const [label, value] of terms) if (value) doc.text(`${label}: ${t(value)}`, { width: 495 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function quotePdfFile(quote: QuoteRecord, options: QuotePdfOptions): Promise<OutboundFile> {
  return { name: `${quote.number}-v${quote.version}.pdf`, mimeType: 'application/pdf', data: await renderQuotePdf(quote, options) };
}
