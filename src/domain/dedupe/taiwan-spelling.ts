// Taiwan's firms spell their names in Wade-Giles (振興 "Chen Hsing", 宏達 "Hung Ta", 建興 "Chien Hsing"), where a
// mainland partner, an English-speaking buyer or a trade portal writes the same characters in pinyin ("Zhenxing",
// "Hongda", "Jianxing"). Without the characters, the pinyin spelling is respelt syllable by syllable in Wade-Giles (as
// romanize.ts does for characters), so that it meets the firm's own spelling.
import { pinyinSyllables } from './dialect-names';
import { wadeGilesSyllable } from './romanize';
import { CANONICAL, COMMON_NAME_WORDS, GENERIC_WORDS, PLACES, PLACE_ALIASES } from './company-lexicon';

const PLACE_WORDS = new Set([...PLACES, ...Object.keys(PLACE_ALIASES)]);

/** A word as pinyin syllables, longest first ("zhenxing" → zhen xing), or undefined when it is not all pinyin. */
function pinyinSplit(word: string, set: ReadonlySet<string>): string[] | undefined {
  if (!word) return [];
  for (let n = Math.min(6, word.length); n >= 1; n--) {
    const head = word.slice(0, n);
    if (!set.has(head)) continue;
    const rest = pinyinSplit(word.slice(n), set);
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/**
 * A Latin name's words that are pinyin, respelt in Wade-Giles ("Zhenxing Machinery" → "chen hsing Machinery"), or
 * undefined when no word changes. Trade words, common English words and places are kept as written, as are words with
 * a syllable a vowel alone makes ("a", "e": a word of English more often).
 */
export function pinyinAsWadeGiles(name: string): string | undefined {
  if (/(?!\p{Script=Latin})\p{L}/u.test(name)) return undefined;
  const set = pinyinSyllables();
  let changed = false;
  const out = name.replace(/\p{L}+/gu, (word) => {
    const w = word.toLowerCase();
    if (w.length < 2 || CANONICAL[w] || GENERIC_WORDS.has(w) || COMMON_NAME_WORDS.has(w) || PLACE_WORDS.has(w)) return word;
    const split = pinyinSplit(w, set);
    if (!split || split.some((s) => /^[aeiou]$/.test(s))) return word;
    const wg = split.map(wadeGilesSyllable).join(' ');
    if (wg !== split.join(' ')) changed = true;
    return wg;
  });
  return changed ? out : undefined;
}
