import anyAscii from 'any-ascii';
import iconv from 'iconv-lite';
import type * as PinyinPro from 'pinyin-pro';
import { loadWhenUsed } from '../text/load-when-used';
import { cantoneseSyllables, southernSpelling, wadeGilesSyllable } from './romanize';
import { PERSON_TITLES, hongKongSpelling } from './similarity';

// One Chinese person, two Latin spellings: 陳志明 is "Chen Zhiming" where a mainland rep typed the pinyin and "Chan Chi
// Ming" on the Hong Kong card; 林偉明 "Lin Weiming" and "Lim Wei Ming" (Singapore: the family name in Hokkien); 許家豪
// "Xu Jiahao" and "Hsu Chia-Hao" (Taiwan). With no characters on either side, two syllables can be one character when
// some common character reads as the one in Mandarin and as the other in Cantonese, Hokkien or Wade-Giles. Many do
// (王 and 黃 are both "Wong"), so this is only for a person's whole name, never a firm's: every syllable must agree, in
// order, the family name included.

const pinyinPro = loadWhenUsed<typeof PinyinPro>('pinyin-pro');

type Syllables = { readings: Map<string, Set<string>>; pinyin: Set<string>; dialect: Set<string>; surnames: Set<string> };
let table: Syllables | undefined;

// Family names as Chinese cards spell them: the commonest hundred, in every reading below.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤庄洪柯翁施甘';

const fold = (syllable: string) => hongKongSpelling(syllable.toLowerCase());

/**
 * A Cantonese syllable as romanise.ts spells it and its other Hong Kong spellings: 志 "chze" is "Chi" or "Tsz" on
 * cards, 思 "sze" also "Si", 嘉 "kah" (Malaysia) "Ka" in Hong Kong, 曾 "chang" "Tsang".
 */
const hongKongForms = (s: string) => [...new Set([s, s.replace(/^chze$/, 'chi'), s.replace(/^chze$/, 'tsz'), s.replace(/^sze$/, 'si'), s.replace(/ah$/, 'a'), s.replace(/^ch/, 'ts')])];

/**
 * GB2312's first level: the 3,755 characters of everyday Chinese, which hold nearly every character of a name; the rare
 * ones beyond would only let more unrelated syllables meet.
 */
function commonCharacters(): string[] {
  const bytes: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= (hi === 0xd7 ? 0xf9 : 0xfe); lo++) bytes.push(hi, lo);
  return [...iconv.decode(Buffer.from(bytes), 'gb2312')].filter((c) => /[\u4e00-\u9fff]/.test(c));
}

function buildTable(): Syllables {
  const readings = new Map<string, Set<string>>();
  const pinyin = new Set<string>();
  const dialect = new Set<string>();
  const surnames = new Set<string>();
  const surnameChars = new Set(SURNAMES);
  for (const char of commonCharacters()) {
    const mandarin = (pinyinPro().pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: false }) as string[])
      .map((p) => p.replace(/ü/g, 'u')).filter((p) => /^[a-z]+$/.test(p));
    const southern = southernSpelling(char);
    const spelt = [...cantoneseSyllables(char).flatMap(hongKongForms), ...(southern ? [southern] : [])];
    for (const m of mandarin) {
      const key = fold(m);
      pinyin.add(key);
      const set = readings.get(key) ?? new Set<string>();
      for (const d of [...spelt, wadeGilesSyllable(m)].map(fold)) { set.add(d); dialect.add(d); }
      readings.set(key, set);
      if (surnameChars.has(char)) { surnames.add(key); for (const d of set) surnames.add(d); }
    }
  }
  return { readings, pinyin, dialect, surnames };
}

const syllables = () => (table ??= buildTable());

/** The Mandarin syllables of everyday characters in pinyin without tones ("zhen", "xing", "lv" as "lu"). */
export const pinyinSyllables = (): ReadonlySet<string> => syllables().pinyin;

/** The ways a written word splits into syllables of one set ("zhiming" → zhi ming); a lone vowel ("Maria": ma ri a) is none. */
function splits(word: string, set: Set<string>, limit = 4): string[][] {
  if (!word) return [[]];
  const out: string[][] = [];
  for (let n = Math.min(6, word.length); n >= 2 && out.length < limit; n--) {
    const head = word.slice(0, n);
    if (!set.has(head)) continue;
    for (const rest of splits(word.slice(n), set, limit)) if (out.length < limit) out.push([head, ...rest]);
  }
  return out;
}

/** A name's syllables in one system, the family name first: as written, and with the last word moved to the front ("Zhiming Chen"). */
function sequences(words: string[], set: Set<string>): string[][] {
  const orders = words.length > 1 ? [words, [words[words.length - 1], ...words.slice(0, -1)]] : [words];
  const out: string[][] = [];
  for (const order of orders) {
    let partial: string[][] = [[]];
    for (const w of order) partial = partial.flatMap((p) => splits(w, set).map((s) => [...p, ...s])).slice(0, 16);
    out.push(...partial);
  }
  return out;
}

const TITLES = new Set<string>([...PERSON_TITLES, 'madam']);

/** The words of a Latin-written name, folded as the table is; none when it is not all Latin letters. */
function nameWords(name: string): string[] {
  if (/(?!\p{Script=Latin})\p{L}/u.test(name)) return [];
  return anyAscii(name).toLowerCase().split(/[^a-z]+/).filter((w) => w && !TITLES.has(w)).map(fold);
}

/**
 * Whether two Latin-written names can be one Chinese name, one spelt in pinyin and the other in a dialect's spelling
 * (`dialectName`, the one from Hong Kong, Macau, Taiwan or the Chinese of Southeast Asia): same number of syllables, the
 * first a family name, each pair a reading of one common character, and not the same spelling throughout (that is for
 * the ordinary comparison).
 */
export function pinyinAndDialectAgree(pinyinName: string, dialectName: string): boolean {
  const a = nameWords(pinyinName);
  const b = nameWords(dialectName);
  if (a.length < 2 || b.length < 2 || a.join('') === b.join('')) return false;
  const { readings, pinyin, dialect, surnames } = syllables();
  const ofA = sequences(a, pinyin);
  if (!ofA.length) return false;
  const ofB = sequences(b, dialect);
  return ofA.some((x) => ofB.some((y) => x.length === y.length && x.length >= 2 && surnames.has(x[0]) && surnames.has(y[0])
    && x.some((s, i) => s !== y[i]) && x.every((s, i) => s === y[i] || !!readings.get(s)?.has(y[i]))));
}
