import anyAscii from 'any-ascii';
import { jaroWinkler } from '../normalize/jaro-winkler';
import { consonantClasses, soundSkeleton } from './sound-skeleton';
import { dropArabicArticle } from './abjad';
import { GIVEN_NAME_FORMS } from './given-name-forms';
import { SHORT_NAME_FORMS } from './short-name-forms';

export { jaroWinkler };

/** pg_trgm's trigram set: each word padded with two spaces in front and one behind. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm `similarity()`: shared trigrams over all trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

// "Ah" (亚/阿) is the familiar prefix of Southern Chinese given names ("Tan Ah Hock", "Lim Ah Kow"): shared by many, it
// tells no one apart.
/** The titles before a person's name in Latin letters that every reading of a contact leaves out (each adds its own). */
export const PERSON_TITLES = ['mr', 'mrs', 'ms', 'miss', 'dr'] as const;
// Malay and Indonesian address a man as "Encik" or "Pak"/"Bapak", a woman as "Ibu"/"Puan"; Amharic as "Ato"/"Woizero".
// West Africa's "Alhaji", "Alhaja", "Chief" and "Engr", Thai "Khun", Burmese "Daw", French "Mme", Spanish "Sra", German
// "Herr" and "Frau" stand before a name the same way; Turkish "Bey", "Hanım" and "Efendi" after the given name ("Hasan Bey").
const HONORIFICS = new Set<string>(['ah', ...PERSON_TITLES, 'prof', 'sir', 'madam', 'bhai', 'ji', 'san', 'sama', 'jr', 'sr', 'eng', 'ing', 'sheikh',
  'encik', 'pak', 'bapak', 'ibu', 'puan', 'ato', 'woizero', 'alhaji', 'alhaja', 'hajia', 'haji', 'hajji', 'chief', 'engr', 'khun', 'daw', 'mme', 'mlle',
  'sra', 'srta', 'herr', 'frau', 'bey', 'hanim', 'efendi']);
// Not "le": Lê is the second family name of Vietnam ("Lê Minh Đức" and "Nguyễn Minh Đức" are two people).
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'da', 'del', 'von', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'vd', 'di', 'la', 'dos', 'das']);

/** One Cantonese syllable's Hong Kong spellings as one (Chow / Chau, Cheong / Cheung, Lee / Lei), as a Cantonese reading writes it. */
export const hongKongSpelling = (t: string) => t.replace(/eong/g, 'eung').replace(/ee$/, 'ei').replace(/ow$/, 'au');

const HAN_TITLE = /(?<=[\u3400-\u9fff])(?:先生|小姐|女士|太太|总经理|總經理|经理|經理|老板|老闆|总|總|様|さん)$/;

/** Person name folded for transliteration variants: Алексей = Aleksey = Alexey, Mohammed = Mohamed, 陈莉莉 = Chen Lili. */
export function personNameTokens(name: string): string[] {
  // The Arabic article is part of the written word (الرشيد); Latin spellings detach or drop it ("Al Rasheed").
  // One Chinese character is one syllable, a word of the name: 刘洋 is "Liu Yang", not "Liuyang", so that it is not
  // 刘芳 "Liu Fang" by a shared family name at the front of one long word.
  // A Chinese title after the family name (吳先生 Mr. Wu, 李小姐 Ms. Li, 陈总 boss Chen, 张经理 manager Zhang, 田中様) is no
  // part of it: the family name alone is left, a part of the whole name another record writes.
  const untitled = name.normalize('NFKC').trim().replace(HAN_TITLE, '');
  const spaced = untitled.replace(/(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])/g, ' ');
  // The soft and hard signs read as apostrophes ("Koval'chuk", "Natal'ia"), a word break below: Latin spellings leave them out.
  const ascii = anyAscii(dropArabicArticle(spaced.replace(/[ьъЬЪ]/g, ''))).toLowerCase();
  return ascii
    .split(/[^a-z]+/)
    .filter((t) => t.length > 1 && !HONORIFICS.has(t) && !PARTICLES.has(t))
    .map((t) => {
      const folded = foldPersonWord(t);
      return givenNameForm.get(folded) ?? folded;
    });
}

// A name written in Latin, Cyrillic or Greek letters only: its one-letter words are initials ("J. Smith", "Ахмедов Р.М.").
const INITIALS_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s.,'’-]+$/u;

/** A person's initials, folded as personNameTokens folds the words they stand for ("J. Smith" → ["i"], as "John" → "iohn"). */
export function personInitials(name: string): string[] {
  const text = name.normalize('NFKC');
  if (!INITIALS_SCRIPT.test(text)) return [];
  return anyAscii(text.replace(/[ьъЬЪ]/g, '')).toLowerCase().split(/[^a-z]+/).filter((t) => t.length === 1).map((t) => foldPersonWord(t)[0]);
}

/** One word of a person's name with the transliteration variants levelled ("Aleksey" / "Alexey" both "aleksei"). */
function foldPersonWord(t: string): string {
  return hongKongSpelling(t)
    .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/w/g, 'v')
    .replace(/[yj]/g, 'i').replace(/ou/g, 'u').replace(/(.)\1+/g, '$1');
}

/** Each folded form of a given name (given-name-forms.ts) to its line's first form, folded: "olena" → "elena". */
const givenNameForm = new Map(GIVEN_NAME_FORMS.flatMap((forms) => {
  const common = foldPersonWord(forms[0].toLowerCase());
  return forms.map((f) => [foldPersonWord(f.toLowerCase()), common] as const);
}));

