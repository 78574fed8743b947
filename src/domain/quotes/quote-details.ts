import { checkField } from '../documents/document-fields';

// How a rep types the parts of a proforma invoice beyond goods and money, in English and Chinese; each value is checked
// by checkField (zod), which names the part when it is wrong.

/** Shipment details the rep may add to a quote (`POL Ningbo, POD Hamburg, lead time 25 days, packing …`). */
export interface QuoteShipping {
  portOfLoading?: string;
  portOfDestination?: string;
  leadTime?: string;
  packing?: string;
}

// Keywords reps type for each shipment part, in English and Chinese; the value follows (a colon is optional).
const SHIPPING_KEYS: [keyof QuoteShipping, RegExp][] = [
  ['portOfLoading', /^(?:POL|port\s+of\s+loading|loading\s+port|装运港|起运港|装货港)(?=$|[\s:：]|\p{Script=Han})\s*[:：]?\s*([\s\S]*)$/iu],
  ['portOfDestination', /^(?:POD|port\s+of\s+(?:destination|discharge)|destination(?:\s+port)?|discharge\s+port|目的港|卸货港)(?=$|[\s:：]|\p{Script=Han})\s*[:：]?\s*([\s\S]*)$/iu],
  ['leadTime', /^(?:lead\s*time|delivery\s+time|production\s+time|交期|交货期|货期|生产周期)\s*[:：]?\s*([\s\S]*)$/i],
  ['packing', /^(?:packing|packaging|包装)(?=$|[\s:：]|\p{Script=Han})\s*[:：]?\s*([\s\S]*)$/iu],
];

/** One comma-separated part of the `/quote` line, if it is a shipment detail: which, and its checked value. */
export function parseShippingSegment(segment: string): [keyof QuoteShipping, string] | null {
  for (const [field, pattern] of SHIPPING_KEYS) {
    const m = pattern.exec(segment.trim());
    if (m) return [field, checkField(field, m[1])];
  }
  return null;
}

// "HS-200 lamp" is a product name, not an HS code: the keyword is followed by a space, a colon, a digit or nothing
const HS = /(?:^|\s)(?:HS(?:\s*code)?|HS编码|海关编码|商品编码)(?=[\s:：\d]|$)\s*[:：]?\s*(\S*)/i;
// "Spectra 600" is a name: the keyword is followed by a space, a colon or Chinese text
const SPEC_KEY = /(?:^|\s)(?:spec(?:ification)?|规格)(?=$|[\s:：]|\p{Script=Han})\s*[:：]?\s*(.*)$/iu;
const QUOTED = /["“「『]([^"”」』]*)["”」』]/;

/**
 * The product part of a line item, before ` x<qty>`: `LED-600 "600x600 mm, 40 W" HS 9405.42` or
 * `LED-600 HS 9405.42 spec 600x600 40W` → product, specification and HS code.
 */
export function splitProduct(raw: string): { product: string; spec?: string; hsCode?: string } {
  let rest = raw.trim();
  let spec: string | undefined;
  let code: string | undefined;
  const quoted = QUOTED.exec(rest);
  if (quoted) {
    spec = checkField('spec', quoted[1]);
    rest = `${rest.slice(0, quoted.index)} ${rest.slice(quoted.index + quoted[0].length)}`;
  }
  const hs = HS.exec(rest);
  if (hs) {
    code = checkField('hsCode', hs[1]);
    rest = `${rest.slice(0, hs.index)} ${rest.slice(hs.index + hs[0].length)}`;
  }
  const key = spec === undefined ? SPEC_KEY.exec(rest) : null;
  if (key) {
    spec = checkField('spec', key[1]);
    rest = rest.slice(0, key.index);
  }
  return { product: rest.replace(/\s+/g, ' ').trim(), spec, hsCode: code };
}

/**
 * Replaces each quoted span by a placeholder so the line can be split on commas and semicolons without cutting a
 * specification or a packing text in two; `restore` puts the spans back into each piece.
 */
export function protectQuoted(line: string): { text: string; restore: (piece: string) => string } {
  const spans: string[] = [];
  const text = line.replace(/["“「『][^"”」』]*["”」』]/g, (span) => `\u0000${spans.push(span) - 1}\u0000`);
  return { text, restore: (piece) => piece.replace(/\u0000(\d+)\u0000/g, (_, i: string) => spans[Number(i)]) };
}
