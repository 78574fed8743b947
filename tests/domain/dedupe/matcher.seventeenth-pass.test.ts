import { describe, expect, it } from 'vitest';
import { readRecordCountry } from '../../../src/domain/dedupe/country-reading';
import { compareCities, prepareCity } from '../../../src/domain/dedupe/city';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { branchOfficeName, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { sameThaiWord, thaiLatinFold } from '../../../src/domain/dedupe/thai-latin-spelling';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];

// Records written for this pass (not taken from a DEV set).
describe('seventeenth pass: family and title words, branch tails', () => {
  it('"& fils", "i syn" and a pilgrim\'s title come off the name like "et fils" and "Alhaji"', () => {
    expect(normalizeCompanyName('Ets Mbarga & Fils')).toBe(normalizeCompanyName('Etablissements Mbarga et Fils'));
    expect(normalizeCompanyName('Nowak i Syn')).toBe(normalizeCompanyName('Nowak'));
    expect(normalizeCompanyName('Haji Rasheed & Sons')).toBe(normalizeCompanyName('H. Rasheed and Sons'));
    // only at the edge: a word inside the name stays
    expect(normalizeCompanyName('Ali Haji Trading')).toContain('haji');
  });

  it('"Ets Mbarga & Fils" and "Etablissements Mbarga et Fils" in one town are one firm', () => {
    const a = { name: 'Ets Mbarga & Fils', country: 'Cameroun', city: 'Yaoundé' };
    const b = { name: 'Etablissements Mbarga et Fils', city: 'Yaounde', contactNames: ['Paul Mbarga'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('"X LLC - Abu Dhabi Branch" names an office of X', () => {
    expect(branchOfficeName('Gulf Crown Electronics LLC - Abu Dhabi Branch')).toBe('Gulf Crown Electronics LLC');
    expect(branchOfficeName('Gulf Crown Electronics - Sharjah Branch Office')).toBe('Gulf Crown Electronics');
    // a dash inside the name with no branch word is no office
    expect(branchOfficeName('Gulf Crown - Electronics')).toBeUndefined();
    const a = { name: 'Gulf Crown Electronics LLC - Abu Dhabi Branch', country: 'UAE', city: 'Abu Dhabi', phones: ['+971 2 644 1200'], contactNames: ['Ravi Nair'] };
    const b = { name: 'Gulf Crown Electronics LLC', country: 'UAE', city: 'Dubai', phones: ['+971 4 228 5500'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('seventeenth pass: one name in two scripts in one town', () => {
  it('a katakana name and its Latin spelling, each with an unread word, in one town: a question at least', () => {
    const a = { name: 'タカダ インポート合同会社', country: '日本', city: '福岡' };
    const b = { name: 'Takada Import G.K.', country: 'Japan', city: 'Fukuoka', phones: ['092-555-0101'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('a native name whose read trade word the Latin name lacks stays apart (another line of business)', () => {
    const a = { name: 'مصنع الفارس للبلاستيك', country: 'السعودية', city: 'الرياض' };
    const b = { name: 'Al Fares Trading Est.', country: 'Saudi Arabia', city: 'Riyadh' };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });

  it('a Latin name with a word the native name lacks stays apart ("Shipping")', () => {
    const a = { name: 'Papadakis Shipping Ltd', country: 'Greece', city: 'Piraeus' };
    const b = { name: 'Παπαδάκης Α.Ε.', country: 'Ελλάδα', city: 'Πειραιάς' };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('seventeenth pass: words, towns and countries', () => {
  it('Uzbek Latin "Texnika" is technology; Korean 실업 is industrial', () => {
    expect(normalizeCompanyName('Samarqand Texnika')).toBe(normalizeCompanyName('Samarqand Tekhnika'));
    expect(normalizeCompanyName('대양실업')).toContain('industrial');
  });

  it('"Al Wataniya" reads "national" as الوطنية does; a paper factory is no plastics factory', () => {
    const a = { name: 'Al Wataniya Plastic Factory', country: 'KSA', city: 'Jeddah' };
    const b = { name: 'مصنع الوطنية للبلاستيك', country: 'السعودية', city: 'جدة' };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { name: 'Al Wataniya Paper Factory', country: 'KSA', city: 'Jeddah' };
    expect(bothWays(c, b)).not.toContain('duplicate');
  });

  it('Cracow is Kraków, Addis is Addis Ababa, Chinese Taipei is Taiwan', () => {
    expect(compareCities(prepareCity('Cracow')!, prepareCity('Kraków')!)).toBe('same');
    expect(compareCities(prepareCity('Addis')!, prepareCity('አዲስ አበባ')!)).toBe('same');
    expect(readRecordCountry('Chinese Taipei')).toBe('TW');
  });

  it('Thai Latin spellings of one word meet for two Thai records only', () => {
    expect(thaiLatinFold('Charern'.toLowerCase())).toBe(thaiLatinFold('charoen'));
    expect(sameThaiWord('jaroen', 'charern')).toBe(true);
    expect(sameThaiWord('phatthana', 'pattana')).toBe(true);
    expect(sameThaiWord('chanon', 'charoen')).toBe(false);
    const a = { name: 'Jaroen Hardware Co., Ltd.', country: 'Thailand', city: 'Bangkok', phones: ['02 555 1234'] };
    const b = { name: 'Charern Hardware', country: 'TH', city: 'Bangkok' };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { name: 'Jaroen Hardware GmbH', country: 'DE', city: 'Berlin' };
    const d = { name: 'Charern Hardware GmbH', country: 'DE', city: 'Berlin' };
    expect(bothWays(c, d)).toEqual(['distinct', 'distinct']);
  });
});
