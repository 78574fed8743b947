// An acronym that spells every word of the other name, its town included: "MHS Ltd" is Mombasa Hardware Supplies Ltd,
// "AET TOO" Almaty Electro Trade LLP. The reading moves the town into the name's qualifiers and leaves trade words
// that weigh little, so the acronym meets no word of weight and the names look only partly alike; yet each written
// word of the name has its letter in the acronym, in order, and nothing of either name is left unexplained.
import { STOPWORDS } from './company-lexicon';
import { isLegalFormWord, type CompanyNameParts } from './normalize-company';

/** Whether `short` (three to six letters; two meet by chance) is the initials of all of `other`'s words as written, legal forms and connectors aside. */
export function acronymOfWholeName(short: string, other: CompanyNameParts): boolean {
  if (short.length < 3 || short.length > 6) return false;
  const words = (other.words ?? []).filter((w) => /^[a-z]/.test(w) && !isLegalFormWord(w) && !STOPWORDS.has(w));
  return words.length === short.length && words.map((w) => w[0]).join('') === short;
}
