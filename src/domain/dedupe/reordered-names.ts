// "Sinar Jaya Abadi" and "Sinar Abadi Jaya", "Golden Star Dragon" and "Golden Dragon Star": the same distinctive words
// in another order are another name, chosen by another owner from the same stock of lucky words (Indonesian firms
// draw on a few dozen: sinar, jaya, abadi, makmur, sentosa). The key sorts its words and cannot see it. A trade word,
// a place, a legal form or the owner's name moved about is how reps write one name ("Müller Haustechnik" /
// "Haustechnik Müller", "Nairobi Motor Spares" / "Motor Spares Nairobi"): only distinctive words that are none of
// those count, two at least, in Latin letters on both sides (a reading of another script keeps no order).
import { tokenWeight, type CompanyNameParts } from './normalize-company';
import { personNameTokens } from './similarity';

/** The distinctive words both names share once each, in each name's order, when that order differs; or undefined. */
export function distinctiveWordsReordered(a: CompanyNameParts, b: CompanyNameParts, people: string[][]): [string[], string[]] | undefined {
  if (a.script !== 'latin' || b.script !== 'latin' || a.translated || b.translated) return undefined;
  const once = (tokens: string[], t: string) => tokens.indexOf(t) === tokens.lastIndexOf(t);
  const ownerWord = (t: string) => { const w = personNameTokens(t); return w.length > 0 && people.some((r) => w.every((x) => r.includes(x))); };
  const shared = (x: string[], y: string[]) => x.filter((t) => tokenWeight(t) >= 1 && y.includes(t) && once(x, t) && once(y, t) && !ownerWord(t));
  const inA = shared(a.tokens, b.tokens);
  const inB = shared(b.tokens, a.tokens);
  return inA.length >= 2 && inA.join(' ') !== inB.join(' ') ? [inA, inB] : undefined;
}
