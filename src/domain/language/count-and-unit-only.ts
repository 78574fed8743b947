import { latinTokens } from './latin-tokens';

// A number with its unit or a document's code and nothing else ("1500 pcs", "2 x 40HQ", "PI-2031") is written in no
// language: every author labels these und. The units are trade shorthand the detector would otherwise count as
// English (vocabulary.ts TRADE_JARGON). Read on the cleaned text; the digit is looked for in the message as typed
// (the clean-up drops words with digits).
const UNITS = new Set('pcs pc ctn ctns set sets kg kgs ton tons hq hc gp ft cbm pi po x unit units pallet pallets m'.split(' '));

/** Whether a message is a count with its unit or a document number alone: no language. */
export function isCountAndUnitOnly(text: string, cleaned: string): boolean {
  if (cleaned.length > 24 || !/\d/.test(text)) return false;
  const tokens = latinTokens(cleaned).filter((t) => /\p{L}/u.test(t));
  return tokens.length > 0 && tokens.every((t) => UNITS.has(t));
}
