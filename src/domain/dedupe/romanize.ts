import romanizeThai from '@dehoist/romanize-thai';
import type * as OpenCC from 'opencc-js/t2cn';
import type * as PinyinPro from 'pinyin-pro';
import type ToJyutpingModule from 'to-jyutping';
import { loadWhenUsed } from '../text/load-when-used';

const openCC = loadWhenUsed<typeof OpenCC>('opencc-js/t2cn');
const pinyinPro = loadWhenUsed<typeof PinyinPro>('pinyin-pro');
const toJyutping = loadWhenUsed<typeof ToJyutpingModule>('to-jyutping');

// Traditional (Hong Kong, Taiwan) → Simplified, so one table of Chinese trade and place words serves both.
let hkToSimplifiedConverter: ((text: string) => string) | undefined;
const hkToSimplified = (text: string) => (hkToSimplifiedConverter ??= openCC().Converter({ from: 'hk', to: 'cn' }))(text);

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
  return pinyinPro().pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').replace(/\s+/g, ' ').trim();
}

// Taiwan's firms write their names in Wade-Giles or habits close to it (宏達 "Hung Ta", 大同 "Tatung", 中興 "Chung Hsing"),
// not in pinyin ("Hongda"): pinyin syllables respelt. Approximate by design, like the Cantonese reading.
const WG_WHOLE: Record<string, string> = Object.assign(Object.create(null), {
  zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', zi: 'tzu', ci: 'tzu', si: 'ssu', you: 'yu', yan: 'yen', ye: 'yeh', yong: 'yung', er: 'erh',
});
const WG_INITIAL: Record<string, string> = Object.assign(Object.create(null), {
  b: 'p', d: 't', g: 'k', j: 'ch', q: 'ch', x: 'hs', zh: 'ch', z: 'ts', c: 'ts', r: 'j',
});

export function wadeGilesSyllable(p: string): string {
  if (WG_WHOLE[p]) return WG_WHOLE[p];
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(p);
  if (!m) return p;
  const initial = m[1] ?? '';
  let final = m[2];
  final = final.replace(/^ong$/, 'ung').replace(/^iong$/, 'iung').replace(/^ian$/, 'ien').replace(/^ie$/, 'ieh').replace(/^ue$/, 'ueh')
    .replace(/^uo$/, /^(g|k|h|zh|ch|sh)$/.test(initial) ? 'uo' : 'o').replace(/^e$/, /^(g|k|h)$/.test(initial) ? 'o' : 'e');
  return (WG_INITIAL[initial] ?? initial) + final;
}

/** Chinese characters in Wade-Giles as Taiwan writes firm names ("宏達" → "hung ta"); other characters kept. */
export function wadeGiles(text: string): string {
  return pinyinPro().pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: false })
    .map((syllable) => (/^[a-zü]+$/.test(syllable) ? wadeGilesSyllable(syllable.replace(/ü/g, 'u')) : syllable))
    .join(' ').replace(/\s+/g, ' ').trim();
}

/** Every Cantonese reading of one character in HK romanisation (長: "cheung", "chong"). */
export function cantoneseSyllables(char: string): string[] {
  return [...new Set(toJyutping().getJyutpingCandidates(char).flatMap(([, readings]) => readings).map(hkSyllable))];
}

