import { boundedMemo } from '../bounded-memo';
import { withoutArticle } from './article';

/**
 * One Arabic word in two Latin spellings, as Arab firms and their reps write them: the short vowels are guessed (هلال
 * "Helal" / "Hilal", فارس "Fares" / "Faris"), Egyptians write ج as g ("El Gamal" / "Al Jamal"), ق is q or k ("Qattan" /
 * "Kattan"), the adjective ending ية is "-ia", "-iya" or "-iyah" ("Watania" / "Wataniya"), and the article may be run on.
 * Folded, they are one word. Only for two Latin names that both carry the Arabic article: elsewhere e/i and g/j tell
 * words apart ("Bello" / "Billo", "Gala" / "Jala").
 */
export const arabicLatinFold = boundedMemo((token: string): string => withoutArticle(token)
  .replace(/(?<=[a-z])ah$/, 'a')
  .replace(/(?:iy+a|ya|ia)$/, 'ia')
  .replace(/g(?!h)/g, 'j').replace(/q/g, 'k').replace(/e/g, 'i').replace(/ou|oo|o/g, 'u')
  .replace(/(.)\1+/g, '$1'));

/** The words of two Latin names of Arab firms are one word in two spellings (see arabicLatinFold); four letters at least. */
export function sameArabicWord(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const [fa, fb] = [arabicLatinFold(a), arabicLatinFold(b)];
  // The key took an "s" off one side as a plural ("Fares" → "fare"): the name's "Faris" is the word with it.
  return fa === fb || arabicLatinFold(`${a}s`) === fb || fa === arabicLatinFold(`${b}s`);
}
