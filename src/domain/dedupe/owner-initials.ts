// A firm named for its owner: one card writes the given names out ("Kofi Mensah Enterprise", "Alhaji Sani Bello
// Ventures"), the other as initials before the family name ("K. Mensah Ent.", "A.S. Bello Ventures Ltd"), as the owner
// signs. The reading drops the initials, so the names share the family name and one keeps given names the other seems
// to lack. The initials account for them, letter for word, in order.
import { foldDigraphs, stem, type CompanyNameParts } from './normalize-company';
import type { NamePair } from './name-pair';

/** A written word read as token `t` (folded, maybe stemmed). */
const readsAs = (w: string, t: string) => t === w || t === foldDigraphs(w) || t === stem(foldDigraphs(w));

/** Initials of one to three letters; longer runs are acronyms of a firm, not a person's initials. */
const INITIALS = /^[a-z]{1,3}$/;

/**
 * `x` begins with initials, then a word both names share; `y` begins with as many words, each begun by its letter, then
 * that word; and what `y` has left over is those words only, `x` nothing.
 */
function initialsOf(x: CompanyNameParts, y: CompanyNameParts, shared: string[], onlyX: string[], onlyY: string[]): boolean {
  if (onlyX.length) return false;
  const xw = x.words ?? [];
  const yw = y.words ?? [];
  const at = (words: string[]) => words.findIndex((w) => shared.some((t) => readsAs(w, t)));
  const k = at(xw);
  if (k < 1) return false;
  const initials = xw.slice(0, k);
  // the key dropped them: a word that stayed a token is a name's own word ("Abc Mensah")
  if (!initials.every((w) => INITIALS.test(w) && !x.tokens.includes(w))) return false;
  const letters = initials.join('');
  if (letters.length > 3 || at(yw) !== letters.length) return false;
  const given = yw.slice(0, letters.length);
  if (!given.every((w, i) => w.length >= 3 && w[0] === letters[i])) return false;
  return onlyY.every((t) => given.some((w) => readsAs(w, t)));
}

/** One name writes the owner's given names as the initials of the other's ("K. Mensah Ent." / "Kofi Mensah Enterprise Ltd"). */
export function givenNamesAsInitials(names: NamePair): boolean {
  const { shared, only } = names.cmp;
  if (!shared.length || names.cmp.crossScript) return false;
  return initialsOf(names.a, names.b, shared, only[0], only[1]) || initialsOf(names.b, names.a, shared, only[1], only[0]);
}
