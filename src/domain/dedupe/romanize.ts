import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import ToJyutping from 'to-jyutping';

// Traditional (Hong Kong, Taiwan) → Simplified, so one table of Chinese trade and place words serves both.
const hkToSimplified = Converter({ from: 'hk', to: 'cn' });

/** Traditional Chinese characters to Simplified (OpenCC); Japanese text (with kana) is left alone, its kanji are not Chinese words. */
export function toSimplified(text: string): string {
  return /[\u3040-\u30ff]/.test(text) ? text : hkToSimplified(text);
}

// Jyutping → the Hong Kong government style that HK companies use in their English names (明華 ming4 waa4 → "Ming Wah",
// 長興 zoeng2 hing1 → "Cheung Hing", 永安 wing5 on1 → "Wing On"). Approximate by design: the name comparison is fuzzy.
const INITIALS: [RegExp, string][] = [[/^gw/, 'kw'], [/^b/, 'p'], [/^d/, 't'], [/^g/, 'k'], [/^[zc]/, 'ch'], [/^j(?=yu)/, 'y'], [/^j/, 'y']];
const FINALS: [RegExp, string][] = [
  [/aa$/, 'ah'], [/aa/, 'a'], [/oeng$/, 'eung'], [/oek$/, 'euk'], [/eoi$/, 'ui'], [/eon$/, 'un'], [/eot$/, 'ut'], [/yun$/, 'uen'], [/yut$/, 'uet'],
  [/yu$/, 'u'], [/ou$/, 'o'], [/ei$/, 'ei'], [/uk$/, 'uk'], [/ung$/, 'ung'], [/^(s|ch)i$/, '$1ze'],
];

function hkSyllable(jyutping: string): string {
  let s = jyutping.replace(/\d$/, '');
  for (const [re, to] of INITIALS) if (re.test(s)) { s = s.replace(re, to); break; }
  for (const [re, to] of FINALS) s = s.replace(re, to);
  return s;
}

/** Mandarin pinyin without tones, one word per character, reading words in context (长兴 "chang xing", 银行 "yin hang"). */
export function mandarin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').replace(/\s+/g, ' ').trim();
}

/** Cantonese reading of Chinese characters in HK romanisation, one word per character ("明華" → "ming wah"); other characters kept. */
export function cantonese(text: string): string {
  return ToJyutping.getJyutpingList(text)
    .map(([char, jp]) => (jp ? ` ${hkSyllable(jp)} ` : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The consonant skeleton of a romanised word, for Arabic ↔ Latin: Arabic script writes few vowels, so النور reads "lnwr"
 * and "Al Noor" reads "alnoor"; both come to "nr". The article and vowels (with w/y, which Arabic uses for long vowels) go.
 */
export function consonantSkeleton(token: string): string {
  return token.replace(/^(al|el)(?=[^aeiou]{0,1}[a-z]{2})/, '').replace(/[aeiouwy]/g, '').replace(/(.)\1+/g, '$1');
}