/** Cantonese reading of Chinese characters in HK romanisation, one word per character ("明華" → "ming wah"); other characters kept. */
export function cantonese(text: string): string {
  return toJyutping().getJyutpingList(text)
    .map(([char, jp]) => (jp ? ` ${hkSyllable(jp)} ` : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Thai in the Royal Thai General System, as Thai firms write their English names ("สยาม" → "syam" ≈ Siam, "กรุงเทพ" →
 * "krungtheph" ≈ Krungthep); any-ascii reads Thai letter by letter with its leading vowels out of place ("krungethph").
 */
export function thaiRomanization(text: string): string {
  return romanizeThai(text.normalize('NFC').replace(SILENT_CLUSTER, '').replace(SILENT, '').replace(LEADING_HO, '').replace(FINAL_YO, 'น')
    .replace(/ญ/g, 'ย').replace(FINAL_T, 'ต'));
}

// What the romaniser spells out and Thai does not say. Letters the thanthakhat (์) silences: จันทร์ "Chan", นิรันดร์
// "Niran" (ทร, ดร both silent), พาณิชย์ "Phanit", ศรีสวัสดิ์ "Srisawat".
const SILENT_CLUSTER = /[ทดต]ร\u0e4c/g;
const SILENT = /[\u0e01-\u0e2e][\u0e34-\u0e38]?\u0e4c/g;
// ห before a low consonant and its vowel only sets the tone (ใหญ่ "yai"; in หงส์ "Hong" it is the consonant).
const LEADING_HO = /ห(?=[งญนมยรลว][\u0e30-\u0e39\u0e47-\u0e4b])/g;
// ญ ending a syllable is read "n" (เจริญ "Charoen", บุญมา "Boonma"), where the romaniser writes "y"; starting one it is
// "y", which the romaniser loses after ใ (ใหญ่ "yai"): written ย.
const FINAL_YO = /(?<![เแโใไ]ห?)ญ(?=[\u0e01-\u0e2e]|$|\s)/g;
// A word ending in one of these is read "t" (ประเสริฐ "Prasert", สวัสดิ์ "Sawat", พาณิชย์ "Phanit"); the romaniser
// spells the letter ("sawas", "phanch").
const FINAL_T = /(?<=[\u0e01-\u0e3a])[จชซฎฏฐฑฒดตถทธศษส](?=\s|$)/g;

// Hangul syllables are arithmetic (U+AC00 + (initial × 21 + vowel) × 28 + final): Revised Romanization by table, with a
// final consonant read as it sounds at a word's end (빛 "bit", not any-ascii's letter-by-letter "bich"), which is how
// firms write their names (한빛 Hanbit, 대성 Daeseong/Daesung).
const KO_INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const KO_VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const KO_FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
// Before a vowel the final is carried over as the next syllable's initial (한아 "hana"): its initial-position letter.
const KO_LIAISON = ['', 'g', 'kk', 'ks', 'n', 'nj', 'nh', 'd', 'r', 'lg', 'lm', 'lb', 'ls', 'lt', 'lp', 'lh', 'm', 'b', 'bs', 's', 'ss', 'ng', 'j', 'ch', 'k', 't', 'p', 'h'];

/** Hangul in Revised Romanization, word spacing kept; other characters unchanged. */
export function koreanRomanization(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 0xac00;
    if (code < 0 || code > 11171) { out += text[i]; continue; }
    const initial = Math.floor(code / 588);
    const vowel = Math.floor((code % 588) / 28);
    const final = code % 28;
    const next = text.charCodeAt(i + 1) - 0xac00;
    const nextStartsWithVowel = next >= 0 && next <= 11171 && Math.floor(next / 588) === 11;
    out += KO_INITIALS[initial] + KO_VOWELS[vowel] + (nextStartsWithVowel && final !== 21 ? KO_LIAISON[final] : KO_FINALS[final]);
  }
  return out;
}

/**
 * Korean names in Latin letters follow Revised Romanization or McCune-Reischauer (and habit): 한빛 Hanbit / Hanpit,
 * 대구 Daegu / Taegu, 성 seong / sŏng / sung, 현대 Hyeondae / Hyundai, 조선 Joseon / Chosun. Both sides folded this way
 * agree whichever system each used; only used on a word that a Hangul name gave.
 */
export function koreanFold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/ch|j/g, 'c').replace(/k|g/g, 'k').replace(/t|d/g, 't').replace(/p|b/g, 'p').replace(/r/g, 'l').replace(/sh/g, 's')
    .replace(/eo|eu|oo|u|o/g, 'u').replace(/ae|ai|e/g, 'e').replace(/wu/g, 'u').replace(/(.)\1+/g, '$1');
}

// Singapore and Malaysian Chinese firms write the family name in Hokkien or Teochew (陈 "Tan", 林 "Lim", 黄 "Ng"), not
// in pinyin ("Chen", "Lin", "Huang"); the rest of the name is usually translated. A small table of the commonest.
const SOUTHERN_SURNAMES: Record<string, string> = {
  陈: 'tan', 陳: 'tan', 林: 'lim', 黄: 'ng', 黃: 'ng', 李: 'lee', 张: 'teo', 張: 'teo', 王: 'ong', 吴: 'goh', 吳: 'goh', 郭: 'quek', 许: 'koh',
  許: 'koh', 蔡: 'chua', 杨: 'yeo', 楊: 'yeo', 刘: 'lau', 劉: 'lau', 郑: 'tay', 鄭: 'tay', 谢: 'chia', 謝: 'chia', 洪: 'ang', 邱: 'khoo',
  庄: 'chng', 莊: 'chng', 叶: 'yap', 葉: 'yap', 何: 'ho', 梁: 'leong', 罗: 'low', 羅: 'low', 周: 'chew', 苏: 'soh', 蘇: 'soh', 萧: 'seow',
  蕭: 'seow', 潘: 'phua', 卢: 'loh', 盧: 'loh', 胡: 'oh', 沈: 'sim', 施: 'see', 柯: 'kwa', 高: 'koh', 曾: 'chan', 方: 'pang',
};

