import PDFDocument from 'pdfkit';
import { loadPdfFaces, mapSilentGlyphs, writeText } from '../documents/pdf-text';
import { amountInWords, money, unitPrice } from '../documents/money-words';
import { paymentSchedule } from '../documents/payment-schedule';
import type { OutboundFile } from '../channel-contract';
import { add, dec, mul, sub, toPlain } from '../rates/decimal';
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
  /** the person who answers for the seller */
  contact?: string;
  bank?: { name?: string; address?: string; swift?: string; account?: string; beneficiary?: string };
}

/** The buyer as the invoice names them: the name as written comes from the quote. */
export interface BuyerDetails {
  address?: string;
  contactName?: string;
  email?: string;
  phone?: string;
}

/** Shipment terms beyond the Incoterm's named place. */
export interface ShippingDetails {
  portOfLoading?: string;
  portOfDischarge?: string;
  leadTime?: string;
  packing?: string;
}

// What the PDF needs of a quote: the fields a proforma invoice may leave out are optional (samples and tests build these by hand)
type OptionalPart = 'customerAddress' | 'portOfLoading' | 'portOfDestination' | 'leadTime' | 'packing';
type ProformaLine = Omit<QuoteRecord['lines'][number], 'spec' | 'hsCode'> & { spec?: string | null; hsCode?: string | null };
export type ProformaQuote = Omit<QuoteRecord, 'lines' | OptionalPart> & Partial<Pick<QuoteRecord, OptionalPart>> & { lines: ProformaLine[] };

export interface QuotePdfOptions {
  letterhead: CompanyLetterhead;
  buyer?: BuyerDetails;
  shipping?: ShippingDetails;
  /** when the quote is not yet approved, the PDF says so */
  draft?: boolean;
  /** for reproducible files in tests */
  createdAt?: Date;
}

