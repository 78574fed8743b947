import anyAscii from 'any-ascii';
import { dropArabicArticle, readAbjads } from './abjad';
import { readJapaneseWords } from './japanese';
import { readJapanesePerson } from './japanese-person-names';
import { readMyanmarWords } from './myanmar';
import { readKhmerWords } from './khmer';
import { cantonese, koreanFold, koreanRomanization, southernReading, southernSurname, wadeGiles } from './romanize';
import { PERSON_TITLES, personInitials, personNameMatch, personNameTokens } from './similarity';
import { thaiPersonWords } from './thai-names';
import { pinyinAndDialectAgree } from './dialect-names';
import { generationsDiffer } from './generation-suffix';
import { initialsClashGivenNames } from './given-initials';
import { abjadOtherReading } from './abjad-other-readings';
import { cantoneseAddressedFamily } from './cantonese-address';

/** A contact person as the matcher compares them: the name as typed and its folded readings (several for Chinese characters). */
export type PreparedContact = {
  name: string; readings: string[][];
  /** A contact of Hong Kong, Macau, Taiwan or Southeast Asia's Chinese: a Latin name may be the dialect's spelling of one in pinyin. */
  dialect?: boolean;
  /**
   * A Thai contact's words as Thai consonant skeletons (thai-names.ts): compared only with another's skeletons, word for
   * word, since the fuzzy comparison of readings would let two skeletons meet ordinary spellings.
   */
  thai?: string[];
  /**
   * A Japanese contact in kanji whose given name japanese-person-names.ts cannot read: the family name as romaji
   * ("kobaiashi" for 小林隼). Against a Latin card that has it, a part of the name agrees. (A given name it reads decides:
   * 中村正夫 is not "Takeshi Nakamura".)
   */
  japaneseFamily?: string;
  /** The one-letter words of a name in Latin, Cyrillic or Greek ("J. Smith", "Ахмедов Р.М."), folded; left off when none. */
  initials?: string[];
};

/**
 * How the area writes Chinese names in Latin letters: Cantonese (Hong Kong, Macau), Hokkien family names (Singapore,
 * Malaysia), Wade-Giles (Taiwan), Japanese; Korean names in either romanization (a Korean record's contact, Hangul or
 * Latin); Thai names in any of their spellings (a Thai record's contact, Thai script or Latin).
 */
export type ContactArea = { cantonese?: boolean; southern?: boolean; japanese?: boolean; korean?: boolean; wadeGiles?: boolean; thai?: boolean };

const HAN = /[\u3400-\u9fff]/;
/** Arabic ابن / بن "son of" as readings and spellings write it ("bn" letter by letter). */
const SON_OF = new Set(['ben', 'bin', 'ibn', 'bn']);
const ABJAD = /[\u0590-\u05ff\u0600-\u06ff]/;
const HANGUL = /[\uac00-\ud7af]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const THAI = /[\u0e00-\u0e7f]/;
const MYANMAR = /[\u1000-\u109f]/;
const KHMER = /[\u1780-\u17ff]/;

/**
 * 陳志明 is "Chan Chi Ming" on a Hong Kong card and "Chen Zhiming" on a mainland one; 林 is "Lim" in Singapore; 田中 is
 * "Tanaka" in Japan. The Mandarin reading is always kept (mainland staff work everywhere), the area's reading added.
 */
