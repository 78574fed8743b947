import { z } from 'zod';
import { DomainError } from '../errors';

/**
 * The parts of a proforma invoice besides goods, prices and payment: per-line specification and HS code, ports, lead
 * time, packing, and the buyer's address. Each is checked by a zod schema here (the edge: what the rep typed), and a
 * failure names the part, so the reply can say which one to fix. Nothing is stored when one fails.
 */
export type DocumentField = 'hsCode' | 'spec' | 'portOfLoading' | 'portOfDestination' | 'leadTime' | 'packing' | 'address';

const text = (max: number) => z.string().trim().min(1).max(max);
// a place name has a letter in some script; "123" or "-" is not a port
const port = text(100).regex(/\p{L}/u);
// customs tariff numbers: the 6-digit HS heading, or a national 8/10-digit one, written with or without dots
const hsCode = z.string().trim().regex(/^\d{4}(?:\.?\d{2}){1,3}$/);

const FIELD_SCHEMAS: Record<DocumentField, z.ZodType<string>> = {
  hsCode,
  spec: text(500),
  portOfLoading: port,
  portOfDestination: port,
  leadTime: text(100).regex(/\d/).transform(normalizeLeadTime),
  packing: text(300),
  address: text(500),
};

/** The field's value cleaned, or INVALID_FIELD naming the part and quoting what was typed. */
export function checkField(field: DocumentField, raw: string): string {
  const value = unquote(raw);
  const parsed = FIELD_SCHEMAS[field].safeParse(value);
  if (!parsed.success) throw new DomainError('INVALID_FIELD', { field, value: value.slice(0, 60) });
  return parsed.data;
}

/** "25", "25d", "25天" → "25 days"; "4 weeks"/"4周" → "4 weeks"; anything else with a number as written ("30 days after deposit"). */
function normalizeLeadTime(value: string, ctx: z.RefinementCtx): string {
  const days = /^(\d{1,4})\s*(?:d|days?|天|日|个?工作日)?$/i.exec(value);
  if (days) {
    const n = Number(days[1]);
    if (n < 1 || n > 365) ctx.addIssue({ code: 'custom', message: 'lead time out of range' });
    return `${n} ${/工作日/.test(value) ? 'working days' : n === 1 ? 'day' : 'days'}`;
  }
  const weeks = /^(\d{1,2})\s*(?:w|weeks?|周|星期)$/i.exec(value);
  if (weeks) {
    const n = Number(weeks[1]);
    if (n < 1 || n > 52) ctx.addIssue({ code: 'custom', message: 'lead time out of range' });
    return `${n} ${n === 1 ? 'week' : 'weeks'}`;
  }
  return value;
}

/** Surrounding quotes are how a rep keeps commas inside one part: `packing "10 pcs/carton, 40 cartons/pallet"`. */
export function unquote(raw: string): string {
  const m = /^\s*["“「『]([\s\S]*)["”」』]\s*$/.exec(raw);
  return (m ? m[1] : raw).trim();
}

