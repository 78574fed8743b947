// How a record is read once, before any comparison: its names in every spelling and reading its country suggests
// (Cantonese, Wade-Giles, Hokkien, by meaning, …), its addresses, numbers, people and town in comparable form.
// scoreMatch (match.ts) compares what this prepares; a new reading of a name or a field is added here.
import { readRecordCountry } from './country-reading';
import { emailDomain, normalizeEmail, websiteDomain } from '../normalize/email';
import { phoneCountry, toE164 } from '../normalize/phone';
import { domainLabel, isFreeMailDomain, registrableDomain } from './free-mail';
import { prepareCity } from './city';
import { hongKongLatinSpelling } from './hong-kong-spelling';
import { branchOfficeName, companyNameParts, saysBranch, foldLatin, mayReadByMeaning, type CompanyNameParts, type NameReading } from './normalize-company';
import { prepareContact } from './contact-names';
import { looksJapanese } from './japanese';
import { toSimplified } from './romanize';
import { bracketedAliases } from './bracket-alias';
import { currentNumber } from './numbering-changes';
import { pinyinAsWadeGiles } from './taiwan-spelling';
import { camelCaseSpaced } from './camel-case';
import { nameAsPerson } from './person-named-firm';
import { withoutOwnTown } from './own-town-in-name';
import type { CandidateRecord, PreparedRecord } from './matched-record';
import { sinoVietnameseReading } from './sino-vietnamese';
import { withoutChineseTitle } from './latin-name-chinese-title';

