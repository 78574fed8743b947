import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/domain/dedupe/name-compare';
import { matchContacts, prepareContact } from '../../../src/domain/dedupe/contact-names';
import { withoutChineseTitle } from '../../../src/domain/dedupe/latin-name-chinese-title';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';
import { abbreviatesPlace } from '../../../src/domain/dedupe/place-abbreviations';
import { runRestAgrees } from '../../../src/domain/dedupe/run-rest-agrees';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const names = (a: string, b: string) => compareNames(companyNameParts(a), companyNameParts(b));
const contactsMeet = (a: string, b: string) => matchContacts([prepareContact(a, {})], [prepareContact(b, {})]).kind;

// Records invented for this pass (not taken from a DEV set).
describe('twentieth pass: a place cut short in the name', () => {
  it('knows a town or country cut to its letters, and nothing looser', () => {
    expect(abbreviatesPlace('msa', 'mombasa')).toBe(true);
    expect(abbreviatesPlace('ks', 'kenya')).toBe(false);
    expect(abbreviatesPlace('ke', 'kenya')).toBe(true);
    expect(abbreviatesPlace('pom', 'port moresby')).toBe(true);
    expect(abbreviatesPlace('abc', 'accra')).toBe(false);
  });

  it('a town written short in one name meets the town written out in the other', () => {
    expect(names('Tools GDL Grupo', 'Grupo Tools Guadalajara').similarity).toBeGreaterThanOrEqual(0.9);
    expect(names('Gh Paint Centre', 'Ghana Paint Centre').similarity).toBeGreaterThanOrEqual(0.9);
  });

  it('a firm with a legal form cut short is no town, and another firm of the town stays apart', () => {
    expect(names('Co Paint Traders', 'Colombo Paint Traders').only[1]).toContain('colombo');
    const a: CandidateRecord = { name: 'Tools GDL Grupo', country: 'MX', city: 'Guadalajara', contactNames: ['Ing. Ramiro Ochoa'], phones: ['+52 33 3614 2210'] };
    const b: CandidateRecord = { name: 'Grupo Tools Guadalajara Norte', country: 'MX', city: 'Guadalajara', contactNames: ['Lic. Patricia Nuño'], phones: ['+52 33 3825 7781'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});

describe('twentieth pass: a Latin name with a Chinese title', () => {
  it('takes the title off a Latin name only', () => {
    expect(withoutChineseTitle('Weber 先生')).toBe('Weber');
    expect(withoutChineseTitle('Anna Kowalska 女士')).toBe('Anna Kowalska');
    expect(withoutChineseTitle('王先生')).toBe('王先生');
    expect(withoutChineseTitle('Mr. Weber')).toBe('Mr. Weber');
  });

  it('a German buyer named with 先生 on the Chinese card is the same person, another family name is not', () => {
    const a: CandidateRecord = { name: 'Nordlicht Leuchten GmbH', country: 'Germany', city: 'Bremen', contactNames: ['Herr Jürgen Weber'], emails: ['einkauf@nordlicht-leuchten.de'] };
    const b: CandidateRecord = { name: '北光灯具', country: '德国', city: '不来梅', contactNames: ['Weber 先生'] };
    const c: CandidateRecord = { ...b, contactNames: ['Schulz 先生'] };
    expect(matchRecords(a, b).reasons.map((r) => r.code)).toContain('same_contact');
    expect(matchRecords(a, c).reasons.map((r) => r.code)).not.toContain('same_contact');
  });
});

describe('twentieth pass: short forms of given names', () => {
  it('Alex is Alejandro, Mizan Mizanur; not another name', () => {
    expect(contactsMeet('Alex Treviño', 'Lic. Alejandro Treviño')).toBe('full');
    expect(contactsMeet('Mizan Hossain', 'Mizanur Hossain')).toBe('full');
    expect(contactsMeet('Alex Treviño', 'Ricardo Treviño')).not.toBe('full');
  });
});

describe('twentieth pass: Vietnamese trade words read by meaning', () => {
  it('Đầu tư is Investment for a firm of one town', () => {
    const a: CandidateRecord = { name: 'Công ty Cổ phần Đầu tư Phú Thịnh', country: 'Việt Nam', city: 'Đà Lạt', contactNames: ['Lê Văn Khoa'], emails: ['info@phuthinhinvest.vn'] };
    const b: CandidateRecord = { name: 'Phu Thinh Investment JSC', country: 'Vietnam', city: 'Da Lat', contactNames: ['Mr. Khoa'], emails: ['khoa.lv@gmail.com'] };
    expect(bothWays(a, b)).not.toContain('distinct');
    expect(matchRecords(a, b).reasons.map((r) => r.code)).toContain('translated_name');
  });

  it('another line of business of the name stays apart', () => {
    const a: CandidateRecord = { name: 'Công ty Chế biến Gỗ Phú Thịnh', country: 'Việt Nam', city: 'Bình Dương', contactNames: ['Nguyễn Văn Hải'], phones: ['0274 382 1100'] };
    const b: CandidateRecord = { name: 'Phu Thinh Investment JSC', country: 'Vietnam', city: 'Da Lat', contactNames: ['Mr. Khoa'], phones: ['0263 355 8899'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('twentieth pass: a run of characters against Latin words', () => {
  it('the same first syllable and another last one is another character, another firm', () => {
    expect(runRestAgrees('wingfat', ['wing', 'fai'])).toBe(false);
    expect(runRestAgrees('wingfat', ['wing', 'fatt'])).toBe(true);
    expect(runRestAgrees('kamsing', ['kum', 'sing'])).toBe(true);
    const a: CandidateRecord = { name: 'Kam Fai Trading Co', country: 'HK', city: 'Mong Kok' };
    const b: CandidateRecord = { name: '金發貿易有限公司', country: '香港', city: '旺角' };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });

  it('a Cyrillic name of alphabet letters still meets its Latin words run together', () => {
    expect(names('Tashkent Agrotrade', 'ООО «Ташкент Агро Трейд»').similarity).toBeGreaterThanOrEqual(0.9);
  });
});

describe('twentieth pass: English trade words cut to their consonants', () => {
  it('Solns is Solutions, Mktg Marketing; another trade stays another', () => {
    expect(names('Mombasa Solar Solns', 'Mombasa Solar Solutions').similarity).toBeGreaterThanOrEqual(0.9);
    expect(names('Apex Mktg Services', 'Apex Marketing Services').similarity).toBeGreaterThanOrEqual(0.9);
    expect(names('Apex Mktg Services', 'Apex Mining Services').similarity).toBeLessThan(0.9);
  });
});
