// Typing slips: how one word comes out of the keyboard a letter wrong. Used for trade words of the lexicon (any slip,
// long words; dedupe/lexicon-lookup.ts), for the names' own words (two neighbours swapped only; dedupe/name-compare.ts)
// and for a buyer's sample word typed in a hurry (intent/misspelt-sample.ts).

/** One insertion, deletion, substitution or swap of neighbours apart. */
export function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || neighboursSwapped(a, b, i);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A slip that keeps the word's consonants and its ending: two neighbours swapped, a letter dropped or added inside the
 * word, or one vowel for another ("Comorcializadora", "Sumiistros", "Comercila"). A consonant changed makes another name
 * in a romanisation ("Tongyang" / "Tongsang", "Dongbang" / "Dongfang"), a letter added at the end another word
 * ("Elektron" / "Elektro"): neither is taken for a slip.
 */
export function innerSlip(a: string, b: string): boolean {
  if (!oneSlip(a, b)) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (i >= Math.min(a.length, b.length) - 1) return a.length === b.length && neighboursSwapped(a, b, i);
  if (a.length !== b.length || neighboursSwapped(a, b, i)) return true;
  return VOWEL.test(a[i]) && VOWEL.test(b[i]);
}

const VOWEL = /[aeiouy]/;

/**
 * Two neighbouring letters typed the other way round and nothing else ("Baolgun" / "Balogun", "Mirea" / "Mirae",
 * "Mrechants" / "Merchants"). Unlike a letter changed, dropped or added ("Hongda" / "Hengda", "Xin" / "Xing": other
 * firms), a swap seldom makes another real name of the same letters: one word, even in pinyin.
 */
export function swappedNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return neighboursSwapped(a, b, i);
}

/**
 * The two middle letters of a four-letter word swapped ("Paht" / "Phat", "Snia" / "Sina"): the word keeps its first and
 * last letter and reads as itself. Not a swap at either end ("Lina" / "Lian", "Amir" / "Mair"), which makes another name.
 */
export function swappedMiddle(a: string, b: string): boolean {
  return a.length === 4 && b.length === 4 && a[0] === b[0] && a[3] === b[3] && a[1] === b[2] && a[2] === b[1] && a[1] !== a[2];
}

const neighboursSwapped = (a: string, b: string, i: number) => a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);

/**
 * A vowel left out inside a word ("Yldirim" / "Yildirim", "Dabrwski" / "Dabrowski"): the consonants, the first and
 * the last letter stay, so the word still reads as itself. A consonant left out makes another name as often ("Jiaxing" /
 * "Jianxing"), and so does a vowel at either end ("Xin" / "Xina").
 */
export function droppedInnerVowel(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 4) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return i > 0 && i < long.length - 1 && VOWEL.test(long[i]) && long.slice(i + 1) === short.slice(i);
}