export function prepareContact(name: string, area: ContactArea): PreparedContact {
  const readings = [personNameTokens(name)];
  // Arabic and Hebrew also read with the vowels they write (يوسف "yusuf", כהן "kehn"); letter by letter (דוד "dvd") stays,
  // since ו is a vowel in יוסי and a consonant in דוד.
  if (ABJAD.test(name)) readings.push(personNameTokens(readAbjads(dropArabicArticle(name))));
  if (ABJAD.test(name)) readings.push(personNameTokens(abjadOtherReading(dropArabicArticle(name)) ?? ''));
  // Cyrillic Ж and Е as Central Asian, Caucasian and passport spellings write them (Жанибеков Ерлан / "Yerlan
  // Janibekov", Джаксыбеков / "Jaksybekov").
  if (CYRILLIC.test(name)) {
    const passport = anyAscii(name.replace(/[ьъЬЪ]/g, '')).replace(/dzh|zh/gi, 'j').replace(/(^|[^a-z])e/gi, '$1ye');
    readings.push(personNameTokens(passport));
  }
  // Burmese as Myanmar cards spell its syllables (ဦးကျော်မင်း "U Kyaw Min"); the letter-by-letter reading meets none.
  if (MYANMAR.test(name)) readings.push(personNameTokens(readMyanmarWords(name)));
  // Khmer likewise (សុខ ដារា "Sok Dara").
  if (KHMER.test(name)) readings.push(personNameTokens(readKhmerWords(name)));
  const japanese = area.japanese && HAN.test(name) ? readJapanesePerson(name) : undefined;
  if (HAN.test(name)) {
    if (area.cantonese) readings.push(personNameTokens(cantonese(name)));
    const addressed = area.cantonese ? cantoneseAddressedFamily(name) : undefined;
    if (addressed) readings.push(personNameTokens(cantonese(addressed)), personNameTokens(addressed));
    if (area.wadeGiles) readings.push(personNameTokens(wadeGiles(name)));
    if (area.southern) {
      // Singapore's and Malaysia's Chinese: the family name in Hokkien ("Lim"), the given name in the family's dialect
      // (吴明发 "Goh Beng Huat") or in Cantonese (張家偉 "Cheong Kah Wai").
      readings.push(personNameTokens(southernSurname(name)), personNameTokens(southernReading(name, true)));
      if (!area.cantonese) readings.push(personNameTokens(cantonese(name)));
    }
    if (area.japanese) readings.push(personNameTokens(japanese?.whole ?? readJapaneseWords(name)));
  }
  // "Son of" written apart in Arabic (كريم بن علي, "Sami Ben Salah") and as one family name in the Maghreb's French
  // spelling ("Karim Benali", "Bensalah"): the particle also read run on to the word after it.
  for (const r of [...readings]) {
    const i = r.findIndex((w, k) => SON_OF.has(w) && k + 1 < r.length);
    if (i >= 0) readings.push([...r.slice(0, i), `ben${r[i + 1]}`, ...r.slice(i + 2)]);
  }
  // a Korean contact is also read Korean-levelled (이정훈 / "Lee Jung-hoon"); the other side needs the same reading, so
  // a Latin-written contact of a Korean record gets one too
  if (area.korean || HANGUL.test(name)) readings.push(koreanPersonWords(name));
  // Readings that come out alike are compared once.
  const seen = new Set<string>();
  const dialect = area.cantonese || area.southern || area.wadeGiles ? { dialect: true } : {};
  // a Thai contact as its consonants (สมชาย ใจดี / "Somchai Jaidee", ธนพล / "Thanaphon" / "Thanapol"), either script
  const thai = area.thai || THAI.test(name) ? { thai: thaiPersonWords(name) } : {};
  const japaneseFamily = japanese && !japanese.whole ? { japaneseFamily: personNameTokens(japanese.family).join('') } : {};
  const initials = personInitials(name);
  return { name, readings: readings.filter((r) => r.length > 0 && !seen.has(r.join(' ')) && !!seen.add(r.join(' '))), ...dialect, ...thai, ...japaneseFamily,
    ...(initials.length ? { initials } : {}) };
}