// Under these Incoterms the named place is where the goods leave; under the others (C and D terms) where they arrive.
const NAMED_PLACE_IS_ORIGIN = new Set(['EXW', 'FCA', 'FAS', 'FOB']);
const LEFT = 50;
const RIGHT = 545;
const BOTTOM = 770;
const COLUMNS = [
  { key: 'no', x: 50, width: 20, align: 'left' },
  { key: 'description', x: 72, width: 178, align: 'left' },
  { key: 'hs', x: 252, width: 58, align: 'left' },
  { key: 'qty', x: 312, width: 52, align: 'right' },
  { key: 'unit', x: 368, width: 34, align: 'left' },
  { key: 'price', x: 404, width: 64, align: 'right' },
  { key: 'amount', x: 470, width: 75, align: 'right' },
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What a copy that is not the live approved version says across its top, so an old or unapproved PI is never mistaken for one. */
function statusBanner(status: string, draft?: boolean): string | null {
  if (status === 'superseded') return 'SUPERSEDED BY A LATER VERSION - FOR REFERENCE ONLY';
  if (status === 'rejected') return 'REJECTED - NOT VALID';
  return draft ? 'DRAFT - PENDING APPROVAL' : null;
}

/** The proforma invoice for one quote version, as PDF bytes. Every name is printed as written, in its own script. */
export async function renderQuotePdf(quote: ProformaQuote, options: QuotePdfOptions): Promise<Buffer> {
  const { letterhead } = options;
  // every string the PDF prints comes from these two objects (plus the fixed English labels): load their faces
  await loadPdfFaces([JSON.stringify({ quote, options }), 'Proforma invoice · –']);
  const doc = new PDFDocument({
    size: 'A4', margin: 50, bufferPages: true,
    info: { Title: `Proforma Invoice ${quoteRef(quote)}`, Author: letterhead.name, CreationDate: options.createdAt ?? quote.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const say = (text: string, size: number, opts: Parameters<typeof writeText>[2] = {}) => writeText(doc.fontSize(size), text, opts);

  // seller letterhead
  say(letterhead.name, 16, { bold: true });
  if (letterhead.nameZh) say(letterhead.nameZh, 12);
  for (const line of [
    letterhead.address,
    [letterhead.phone && `Tel ${letterhead.phone}`, letterhead.email, letterhead.website].filter(Boolean).join(' · '),
    [letterhead.taxId && `Tax ID ${letterhead.taxId}`, letterhead.contact && `Contact ${letterhead.contact}`].filter(Boolean).join(' · '),
  ]) if (line) say(line, 9);
  doc.moveTo(LEFT, doc.y + 4).lineTo(RIGHT, doc.y + 4).stroke();
  doc.moveDown();
  say('PROFORMA INVOICE', 15, { bold: true, align: 'center', width: RIGHT - LEFT, x: LEFT, y: doc.y });
  const banner = statusBanner(quote.status, options.draft);
  if (banner) say(banner, 10, { bold: true, color: '#b00000', align: 'center', width: RIGHT - LEFT });
  doc.moveDown(0.5);

  // parties and references: buyer on the left, the PI's references on the right
  const top = doc.y;
  const buyer = options.buyer ?? {};
  say('Buyer:', 9, { x: LEFT, y: top, width: 290 });
  say(quote.customerName, 11, { bold: true, width: 290 });
  const address = buyer.address ?? quote.customerAddress ?? undefined;
  for (const line of [
    address,
    quote.customerCountry && !address?.includes(quote.customerCountry) ? `Country: ${quote.customerCountry}` : undefined,
    buyer.contactName && `Attn: ${buyer.contactName}`,
    buyer.email && `Email: ${buyer.email}`,
    buyer.phone && `Tel: ${buyer.phone}`,
  ]) if (line) say(line, 9, { width: 290 });
  const leftEnd = doc.y;
  const refs: [string, string][] = [
    ['PI No.', quote.number], ['Version', `v${quote.version}`], ['Date', day(quote.createdAt)],
    ['Valid until', quote.validUntil ? day(quote.validUntil) : '-'], ['Currency', quote.currency],
  ];
  refs.forEach(([label, value], i) => {
    say(label, 9, { x: 360, y: top + i * 13, width: 70 });
    say(value, 9, { x: 430, y: top + i * 13, width: 115 });
  });
  doc.x = LEFT;
  doc.y = Math.max(leftEnd, top + refs.length * 13) + 12;

  // goods: header repeated on every page the lines flow onto
  const header = (): number => {
    const y = doc.y;
    doc.rect(LEFT, y - 2, RIGHT - LEFT, 16).fill('#e8edf5').fillColor('black');
    const titles = ['#', 'Description / specification', 'HS code', 'Qty', 'Unit', `Unit price ${quote.currency}`, `Amount ${quote.currency}`];
    COLUMNS.forEach((c, i) => say(titles[i], 7.5, { bold: true, x: c.x, y, width: c.width, align: c.align, lineBreak: false }));
    return y + 18;
  };
  const continuation = () => {
    doc.addPage();
    say(`${letterhead.name} · PROFORMA INVOICE ${quote.number} v${quote.version} (continued)`, 9, { x: LEFT, y: 50 });
    doc.moveDown(0.5);
  };
  let y = header();
  let subtotal = dec('0');
  quote.lines.forEach((line, i) => {
    const amount = mul(dec(line.quantity), dec(line.unitPrice));
    subtotal = add(subtotal, amount);
    const cells = [String(i + 1), line.product, line.hsCode ?? '', toPlain(dec(line.quantity)), line.unit ?? 'pcs', unitPrice(dec(line.unitPrice), quote.currency), money(amount, quote.currency)];
    const width = COLUMNS[1].width;
    const nameHeight = doc.fontSize(9).heightOfString(line.product, { width });
    // the specification sits under the product name, smaller, in the same cell
    const specHeight = line.spec ? doc.fontSize(8).heightOfString(line.spec, { width }) + 1 : 0;
    const height = Math.max(14, nameHeight + specHeight + 4);
    if (y + height > BOTTOM - 20) {
      continuation();
      y = header();
    }
    COLUMNS.forEach((c, k) => say(cells[k], 9, { x: c.x, y, width: c.width, align: c.align, lineBreak: k === 1 }));
    if (line.spec) say(line.spec, 8, { x: COLUMNS[1].x, y: y + nameHeight + 1, width, color: '#444444' });
    y += height;
    doc.moveTo(LEFT, y - 2).lineTo(RIGHT, y - 2).lineWidth(0.3).strokeColor('#bbbbbb').stroke().strokeColor('black').lineWidth(1);
  });

  // totals and the total in words
  const total = dec(quote.total);
  const totals: [string, string][] = [];
  if (quote.discountPct && Number(quote.discountPct) > 0) {
    totals.push(['Subtotal', money(subtotal, quote.currency)], [`Discount ${toPlain(dec(quote.discountPct))}%`, `-${money(sub(subtotal, total), quote.currency)}`]);
  }
  totals.push([`TOTAL ${quote.currency}`, money(total, quote.currency)]);
  const ensure = (room: number) => {
    if (doc.y + room > BOTTOM) continuation();
  };
  doc.y = y + 4;
  ensure(totals.length * 14 + 30);
  for (const [label, value] of totals) {
    const rowY = doc.y;
    say(label, label.startsWith('TOTAL') ? 10.5 : 9, { bold: label.startsWith('TOTAL'), x: 330, y: rowY, width: 136, align: 'right' });
    say(value, label.startsWith('TOTAL') ? 10.5 : 9, { bold: label.startsWith('TOTAL'), x: 470, y: rowY, width: 75, align: 'right' });
    doc.y = rowY + 15;
  }
  say(amountInWords(total, quote.currency), 9, { bold: true, x: LEFT, y: doc.y + 4, width: RIGHT - LEFT });
  doc.moveDown();

  // terms
  const section = (title: string, lines: (string | null | undefined)[]) => {
    const shown = lines.filter((l): l is string => Boolean(l));
    if (!shown.length) return;
    ensure(16 + shown.length * 13);
    say(title, 10.5, { bold: true, x: LEFT, y: doc.y, width: RIGHT - LEFT });
    for (const line of shown) say(line, 9, { x: LEFT + 10, y: doc.y, width: RIGHT - LEFT - 10 });
    doc.moveDown(0.6);
  };
  // what the quote says, unless the caller gives shipment details of its own (samples)
  const given = options.shipping ?? {};
  const shipping: ShippingDetails = {
    portOfLoading: given.portOfLoading ?? quote.portOfLoading ?? undefined,
    portOfDischarge: given.portOfDischarge ?? quote.portOfDestination ?? undefined,
    leadTime: given.leadTime ?? quote.leadTime ?? undefined,
    packing: given.packing ?? quote.packing ?? undefined,
  };
  const origin = quote.incoterm ? NAMED_PLACE_IS_ORIGIN.has(quote.incoterm) : true;
  section('Delivery', [
    quote.incoterm && `Terms of delivery: ${quote.incoterm}${quote.port ? ` ${quote.port}` : ''} (Incoterms 2020)`,
    `Port of loading: ${shipping.portOfLoading ?? (origin ? quote.port : null) ?? 'to be advised'}`,
    `Port of destination: ${shipping.portOfDischarge ?? (!origin ? quote.port : null) ?? 'to be advised'}`,
    `Lead time: ${shipping.leadTime ?? 'to be confirmed with the order'}`,
    `Packing: ${shipping.packing ?? 'export standard cartons'}`,
  ]);
  const schedule = paymentSchedule(quote.paymentTerms, total, quote.currency);
  section('Payment', [
    quote.paymentTerms && `Terms: ${quote.paymentTerms}`,
    ...schedule.map((s) => `${s.label}: ${quote.currency} ${money(s.amount, quote.currency)}`),
  ]);
  const bank = letterhead.bank;
  if (bank) section('Bank details', [
    `Beneficiary: ${bank.beneficiary ?? letterhead.name}`, bank.name && `Bank: ${bank.name}`, bank.address && `Bank address: ${bank.address}`,
    bank.swift && `SWIFT: ${bank.swift}`, bank.account && `Account No.: ${bank.account}`,
  ]);
  section('Remarks', [quote.notes, 'Bank charges outside the seller\'s country are for the buyer\'s account.']);

  // signature and stamp
  ensure(90);
  const signY = doc.y + 10;
  say(`For and on behalf of ${letterhead.name}`, 9, { x: LEFT, y: signY, width: 230 });
  say('Confirmed by the buyer', 9, { x: 320, y: signY, width: 225 });
  doc.moveTo(LEFT, signY + 60).lineTo(LEFT + 210, signY + 60).stroke();
  doc.moveTo(320, signY + 60).lineTo(530, signY + 60).stroke();
  say('Authorised signature and company stamp', 8, { x: LEFT, y: signY + 64, width: 230 });
  say('Signature, name and company stamp', 8, { x: 320, y: signY + 64, width: 225 });

  // page numbers, once all pages exist
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0; // the footer sits in the margin: no new page for it
    say(`${quote.number} v${quote.version} · page ${i + 1} of ${range.count}`, 7.5, { x: LEFT, y: 800, width: RIGHT - LEFT, align: 'right', lineBreak: false });
  }
  mapSilentGlyphs(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function quotePdfFile(quote: ProformaQuote, options: QuotePdfOptions): Promise<OutboundFile> {
  return { name: `${quote.number}-v${quote.version}.pdf`, mimeType: 'application/pdf', data: await renderQuotePdf(quote, options) };
}
