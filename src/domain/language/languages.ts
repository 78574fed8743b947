import { lookupTable } from '../text/lookup-table';
/** The buyer languages Quayside recognises, as ISO 639-1 codes. */
export const SUPPORTED_LANGUAGES = [
  'en', 'zh', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'tr', 'it', 'pl', 'id', 'vi', 'ja', 'ko', 'nl',
] as const;

/** One of {@link SUPPORTED_LANGUAGES}. */
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];

/** What detection returns: a supported language, or `und` when there is nothing to go on. */
export type DetectedLanguage = LanguageCode | 'und';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** franc speaks ISO 639-3; these are the codes of our 16 (Mandarin for zh, Standard Arabic for ar). */
export const ISO639_3: Record<LanguageCode, string> = {
  en: 'eng', zh: 'cmn', es: 'spa', pt: 'por', fr: 'fra', de: 'deu', ru: 'rus', ar: 'arb',
  tr: 'tur', it: 'ita', pl: 'pol', id: 'ind', vi: 'vie', ja: 'jpn', ko: 'kor', nl: 'nld',
};

export const FROM_ISO639_3: Record<string, LanguageCode> = lookupTable(Object.fromEntries(
  Object.entries(ISO639_3).map(([two, three]) => [three, two as LanguageCode]),
));

// Close relatives franc may answer with when it is not restricted; they count as the supported language.
const FRANC_RELATIVES: Record<string, LanguageCode> = lookupTable({
  zlm: 'id', zsm: 'id', ukr: 'ru', bel: 'ru', ary: 'ar', arz: 'ar', apc: 'ar', acm: 'ar', glg: 'pt',
});

/** Map any franc (ISO 639-3) answer to our codes; unknown or unsupported → `und`. */
export function fromFranc(code: string): DetectedLanguage {
  return FROM_ISO639_3[code] ?? FRANC_RELATIVES[code] ?? 'und';
}

/** The likely business language(s) of a country (ISO 3166-1 alpha-2), used only as a weak prior. */
export const COUNTRY_LANGUAGES: Record<string, LanguageCode[]> = lookupTable({
  US: ['en'], GB: ['en'], IE: ['en'], AU: ['en'], NZ: ['en'], CA: ['en', 'fr'], IN: ['en'], PK: ['en'], NG: ['en'],
  KE: ['en'], GH: ['en'], ZA: ['en'], PH: ['en'], SG: ['en', 'zh'], MY: ['id', 'en'], BD: ['en'], LK: ['en'], UG: ['en'],
  CN: ['zh'], TW: ['zh'], HK: ['zh', 'en'], MO: ['zh'],
  ES: ['es'], MX: ['es'], AR: ['es'], CO: ['es'], CL: ['es'], PE: ['es'], VE: ['es'], EC: ['es'], GT: ['es'], CU: ['es'],
  BO: ['es'], DO: ['es'], HN: ['es'], PY: ['es'], SV: ['es'], NI: ['es'], CR: ['es'], PA: ['es'], UY: ['es'], PR: ['es'],
  BR: ['pt'], PT: ['pt'], AO: ['pt'], MZ: ['pt'], CV: ['pt'],
  FR: ['fr'], BE: ['nl', 'fr'], CH: ['de', 'fr', 'it'], LU: ['fr', 'de'], MC: ['fr'], SN: ['fr'], CI: ['fr'], CM: ['fr'],
  CD: ['fr'], MG: ['fr'], ML: ['fr'], BF: ['fr'], BJ: ['fr'], TG: ['fr'], GN: ['fr'], HT: ['fr'],
  DE: ['de'], AT: ['de'], LI: ['de'],
  RU: ['ru'], BY: ['ru'], KZ: ['ru'], KG: ['ru'], UA: ['ru'], UZ: ['ru'], TJ: ['ru'], AM: ['ru'], AZ: ['tr', 'ru'], GE: ['ru'], MD: ['ru'],
  SA: ['ar'], AE: ['ar', 'en'], EG: ['ar'], IQ: ['ar'], JO: ['ar'], KW: ['ar'], QA: ['ar'], OM: ['ar'], BH: ['ar'], YE: ['ar'],
  SY: ['ar'], LB: ['ar'], LY: ['ar'], DZ: ['ar', 'fr'], MA: ['ar', 'fr'], TN: ['ar', 'fr'], SD: ['ar'], PS: ['ar'],
  TR: ['tr'], CY: ['tr'], IT: ['it'], SM: ['it'], PL: ['pl'], ID: ['id'], BN: ['id'], VN: ['vi'], JP: ['ja'], KR: ['ko'],
  NL: ['nl'], SR: ['nl'],
});