// Korean family names as their bearers write them in Latin letters (이 "Lee", not Revised Romanization's "I"; 박 "Park",
// not "Bak"; 최 "Choi", not "Choe"); the given name follows the syllables, which koreanFold then levels.
const KOREAN_SURNAMES: Record<string, string> = {
  이: 'lee', 리: 'lee', 김: 'kim', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim', 한: 'han',
  오: 'oh', 서: 'seo', 신: 'shin', 권: 'kwon', 황: 'hwang', 안: 'ahn', 송: 'song', 류: 'ryu', 유: 'yoo', 홍: 'hong', 전: 'jeon', 고: 'ko',
  문: 'moon', 양: 'yang', 손: 'son', 배: 'bae', 백: 'baek', 허: 'heo', 남: 'nam', 노: 'noh', 하: 'ha', 곽: 'kwak', 성: 'sung', 차: 'cha',
  주: 'joo', 우: 'woo', 구: 'koo', 민: 'min', 진: 'jin', 나: 'na', 지: 'ji', 엄: 'eom', 채: 'chae', 원: 'won', 천: 'chun', 방: 'bang',
  공: 'kong', 현: 'hyun', 함: 'ham', 변: 'byun', 염: 'yeom', 여: 'yeo', 추: 'choo', 도: 'do', 석: 'seok', 선: 'sun', 설: 'seol', 마: 'ma',
  길: 'gil', 연: 'yeon', 위: 'wi', 표: 'pyo', 명: 'myung', 기: 'ki', 반: 'ban', 왕: 'wang', 금: 'keum', 옥: 'ok', 육: 'yook', 인: 'in',
  맹: 'maeng', 제: 'je', 모: 'mo', 탁: 'tak', 국: 'kook', 어: 'eo', 은: 'eun', 편: 'pyeon', 용: 'yong', 예: 'ye', 봉: 'bong', 경: 'kyung',
};
const KOREAN_DOUBLE_SURNAMES = new Set(['남궁', '선우', '제갈', '황보', '독고', '사공', '서문']);
// Titles only: the other honorifics of similarity.ts are Korean syllables too ("ji" in Park Ji-sung).
const TITLES = new Set<string>([...PERSON_TITLES, 'prof']);

/**
 * A Korean person's name as words koreanFold has levelled: Hangul by syllables (family name in its usual spelling), Latin
 * as written ("Lee Jung-hoon", "Yoon Seokmin"). 이정훈 and "Lee Jung-hoon" then both read "le cunk hun".
 */
function koreanPersonWords(name: string): string[] {
  const hangul = name.replace(/[^\uac00-\ud7af]/g, '');
  if (hangul.length >= 2) {
    const double = KOREAN_DOUBLE_SURNAMES.has(hangul.slice(0, 2)) && hangul.length >= 3;
    const family = double ? koreanRomanization(hangul.slice(0, 2)) : (KOREAN_SURNAMES[hangul[0]] ?? koreanRomanization(hangul[0]));
    const given = [...hangul.slice(double ? 2 : 1)].map((syllable) => koreanRomanization(syllable));
    return [family, ...given].map(koreanFold).filter((w) => w.length > 0);
  }
  return anyAscii(name).toLowerCase().split(/[^a-z]+/)
    .filter((w) => w.length > 0 && !TITLES.has(w)).map(koreanFold);
}

/**
 * Two Thai names as skeletons: every word of one equal to a word of the other, in any order, is the whole name (two
 * words at least), one word alone against a name that has it ("Somchai" / สมชาย ใจดี) a part.
 */
function sameThaiWords(a: string[], b: string[]): 'full' | 'partial' | 'none' {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const left = [...long];
  const matched = short.filter((w) => {
    const i = left.indexOf(w);
    if (i >= 0) left.splice(i, 1);
    return i >= 0;
  }).length;
  if (matched === short.length && matched >= 2) return 'full';
  return matched === 1 && short.length === 1 ? 'partial' : 'none';
}

/** A kanji contact's family name among the words of a contact written otherwise (小林浩 / "Yutaka Kobayashi"). */
const japaneseFamilyIn = (kanji: PreparedContact, other: PreparedContact) =>
  !!kanji.japaneseFamily && !other.japaneseFamily && other.readings.some((r) => r.includes(kanji.japaneseFamily!));

/**
 * "J. Smith" / "John Smith", "Ахмедов Р.М." / "Rustam Akhmedov", "I. Karagiannis" / "Yiannis Karagiannis": every word
 * `x` writes out is a word of `y` (as folded, not merely alike: "Ахмедов Р.М." is not "Ахметов Руслан"), and each word of `y` left over begins with one of x's initials (a patronymic's or
 * middle name's initial may have no word on the other side). The whole name, as far as both wrote it. With nothing left
 * over ("J. Smith" / "Smith"), the same initials on both sides.
 */