/** A name beginning with a family name (林氏兄弟…) with that name in Hokkien/Teochew ("lim 兄弟…"); otherwise unchanged. */
export function southernSurname(text: string): string {
  const t = text.trimStart();
  const read = SOUTHERN_SURNAMES[t[0]];
  return read ? ` ${read} ${t.slice(1)}` : text;
}

// Beyond the family name, Singapore, Malaysian, Indonesian and Philippine Chinese firms and people spell the whole name
// in the dialect of the founder's family (林福成 "Lim Hock Seng", 合成發 "Hup Seng Huat", 吴明发 "Goh Beng Huat"), mostly
// Hokkien or Teochew, else Cantonese or Hakka (華成 "Wah Seng", 張發 "Cheong Fatt"). The commonest characters of trade
// and given names in their usual Hokkien/Teochew spelling (keys Simplified: the name is simplified before it is read);
// any other character in Cantonese, the second most common source. Approximate by design: one character has several
// spellings ("Seng" / "Sing", "Hock" / "Hok"), which the name comparison's spelling and sound tolerance absorbs.
const SOUTHERN_SYLLABLES: Record<string, string> = Object.assign(Object.create(null), {
  福: 'hock', 成: 'seng', 合: 'hup', 发: 'huat', 兴: 'heng', 隆: 'liong', 泰: 'thye', 顺: 'soon', 丰: 'hong', 源: 'guan', 昌: 'chiang',
  和: 'hoe', 利: 'lee', 记: 'kee', 安: 'an', 华: 'hua', 新: 'sin', 金: 'kim', 益: 'aik', 美: 'bee', 德: 'tek', 光: 'kong', 明: 'beng',
  生: 'seng', 胜: 'seng', 盛: 'seng', 元: 'guan', 春: 'choon', 锦: 'kim', 荣: 'eng', 裕: 'joo', 万: 'ban', 长: 'tiong', 海: 'hai',
  山: 'san', 建: 'kian', 联: 'lian', 友: 'yew', 信: 'sin', 吉: 'kiat', 祥: 'siang', 永: 'eng', 大: 'tai', 庆: 'keng', 宝: 'poh',
  通: 'thong', 东: 'tong', 南: 'lam', 亚: 'ah', 协: 'hiap', 仁: 'jin', 振: 'chin', 义: 'gee', 达: 'tat', 鸿: 'hong', 泉: 'chuan',
  宏: 'hong', 天: 'thian', 国: 'kok', 民: 'bin', 强: 'kiong', 香: 'hiang', 亨: 'heng', 嘉: 'kah', 进: 'chin', 贤: 'hian', 龙: 'leong',
  凤: 'hong', 玉: 'giok', 珍: 'tin', 秀: 'siew', 英: 'eng', 瑞: 'sui', 财: 'chye', 富: 'hoo', 贵: 'kwee', 寿: 'siew', 喜: 'hee',
  乐: 'lok', 平: 'peng', 正: 'cheng', 中: 'tiong', 侨: 'kiow', 城: 'seng', 家: 'kah', 川: 'chuan', 志: 'chee', 伟: 'wee', 文: 'boon',
  武: 'boo', 忠: 'tiong', 清: 'cheng', 辉: 'hui', 水: 'chwee', 木: 'bok', 火: 'hoay', 土: 'thor', 石: 'chioh',
  恒: 'heng', 丽: 'lee', 亮: 'liang', 宁: 'leng', 俊: 'choon', 杰: 'kiat', 雄: 'hiong', 耀: 'yew',
  松: 'siong', 竹: 'tek', 梅: 'buay', 庄: 'chng', 号: 'ho', 行: 'hang', 栈: 'chan', 公: 'kong', 司: 'si', 仔: 'ah',
});

/** One character's Hokkien/Teochew spelling where the tables have one (林 "lim", 福 "hock"; keys Simplified). */
export function southernSpelling(char: string): string | undefined {
  return SOUTHERN_SURNAMES[char] ?? SOUTHERN_SYLLABLES[char];
}

/** Chinese characters as Singapore's and Malaysia's Chinese spell names: the dialect table, else Cantonese, one word a character. */
export function southernReading(text: string, familyName = false): string {
  let out = '';
  const simplified = toSimplified(text);
  for (const [i, char] of [...simplified].entries()) {
    const family = familyName && i === 0 ? SOUTHERN_SURNAMES[char] : undefined;
    if (family) { out += ` ${family} `; continue; }
    const known = SOUTHERN_SYLLABLES[char];
    out += known ? ` ${known} ` : /[\u3400-\u9fff]/.test(char) ? ` ${cantonese(char)} ` : char;
  }
  return out.replace(/\s+/g, ' ').trim();
}