/** Each folded short form of a given name (short-name-forms.ts) to the folded full names it may stand for: "iim" → {"iames"}. */
const fullNamesOf = new Map<string, Set<string>>();
for (const [full, ...short] of SHORT_NAME_FORMS) {
  const folded = personNameTokens(full)[0];
  for (const s of short) {
    const key = personNameTokens(s)[0];
    if (!key || !folded || key === folded) continue;
    if (!fullNamesOf.has(key)) fullNamesOf.set(key, new Set());
    fullNamesOf.get(key)!.add(folded);
  }
}

/** One word a pet name or short form of the other ("Jim" / "James", "Chucho" / "Jesús"). */
const shortFormOf = (t: string, u: string) => !!fullNamesOf.get(t)?.has(u) || !!fullNamesOf.get(u)?.has(t);

/**
 * A Spanish family name in ending -ez as Mexican and Spanish cards cut it ("Mtz." Martínez, "Hdez." Hernández, "Glez."
 * González, "Rguez." Rodríguez, "Fdez." Fernández): the first letter and the closing z kept, some letters between in
 * order, the word at least three letters shorter.
 */
function cutSurname(t: string, u: string): boolean {
  const [short, long] = t.length < u.length ? [t, u] : [u, t];
  if (short.length < 3 || long.length < short.length + 3 || !short.endsWith('z') || !/[eu]z$/.test(long) || short[0] !== long[0]) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** أحمد حسن is written without vowels ("hmd hsn"): it meets "Ahmed Hassan" on the consonants. */
function sameConsonants(t: string, u: string): boolean {
  const st = soundSkeleton(t);
  if (st !== soundSkeleton(u)) return false;
  // Two consonants: one side written without vowels ("hsn"), or both words long enough not to be chance ("kehn" / "cohen"),
  // or a short abjad reading that wrote only its long vowel against a full Latin spelling (السيد "sid" / "Sayed",
  // السبيعي "sbi" / "Subaie").
  const short = Math.min(t.length, u.length);
  const vowelled = /[aeiou]/.test(t) && /[aeiou]/.test(u);
  // Both spelt with their vowels, the consonants must come as often on each side: the skeleton runs "Yamamoto" (m-m-t)
  // into "Yamada" (m-d), two family names; a letter written double ("Mohammed" / "Muhamad") is one consonant.
  if (vowelled && consonantRun(t) !== consonantRun(u)) return false;
  return st.length >= 3 || (st.length === 2 && (!vowelled || short >= 4 || (short === 3 && Math.max(t.length, u.length) >= 5)));
}

/** The skeleton of a word with its doubled letters written once, each consonant between vowels kept ("yamamoto" "mmt"). */
const consonantRun = (t: string) => consonantClasses(t.replace(/(.)\1+/g, '$1'));

function permutations(tokens: string[]): string[] {
  if (tokens.length <= 1) return [tokens.join('')];
  if (tokens.length > 3) return [tokens.join(''), [...tokens].reverse().join(''), [...tokens].sort().join('')];
  return tokens.flatMap((t, i) => permutations([...tokens.slice(0, i), ...tokens.slice(i + 1)]).map((rest) => t + rest));
}

/**
 * How well two contact names agree: 'full' (the whole name, any order or spacing), 'partial' (one name is only a
 * first or last name that the other contains) or 'none'.
 */
export function personNameMatch(a: string[], b: string[]): 'full' | 'partial' | 'none' {
  const ab = personNameMatchOneWay(a, b);
  if (ab === 'full') return ab;
  const ba = personNameMatchOneWay(b, a);
  return ba === 'full' || ab === 'none' ? ba : ab;
}

function personNameMatchOneWay(a: string[], b: string[]): 'full' | 'partial' | 'none' {
  if (a.length === 0 || b.length === 0) return 'none';
  const ca = a.join('');
  const cb = b.join('');
  // Spacing differs ("Wu Jianhua" / "Wu Jian Hua", 周芳 read as one word): the whole name, joined, decides. With as many
  // words on each side the words decide instead: joined, a long shared family name hides another given name
  // ("Yamada Taro" / "Yamada Hao").
  const spacing = a.length !== b.length || a.length < 2;
  // Of about one length: joined, "Chen Zhiming" is not "Chen Ming" because the family name starts both.
  const alike = Math.min(ca.length, cb.length) / Math.max(ca.length, cb.length) >= 0.85;
  if (spacing && alike && ca.length >= 6 && cb.length >= 6 && permutations(b).some((p) => jaroWinkler(ca, p) >= 0.93)) return 'full';
  // Each word of b answers for one word of a only: "Wang Fang" is not "Wang Wei" because both Wang and Fang resemble Wang.
  const used = new Set<number>();
  const matched = a.filter((t) => {
    const k = b.findIndex((u, i) => !used.has(i) && (t === u || (t.length >= 4 && jaroWinkler(t, u) >= 0.9) || sameConsonants(t, u) || shortFormOf(t, u) || cutSurname(t, u)));
    if (k >= 0) used.add(k);
    return k >= 0;
  });
  // Three-word names that differ in one whole word are two people sharing two ("Le Minh Duc" / "Nguyen Minh Duc").
  if (matched.length >= 2 && (a.length < 3 || b.length < 3 || matched.length >= 3)) return 'full';
  if (matched.length >= 2) return 'partial';
  if (matched.length === 1 && (a.length === 1 || b.length === 1)) return 'partial';
  return 'none';
}
