import { toCountryCode } from '../normalize/country';

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
});
// "ประเทศ" (country), "Republic of", "جمهورية" (republic), "المملكة" (the kingdom), "Королевство": the name follows.
const PREFIX = /^(ประเทศ|republic of |the republic of |kingdom of |state of |جمهورية |المملكة |دولة |королевство |республика )/i;
const SUFFIX = /(国|國)$/;

/** ISO alpha-2 of what a rep typed as the country, or undefined. */
export function readCountry(raw: string): string | undefined {
  const text = raw.trim();
  const direct = toCountryCode(text);
  if (direct) return direct;
  // Accents off, then composed again: decomposed, Hangul is letters (한국 would not be 한국).
  const key = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
  if (ALIASES[key]) return ALIASES[key];
  // "Dominican Rep.", "Czech Rep.": the word cut short.
  if (/\brep\b/.test(key)) {
    const republic = toCountryCode(key.replace(/\brep\b/, 'republic'));
    if (republic) return republic;
  }
  const bare = text.replace(PREFIX, '').replace(SUFFIX, '').trim();
  if (bare && bare !== text) return toCountryCode(bare) ?? ALIASES[bare];
  // A region before its country ("Kurdistan Region - Iraq"): the country is the last part.
  // A city before it too ("Dubai, UAE").
  const last = /(?:\s[-–]|,)\s*([^-–,]+)$/.exec(text)?.[1].trim();
  return last ? toCountryCode(last) ?? ALIASES[last] : undefined;
}
