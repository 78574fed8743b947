// Reps cut the town or country a firm is named for to its short form, as they cut the address ("Nbi Solar Solns" for
// Nairobi Solar Solutions, "Ferretero MTY Grupo" for Grupo Ferretero Monterrey, "Ug Hardware Center" for Uganda
// Hardware Centre): a short word of one name that abbreviates a place the other name carries is that place, not a word
// of another firm. Only places (qualifiers, or known place words), so a short word against a firm's own word ("BSK" /
// "Baltic") is left to the acronym rules.
import { toCountryCode } from '../normalize/country';
import { COUNTRY_WORDS } from './company-lexicon';
import { isPlaceWord } from './normalize-company';

// Legal forms and connectors the reading drops: "Co" is no Colombo, "SA" no San Antonio.
const NOT_PLACES = new Set(['co', 'cos', 'sa', 'cv', 'de', 'del', 'da', 'do', 'di', 'la', 'le', 'el', 'al', 'ltd', 'llc', 'llp', 'inc', 'pt', 'cty', 'ag', 'kg',
  'bv', 'nv', 'ab', 'as', 'oy', 'the', 'and', 'of', 'pvt', 'plc', 'srl', 'spa', 'sas', 'sl', 'too', 'ooo', 'oao', 'zao', 'pte', 'sdn', 'bhd', 'kk', 'yk', 'cia',
  'ltda', 'sac', 'sarl', 'eurl', 'gmbh', 'ohg', 'ek', 'et', 'y', 'e', 'und', 'en', 've', 'va', 'ptv', 'pty', 'cc', 'corp', 'grp', 'tbk', 'jsc', 'ojsc', 'ip', 'tov', 'dba']);

/** `short` (two to four letters) as a place name is cut: its first letter, the rest in order (Nbi, MTY, Ktm), or the initials of a place of several words (DSM). */
export function abbreviatesPlace(short: string, place: string): boolean {
  const s = short.toLowerCase();
  const words = place.toLowerCase().split(' ').filter(Boolean);
  const l = words.join('');
  if (s.length < 2 || s.length > 4 || s.length + 2 > l.length || s[0] !== l[0] || !/^[a-z]+$/.test(s)) return false;
  if (words.length > 1 && words.map((w) => w[0]).join('') === s) return true;
  // two letters only as the place's beginning (Ug Uganda): two letters in order are met in too many places
  if (s.length === 2) return l.startsWith(s);
  let i = 0;
  for (const ch of l) if (ch === s[i]) i++;
  return i === s.length;
}

/** A country's name as the reading leaves it ("uganda"); words of three letters or fewer are codes, not names. */
const isCountry = (w: string) => w.length > 3 && !!toCountryCode(w);

// A place cut short agrees less surely than one written out ("NBI Motor Spares" and "Motor Spares Nairobi" are one
// name, but two firms of the town as often): nearly the same word, as a slip in a long word counts in name-compare.ts.
const PLACE_CUT_SHORT = 0.8;

/**
 * Marks, in place, words of x's name that abbreviate a place of y's name (its qualifiers, or a place word among its
 * tokens) and that place's token: each side's unmatched only. `xWords` are x's words as written (a short word the
 * reading dropped, "Ug", still stands for the place).
 */
export function markPlaceAbbreviations(x: string[], mx: number[], xWords: readonly string[], y: string[], my: number[], yQualifiers: readonly string[]): void {
  // (the short words first: most names have none left, and the places need look-ups)
  const dropped = xWords.filter((w) => w.length <= 4 && !x.includes(w) && !NOT_PLACES.has(w));
  const shorts = [...new Set([...x.filter((t, i) => mx[i] === 0 && t.length <= 4), ...dropped])];
  if (!shorts.length) return;
  const places = [...yQualifiers.map((q) => ({ q, j: -1 })), ...y.map((q, j) => ({ q, j })).filter(({ q, j }) => my[j] === 0 && (isPlaceWord(q) || COUNTRY_WORDS.has(q) || isCountry(q)))];
  if (!places.length) return;
  for (const s of shorts) {
    // a word the reading dropped stands for a place word of the other name only, never for its qualifier
    const place = places.find(({ q, j }) => (j >= 0 || x.includes(s)) && abbreviatesPlace(s, q));
    if (!place) continue;
    const i = x.indexOf(s);
    if (i >= 0) mx[i] = PLACE_CUT_SHORT;
    if (place.j >= 0) my[place.j] = PLACE_CUT_SHORT;
  }
}
