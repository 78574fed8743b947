import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { boundedMemo } from '../bounded-memo';

// One buyer's two records often carry two kinds of number: the office's landline on the one typed from a letterhead,
// the purchaser's mobile on the one captured from WhatsApp. Two numbers that differ say "another firm" only when they
// could be one line: two landlines (two offices) or two mobiles (two people); a landline against a mobile says nothing.

type LineKind = 'fixed' | 'mobile' | 'either';

/** A number's kind of line by libphonenumber's metadata (E.164): read once per number, the switchboard asks it too. */
export const lineKind = boundedMemo((e164: string): LineKind => {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type === 'FIXED_LINE' ? 'fixed' : type === 'MOBILE' ? 'mobile' : 'either';
}, 20_000);

/** Whether some number of one side is of a kind some number of the other side is (E.164 numbers; an unknown kind is either). */
export function someLineOfOneKind(a: string[], b: string[]): boolean {
  const kinds = new Set(b.map(lineKind));
  if (kinds.has('either')) return true;
  return a.some((n) => {
    const k = lineKind(n);
    return k === 'either' || kinds.has(k);
  });
}

/** An office's line by the metadata (E.164); a number it cannot tell from a mobile (North America) is none. */
export const isLandline = (e164: string): boolean => lineKind(e164) === 'fixed';
