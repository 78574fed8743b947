import anyAscii from 'any-ascii';
import { thaiRomanization } from './romanize';
import { PERSON_TITLES } from './similarity';

// A Thai person's name in Latin letters follows RTGS, an older or Pali-based habit, or ear: ธนพล is "Thanaphon",
// "Thanapol" or "Tanapon"; ใจดี "Jaidee" or "Chaidi"; วิชัย "Wichai" or "Vichai"; บุญ "Boon" or "Bun"; พร "Phon" or
// "Porn". Thai script leaves inherent vowels unwritten, so its romanisation drops them ("thonphl"). Both sides are
// levelled to the consonants every spelling keeps, in the classes Thai letters fall into (r, l and n one class: ร and ล
// end a syllable as "n"; ch, s and t ending a word one "t", as Thai reads them there). Only for names of a Thai record
// or in Thai script, and only compared with each other (contact-names.ts).

const THAI = /[\u0e00-\u0e7f]/;
const THAI_TITLES = /(^|\s)(คุณ|นางสาว|นาย|นาง|เจ๊|เฮีย)/g;
const LATIN_TITLES = new Set<string>(['khun', ...PERSON_TITLES]);

// A vowel ending a word is always written in Thai (only inherent vowels between consonants are not): it stays, as its
// quality, so that บุญมา "Boonma" and บุญมี "Boonmee" remain two family names.
const FINAL_VOWELS: [RegExp, string][] = [[/^(ee|ii|i|ie)$/, 'i'], [/^(oo|uu|u|ue|ua)$/, 'u'], [/^a/, 'a'], [/^o/, 'o'], [/^e/, 'e']];

function finalVowel(word: string): string {
  const tail = /[aeiou]+$/.exec(word.replace(/y$/, ''))?.[0];
  return tail ? (FINAL_VOWELS.find(([re]) => re.test(tail))?.[1] ?? '') : '';
}

/**
 * One romanised word as its Thai consonant classes and final vowel: "Thanaphon", "Thanapol" and ธนพล's "thonphl" are
 * all "tnpn", "Jaidee" and ใจดี's "chaidi" "cti".
 */
export function thaiSkeleton(word: string): string {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  return lower
    .replace(/ng/g, 'G').replace(/ch|j|c/g, 'C').replace(/th|t|d/g, 'T').replace(/ph|p|b/g, 'P').replace(/kh|k|g|q/g, 'K')
    .replace(/sh|s|z/g, 'S').replace(/[rln]/g, 'N').replace(/[vw]/g, 'W').replace(/f/g, 'F').replace(/m/g, 'M').replace(/h/g, 'H')
    // w ending a vowel ("ao" / "aw") is no consonant; y is left out everywhere: it ends vowels ("chai" / "chay") and
    // glides ("Chaiyaporn" is ชัยพร)
    .replace(/W(?![aeiou])/g, '')
    .replace(/[CST]$/, 'T')
    // letters doubled or run together as written ("Kittipong", the silent r of "Porn") are one consonant; ones a vowel
    // parts stay two ("Niran" is not "Nan")
    .replace(/([A-Z])\1+/g, '$1')
    .replace(/[aeiouy]/g, '')
    .toLowerCase() + finalVowel(lower);
}

/** A person's name as Thai consonant skeletons, word by word: สมชาย ใจดี and "Somchai Jaidee" both "smca cti". */
export function thaiPersonWords(name: string): string[] {
  const latin = THAI.test(name)
    ? thaiRomanization(name.normalize('NFC').replace(THAI_TITLES, '$1'))
    : anyAscii(name);
  return latin.toLowerCase().split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !LATIN_TITLES.has(w))
    .map(thaiSkeleton).filter((w) => w.length > 0);
}
