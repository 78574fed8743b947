import { personNameTokens } from './similarity';

/**
 * The most frequent family names (and, where one given name is worn by a large share of men, that given name) of the
 * cultures the tuning sets meet: a person so named at two firms is a namesake about as often as the same buyer
 * (Kim Min-su in Seoul, Mohamed Abdel Aziz in Cairo, Дмитрий Кузнецов in Russia). Written as people write them; read
 * through personNameTokens, so the Cyrillic, Greek and Latin spellings of one name meet in one key.
 */
const COMMON_WRITTEN = [
  // Korean (about half the country: 김 이 박 최 정)
  'Kim', 'Gim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jeong', 'Jung', 'Chung',
  // Japanese
  'Sato', 'Satou', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato',
  // Chinese (mainland and dialect spellings)
  'Wang', 'Wong', 'Li', 'Zhang', 'Cheung', 'Chang', 'Liu', 'Lau', 'Chen', 'Chan', 'Tan', 'Yang', 'Huang', 'Zhao',
  // Vietnamese
  'Nguyen', 'Tran', 'Le', 'Pham',
  // Arabic given names worn by a large share of men, and the commonest family names
  'Mohamed', 'Mohammed', 'Muhammad', 'Mohammad', 'Ahmed', 'Ahmad', 'Mahmoud', 'Abdel Aziz', 'Abdelaziz', 'Abdulaziz',
  // Russian, Ukrainian
  'Ivanov', 'Ivanova', 'Smirnov', 'Smirnova', 'Kuznetsov', 'Kuznetsova', 'Popov', 'Popova', 'Kovalenko', 'Shevchenko',
  // Greek, Turkish
  'Papadopoulos', 'Papadopoulou', 'Yilmaz', 'Kaya', 'Demir',
  // South Asian
  'Kumar', 'Singh', 'Patel', 'Khan',
];

const COMMON = new Set(COMMON_WRITTEN.flatMap((w) => personNameTokens(w)).filter((t) => t.length >= 2));

// A Korean card in Hangul writes its family name as the first syllable, run on to the given name (김민수 "Kim Min-su"),
// which the Latin reading cannot part: the commonest five by their syllable.
const COMMON_HANGUL_FAMILIES = new Set(['김', '이', '박', '최', '정']);
const hangulOnly = (name: string) => name.replace(/[^\uac00-\ud7af]/g, '');

/** A person's name with a word among the commonest names of its culture (a namesake is likely): "Kim Min-su", "田中", 김민수. */
export function isCommonPersonName(name: string): boolean {
  const hangul = hangulOnly(name);
  if (hangul.length >= 2 && hangul.length <= 4 && COMMON_HANGUL_FAMILIES.has(hangul[0])) return true;
  return personNameTokens(name).some((t) => COMMON.has(t));
}