/** Arabic-speaking countries: a Latin name there writes the article run on ("Alnoor"), apart or not at all. */
const ARAB_AREA = new Set(['AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'JO', 'LB', 'SY', 'PS', 'EG', 'LY', 'TN', 'DZ', 'MA', 'SD', 'MR']);
/** Where Chinese firms and people spell their names in Hokkien, Teochew or Cantonese rather than pinyin. */
const SOUTHERN_AREA = new Set(['SG', 'MY', 'BN', 'ID', 'PH']);

const personWords = (text: string) => foldLatin(text).split(/[^a-z]+/).filter((w) => w.length >= 2);

/**
 * "Ganesh Electricals (Rajesh Shah)": the record's own contact person written after the firm's name is who to ask for,
 * not a branch's town nor a second name. Dropped when every word of the bracket (two at least) is a word of one contact.
 */
function withoutBracketedContact(name: string, contactNames: string[] | undefined): string {
  if (!contactNames?.length || !/[([]/.test(name)) return name;
  const people = contactNames.map((c) => new Set(personWords(c)));
  const out = name.replace(/\s*[([]([^)\]]+)[)\]]/g, (whole, inner: string) => {
    const words = personWords(inner);
    return words.length >= 2 && people.some((p) => words.every((w) => p.has(w))) ? ' ' : whole;
  }).trim();
  return out || name;
}

/** Normalises and precomputes a record; pure and deterministic. */
export function prepareRecord(raw: CandidateRecord): PreparedRecord {
  const country = raw.country ? readRecordCountry(raw.country, raw.phones) : undefined;
  const branch = branchOfficeName(raw.name);
  const typed = [branch ?? raw.name, ...(raw.aliases ?? [])].filter((n) => n && n.trim()).map((n) => withoutBracketedContact(n, raw.contactNames));
  const written = [...typed, ...typed.flatMap(bracketedAliases)];
  const names = written.map((n) => companyNameParts(n));
  // the name without the record's own town at its end ("Rafidain Trade Co. Baghdad"), when the reading kept it as a word
  const townless = withoutOwnTown(typed[0], raw.city);
  if (townless) { const p = companyNameParts(townless); if (!names.some((x) => x.key === p.key)) names.push(p); }
  // Hong Kong and Macau firms romanise their Chinese names in Cantonese (明華 = "Ming Wah", not "Minghua"): read them both ways.
  const southernArea = !!country && SOUTHERN_AREA.has(country);
  const cantoneseArea = country === 'HK' || country === 'MO' || (!country && written.some((n) => /香港|澳門|澳门/.test(n)));
  const han = written.filter((n) => /[\u3400-\u9fff]/.test(n) && !looksJapanese(n));
  // Traditional characters abroad (not the mainland, not Taiwan) are mostly a Hong Kong or Cantonese-speaking owner's
  // firm; Malaysian and Singaporean Chinese firms often write Cantonese too ("亚成" Ah Seng). A mainland name is read in
  // Mandarin only: 明華 is "Minghua" there. A mainland firm that writes Traditional characters is a Hong Kong owner's
  // (永發(東莞) "Wing Fat (Dongguan)"): read in Cantonese too.
  const traditional = (n: string) => toSimplified(n) !== n;
  for (const n of han) {
    const abroad = country !== 'TW' && traditional(n);
    if (cantoneseArea || abroad || country === 'MY' || country === 'SG') names.push(companyNameParts(n, { cantonese: true }));
  }
  // An alphabet's trade words also spelt out, for a Latin name that keeps them ("מגדל חשמל" = "Migdal Hashmal").
  for (const n of written) {
    if (!/(?![\p{Script=Latin}\p{Script=Han}])\p{L}/u.test(n)) continue;
    const literal = companyNameParts(n, { literal: true });
    if (!names.some((p) => p.key === literal.key)) names.push(literal);
  }
  // Taiwan writes Wade-Giles ("宏達" Hung Ta, "南星" Nan Hsing).
  if (country === 'TW' || (!country && han.some(traditional))) for (const n of han) names.push(companyNameParts(n, { wadeGiles: true }));
  // A Taiwan firm's Latin name in pinyin ("Zhenxing", "Hong Da") also in Wade-Giles, as the firm writes it ("Chen
  // Hsing", "Hung Ta"): a spelling of characters, so one of a dialect's readings (see CompanyNameParts.dialect).
  if (country === 'TW' || (!country && written.some((n) => /台灣|臺灣|台湾/.test(n)))) {
    for (const n of written) {
      const wg = pinyinAsWadeGiles(n);
      if (wg) names.push({ ...companyNameParts(wg), dialect: true });
    }
  }
  // Cyrillic г is h in Belarusian and Ukrainian, whose firms' Latin names spell it so ("Гомельторг" / "Homeltorg",
  // Hrodna), and Russian writes a foreign h with it ("Геркулес" is Hercules, "Гермес" Hermes): a Cyrillic name is read
  // both ways.
  for (const n of written) if (/[гГ]/.test(n)) names.push(companyNameParts(n.replace(/г/g, 'h').replace(/Г/g, 'H')));
  // A Hong Kong or Macau firm's Latin name with its Cantonese syllables in one spelling ("San Kwong" = "Sun Kwong").
  if (cantoneseArea) {
    for (const n of written) {
      const hk = hongKongLatinSpelling(n);
      if (hk) names.push({ ...companyNameParts(hk), dialect: true });
    }
  }
  // Singapore, Malaysia, Brunei, Indonesia, the Philippines: the name in Hokkien/Teochew (林福成 "Lim Hock Seng", 陈 "Tan").
  if (southernArea) for (const n of written) if (/[\u3400-\u9fff]/.test(n)) names.push(companyNameParts(n, { southern: true }));
  // A Vietnamese firm's name in characters, read the Vietnamese way (光明 "Quang Minh"; see sino-vietnamese.ts).
  if (country === 'VN') for (const n of han) { const v = sinoVietnameseReading(n); if (v) names.push({ ...companyNameParts(v), dialect: true }); }
  // A Japanese firm's name in kanji only ("山田製作所") reads as Japanese too, not only as Chinese.
  if (country === 'JP') for (const n of written) if (/[\u3400-\u9fff]/.test(n) && !looksJapanese(n)) names.push(companyNameParts(n, { japanese: true }));
  // Words run together with a capital each ("SilverbirchMerchants"): read apart too (see camel-case.ts).
  for (const n of written) {
    const spaced = camelCaseSpaced(n);
    if (!spaced) continue;
    const apart = companyNameParts(spaced);
    if (!names.some((p) => p.key === apart.key)) names.push({ ...apart, respaced: true });
  }
  names.push(...meaningReadings(written, names, country === 'JP'));
  const emails = [...new Set((raw.emails ?? []).map((e) => normalizeEmail(e)).filter((e): e is string => !!e))];
  const emailDomains = [...new Set(emails.map((e) => registrableDomain(emailDomain(e))).filter((d) => !isFreeMailDomain(d)))];
  const site = raw.website ? websiteDomain(raw.website) : undefined;
  const websiteDomains = site && !isFreeMailDomain(site) ? [registrableDomain(site)] : [];
  const domainLabels = [...new Set([...emailDomains, ...websiteDomains].map(domainLabel).filter((l) => l.length >= 3))];
  // as numbered today: a record from before a numbering change keeps the old form (Colombia's 60X, Poland's trunk 0)
  const phones = [...new Set((raw.phones ?? []).map((p) => toE164(p, country) ?? toE164(p)).filter((p): p is string => !!p).map(currentNumber))];
  const phoneCountryOf = !country && phones.length ? phoneCountry(phones[0]) : undefined;
  // a Thai record's contacts, by its country or, with none typed, its phone's
  const thai = (country ?? phoneCountryOf) === 'TH';
  const area = { cantonese: cantoneseArea, southern: southernArea, japanese: country === 'JP', korean: country === 'KR' || country === 'KP', wadeGiles: country === 'TW', thai };
  const contacts = (raw.contactNames ?? []).filter((n) => n.trim()).map((name) => prepareContact(withoutChineseTitle(name), area));
  const city = raw.city?.trim() ? prepareCity(raw.city, { cantonese: cantoneseArea, country }) : undefined;
  // A Thai firm's Latin name in one of the spellings of its Thai words: see thaiArea.
  if (thai) for (let i = 0; i < names.length; i++) if (names[i].script === 'latin') names[i] = { ...names[i], thaiArea: true };
  // An Arab firm's Latin name with the article run on or left off (see CompanyNameParts.arabArea).
  if (ARAB_AREA.has(country ?? phoneCountryOf ?? '')) for (let i = 0; i < names.length; i++) if (names[i].script === 'latin') names[i] = { ...names[i], arabArea: true };
  const namedPerson = nameAsPerson(raw.name, names[0], area);
  return { id: raw.id, name: raw.name, country, names, emails, emailDomains, websiteDomains, domainLabels, phones, contacts, city, phoneCountry: phoneCountryOf, ...(branch || (raw.city && saysBranch(raw.city)) ? { branchOffice: true } : {}), ...(namedPerson ? { namedPerson } : {}) };
}

/** The names read by meaning (旭日 → "sunrise"), where that reading differs from every spelling already read. */
function meaningReadings(written: string[], spelt: CompanyNameParts[], japan: boolean): CompanyNameParts[] {
  const out: CompanyNameParts[] = [];
  const keys = new Set(spelt.map((p) => p.key));
  for (const n of written) {
    if (!mayReadByMeaning(n)) continue;
    const readings: NameReading[] = [{ meaning: true }];
    if (japan && /[\u3400-\u9fff]/.test(n) && !looksJapanese(n)) readings.push({ meaning: true, japanese: true });
    for (const reading of readings) {
      const p = companyNameParts(n, reading);
      if (!keys.has(p.key)) { keys.add(p.key); out.push(p); }
    }
  }
  return out;
}
