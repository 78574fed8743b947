import { boundedMemo } from '../bounded-memo';

/**
 * One Thai word in the Latin spellings Thai firms use side by side: RTGS, the older habit and ear. เจริญ is "Charoen",
 * "Charern", "Chareon" or "Jaroen"; พัฒนา "Pattana" or "Phatthana"; บุญ "Boon" or "Bun". Levelled here: aspirates
 * without their h (ph, th, kh), a j beginning the word as ch, the vowel of เจริญ (oe, eo, er, oer before a consonant)
 * one "o", as the name key writes "oe", long vowels as short ones (oo, ee), doubled consonants single. The consonants stay as written, unlike the looser
 * person-name skeleton of thai-names.ts: "Chanon" is no "Charoen". Only for two Latin names of Thai records.
 */
export const thaiLatinFold = boundedMemo((word: string): string => word
  .replace(/^j/, 'ch')
  .replace(/([ptk])h/g, '$1')
  .replace(/(?:oer|oe|eo|er)(?=[^aeiou]|$)/g, 'o')
  .replace(/oo/g, 'u')
  .replace(/ee/g, 'i')
  .replace(/([b-df-hj-np-tv-z])\1/g, '$1')
  .replace(/y$/, 'i'), 10_000);

/** Two spellings of one Thai word (see thaiLatinFold): five letters at least, and not already one word. */
export function sameThaiWord(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a === b) return false;
  return thaiLatinFold(a) === thaiLatinFold(b);
}