function initialsAgree(x: PreparedContact, rx0: string[], y: PreparedContact, ry: string[]): boolean {
  // a reading that kept the initials as words (the Korean-levelled one: "Y.S. Choi" "y s cui") writes out the rest only
  const rx = x.initials ? rx0.filter((w) => w.length > 1) : rx0;
  if (!x.initials || !rx.length) return false;
  const left = [...ry];
  for (const w of rx) {
    // written out, exactly (as folded): with only an initial beside it, "Akhmedov" must not be "Akhmetov"
    const i = left.indexOf(w);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  if (!left.length) return !!y.initials && y.initials.join('') === x.initials.join('');
  const initials = [...x.initials];
  return left.every((u) => {
    // the initial as folded ("Y." is "i", as "Yong" is "iong"), against a reading that did not fold (Korean "yunk")
    const i = initials.indexOf(/^[yj]/.test(u) ? 'i' : u[0] === 'w' ? 'v' : u[0]);
    if (i >= 0) initials.splice(i, 1);
    return i >= 0;
  });
}

/** Both written with initials and none in common: "J. Smith" and "A. Smith" are two people, whatever else agrees. */
const initialsClash = (x: PreparedContact, y: PreparedContact) => !!x.initials && !!y.initials && !x.initials.some((i) => y.initials!.includes(i));

/** The best agreement between two records' contact people, with the pair that showed it. */
export function matchContacts(a: PreparedContact[], b: PreparedContact[]): { kind: 'full' | 'partial' | 'none'; pair?: [string, string] } {
  let partial: [string, string] | undefined;
  for (const ca of a) for (const cb of b) {
    // Two Thai names meet as Thai consonants only: the fuzzy comparison of Latin readings calls "Prasert" (ประเสริฐ)
    // "Prasit" (ประสิทธิ์) and "Wichai" "Wichit", other names that share their first letters.
    if (ca.thai && cb.thai) continue;
    // father and son (see generation-suffix.ts)
    if (generationsDiffer(ca.name, cb.name)) continue;
    for (const ra of ca.readings) for (const rb of cb.readings) {
      // "H. Abdul Rahman" / "S. Abdul Rahman": one family name, two people by their initials.
      const m = initialsClash(ca, cb) && personNameMatch(ra, rb) === 'full' ? 'partial' : personNameMatch(ra, rb);
      // (initials kept as words, "y s cui", leave the words' match at none: the initials decide there too)
      if (m === 'full' || ((m === 'partial' || (m === 'none' && !!(ca.initials || cb.initials))) && (initialsAgree(ca, ra, cb, rb) || initialsAgree(cb, rb, ca, ra)))) return { kind: 'full', pair: [ca.name, cb.name] };
      // (not where one card's initials begin none of the given names the other writes out: see given-initials.ts)
      if (m === 'partial' && !initialsClashGivenNames(ca.name, ca.initials, ra, rb) && !initialsClashGivenNames(cb.name, cb.initials, rb, ra)) partial ??= [ca.name, cb.name];
    }
  }
  for (const ca of a) for (const cb of b) {
    // Both in Latin letters, one in pinyin, the other as Hong Kong, Taiwan or Singapore spell it ("Chen Zhiming" / "Chan Chi Ming").
    if ((cb.dialect && pinyinAndDialectAgree(ca.name, cb.name)) || (ca.dialect && pinyinAndDialectAgree(cb.name, ca.name))) return { kind: 'full', pair: [ca.name, cb.name] };
    const thai = ca.thai && cb.thai ? sameThaiWords(ca.thai, cb.thai) : 'none';
    if (thai === 'full') return { kind: 'full', pair: [ca.name, cb.name] };
    if (thai === 'partial') partial ??= [ca.name, cb.name];
    if (japaneseFamilyIn(ca, cb) || japaneseFamilyIn(cb, ca)) partial ??= [ca.name, cb.name];
  }
  return partial ? { kind: 'partial', pair: partial } : { kind: 'none' };
}
