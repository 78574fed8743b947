// National numbering plans change, and buyers' old records keep the old numbers: one office line, written before and
// after the change, must still be one number. The changes below are the regulators' own (real-world facts), each as the
// rule that turns an old E.164 form into today's.
//
// - Colombia (CRC resolution 5826/2019, in force 1 September 2021): fixed lines gained the prefix 60 before their
//   one-digit area code: Medellín "+57 4 444 1234" is now "+57 604 444 1234", Bogotá "+57 1 …" "+57 601 …".
// - Poland (closed numbering since 2005): the trunk 0 went ("0 42 630 12 34" is "42 630 12 34"); a record typed with it
//   reads as a ten-digit number "+48 0…", which no Polish number is.

const RULES: { old: RegExp; now: string }[] = [
  { old: /^\+57([1-8])(\d{7})$/, now: '+5760$1$2' },
  { old: /^\+480(\d{9})$/, now: '+48$1' },
];

/** A number in E.164 as the numbering plan writes it today ("+5744441234" → "+576044441234"); others unchanged. */
export function currentNumber(e164: string): string {
  for (const { old, now } of RULES) if (old.test(e164)) return e164.replace(old, now);
  return e164;
}

// Today's forms back to the old ones, for looking up customers stored before the change.
const BACK: { now: RegExp; old: string }[] = [
  { now: /^\+5760([1-8])(\d{7})$/, old: '+57$1$2' },
  { now: /^\+48(\d{9})$/, old: '+480$1' },
];

/** The forms a number may be stored under: today's and, where the plan changed, the old one (for exact look-ups). */
export function storedNumberForms(e164: string): string[] {
  const now = currentNumber(e164);
  const out = [now];
  for (const { now: re, old } of BACK) if (re.test(now)) out.push(now.replace(re, old));
  if (!out.includes(e164)) out.push(e164);
  return out;
}
