import { toCountryCode } from '../normalize/country';
import { phoneCountry, toE164 } from '../normalize/phone';
import { toSimplified } from './romanize';

// Country names reps type that the ISO locale tables lack: endonyms in everyday use ("Bharat", "Nippon", "Hellas"),
// and names written with the word "country" or "kingdom" before them (ประเทศไทย "country Thai", 日本国). Read here,
// for the matcher, until the shared country reader carries them: an unread country is neither evidence for nor against.
const ALIASES: Record<string, string> = Object.assign(Object.create(null), {
  bharat: 'IN', hindustan: 'IN', nippon: 'JP', nihon: 'JP', hellas: 'GR', zhongguo: 'CN', 'zhonghua renmin gongheguo': 'CN', hanguk: 'KR', 'daehan minguk': 'KR',
  rsa: 'ZA', pilipinas: 'PH', persia: 'IR', 'al maghrib': 'MA', 'misr': 'EG', 'sri lanka': 'LK', ceylon: 'LK', 'kampuchea': 'KH', 'muang thai': 'TH', siam: 'TH',
  '한국': 'KR', '남한': 'KR', '日本国': 'JP', '中华人民共和国': 'CN', '中華人民共和國': 'CN', '大陆': 'CN', '內地': 'CN', '内地': 'CN', 'ไทย': 'TH',
  // Saudi Arabia as its Arabic name writes it (the kingdom's word comes off below), Iraq in Kurdish.
  'العربية السعودية': 'SA', 'السعودية': 'SA', 'عێراق': 'IQ',
  // Initials and short forms in everyday use: "RD" (República Dominicana), "R.O.C." (Taiwan), "I.R. Iran".
  rd: 'DO', 'rep dominicana': 'DO', 'republica dominicana': 'DO', roc: 'TW', 'taiwan roc': 'TW', 'ir iran': 'IR', 'islamic republic of iran': 'IR',
  // "People's Republic" by its initials, the French initials of DR Congo, short forms a country's own people write
  // (M'sia, Phils., S. Africa) and its adjective for it ("Thai").
  'pr china': 'CN', prchina: 'CN', 'rd congo': 'CD', rdc: 'CD', msia: 'MY', phils: 'PH', phil: 'PH', 's africa': 'ZA', thai: 'TH',
  // Sports codes of the countries that differ from ISO's, as reps type them on forms ("GER", "NED", "SUI").
  ger: 'DE', ned: 'NL', sui: 'CH', por: 'PT', den: 'DK', gre: 'GR', mas: 'MY', phi: 'PH', ina: 'ID',
  // Endonyms in their own scripts: Greek, Gujarati and Hindi (Bharat), Burmese, Mongolian; the Republic of China (Taiwan).
  // Taiwan by the name it takes in sports and trade bodies ("Chinese Taipei", "Taipei, China").
  'chinese taipei': 'TW', 'taipei china': 'TW',
  'Ελλάς': 'GR', 'Ελλάδα': 'GR', 'ભારત': 'IN', 'भारत': 'IN', 'မြန်မာ': 'MM', 'Монгол Улс': 'MN', 'mongol uls': 'MN', '中華民國': 'TW', '中华民国': 'TW',
});
// Looked up as typed text is keyed below (accents and marks off: Burmese and Indic vowel signs too).
const aliasKey = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
for (const [name, code] of Object.entries(ALIASES)) ALIASES[aliasKey(name)] = code;
// "ประเทศ" (country), "Republic of", "جمهورية" (republic), "المملكة" (the kingdom), "Королевство": the name follows.
const PREFIX = /^(ประเทศ|republic of |the republic of |kingdom of |sultanate of |state of |جمهورية |المملكة |دولة |королевство |республика )/i;
const SUFFIX = /(国|國)$/;

/** ISO alpha-2 of what a rep typed as the country, or undefined. */
export function readCountry(raw: string): string | undefined {
  const text = raw.trim();
  const direct = toCountryCode(text);
  if (direct) return direct;
  // Accents off, then composed again: decomposed, Hangul is letters (한국 would not be 한국).
  const key = aliasKey(text);
  if (ALIASES[key]) return ALIASES[key];
  // "Dominican Rep.", "Czech Rep.", "Russian Fed.": the word cut short.
  if (/\b(rep|fed)\b/.test(key)) {
    const full = toCountryCode(key.replace(/\brep\b/, 'republic').replace(/\bfed\b/, 'federation'));
    if (full) return full;
  }
  // Traditional characters (巴拿馬, 香港特別行政區): read as simplified, a Special Administrative Region by its name.
  if (/[\u3400-\u9fff]/.test(text)) {
    const simplified = toSimplified(text).replace(/特别行政区$/, '');
    if (simplified !== text) {
      const han = toCountryCode(simplified) ?? ALIASES[simplified];
      if (han) return han;
    }
  }
  const bare = text.replace(PREFIX, '').replace(SUFFIX, '').trim();
  if (bare && bare !== text) return toCountryCode(bare) ?? ALIASES[bare];
  // A region before its country ("Kurdistan Region - Iraq"): the country is the last part.
  // A city before it too ("Dubai, UAE").
  const last = /(?:\s[-–]|,)\s*([^-–,]+)$/.exec(text)?.[1].trim();
  if (last) return toCountryCode(last) ?? ALIASES[last];
  // "Sharjah UAE", "Jeddah KSA": a city, then the country's three initials in capitals (not two: "Chicago IL" is a state).
  const initials = /\s((?:[A-Z]\.?){3})$/.exec(text)?.[1];
  return initials ? toCountryCode(initials) : undefined;
}

// "ARE" is ISO's three letters for the United Arab Emirates, and also what Egypt writes for itself, the Arab Republic
// of Egypt ("Nasr City, Cairo, A.R.E."). With its dots it is Egypt's (reps write the Emirates "U.A.E." or "UAE"); bare, the
// record's numbers decide: an Egyptian number (+20) says Egypt, none or another the Emirates, as ISO reads it.
const ARAB_REPUBLIC = /^\s*(?:.*[,\s])?(A\.\s?R\.\s?E\.?|ARE)\s*$/i;

/**
 * The record's country: what the rep typed (readCountry), with "ARE" read as Egypt where the record says so (its dotted
 * initials, or an Egyptian phone number).
 */
export function readRecordCountry(raw: string, phones: readonly string[] = []): string | undefined {
  const read = readCountry(raw);
  const initials = read === 'AE' ? ARAB_REPUBLIC.exec(raw)?.[1] : undefined;
  if (!initials) return read;
  // "Egypt, ARE": the country said in words before its initials
  const before = raw.slice(0, raw.lastIndexOf(initials)).replace(/[,\s]+$/, '');
  if (before && readCountry(before) === 'EG') return 'EG';
  const numbered = phones.map((p) => toE164(p)).filter((p): p is string => !!p).map(phoneCountry);
  if (numbered.includes('EG')) return 'EG';
  return initials.includes('.') && !numbered.includes('AE') ? 'EG' : read;
}
