import { describe, expect, it } from 'vitest';
import { arabicLatinFold } from '../../../src/domain/dedupe/arabic-latin-spelling';
import { isCommonPersonName } from '../../../src/domain/dedupe/common-person-names';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { capitalIForL } from '../../../src/domain/dedupe/ocr-slips';
import { spellingFold } from '../../../src/domain/dedupe/spelling';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];

// Records written for this pass (not taken from a DEV set).
describe('sixteenth pass: a very common person\'s name alone does not make two firms one', () => {
  it('knows the commonest names in their scripts', () => {
    expect(isCommonPersonName('Park Ji-hoon')).toBe(true);
    expect(isCommonPersonName('Иван Смирнов')).toBe(true);
    expect(isCommonPersonName('Ahmed Mansour')).toBe(true);
    expect(isCommonPersonName('Hiroshi Watanabe')).toBe(true);
    expect(isCommonPersonName('Tariq Al-Mutairi')).toBe(false);
    expect(isCommonPersonName('Ingrid Solheim')).toBe(false);
  });

  it('a Korean firm and a Latin-named firm of another name sharing Park Ji-hoon: not a duplicate', () => {
    const a = { name: '(주)동양상사', country: 'KR', city: '부산', contactNames: ['박지훈'] };
    const b = { name: 'Sunrise Ceramics Co.', country: 'Korea', city: 'Busan', contactNames: ['Park Ji-hoon'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });

  it('two Russian firms of unrelated names with one Иван Смирнов: not a duplicate', () => {
    const a = { name: 'ООО «Вектор»', country: 'Россия', city: 'Самара', contactNames: ['Иван Смирнов'] };
    const b = { name: 'Volga Pribor LLC', country: 'Russia', city: 'Samara', contactNames: ['Ivan Smirnov'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });

  it('an Arabic name and a Latin name that share nothing, with one Ahmed: not a duplicate', () => {
    const a = { name: 'شركة الفجر للمقاولات', country: 'مصر', city: 'الجيزة', contactNames: ['أحمد منصور'] };
    const b = { name: 'Giza Paper Products', country: 'Egypt', city: 'Giza', contactNames: ['Ahmed Mansour'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });

  it('a firm in Chinese characters and its English name with one person stays a duplicate (no reading finds a translation)', () => {
    const a = { name: '宏达灯饰有限公司', country: 'CN', city: '中山', contactNames: ['王建国'] };
    const b = { name: 'Grand Success Lighting Co., Ltd.', country: 'China', city: 'Zhongshan', contactNames: ['Wang Jianguo'] };
    const c = { name: 'Grand Success Lighting Co., Ltd.', country: 'China', city: 'Zhongshan', contactNames: ['Wang Jianguo'] };
    expect(verdict(b, c)).toBe('duplicate');
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('sixteenth pass: city short forms in sheets', () => {
  it('Kla, Nrb, DSM, Ctg and Joburg are the cities', () => {
    expect(normalizeCompanyName('Kla Hardware Stores')).toBe(normalizeCompanyName('Kampala Hardware Stores'));
    expect(normalizeCompanyName('Ctg Ship Supplies')).toBe(normalizeCompanyName('Chittagong Ship Supplies'));
    expect(normalizeCompanyName('Joburg Paints')).toBe(normalizeCompanyName('Johannesburg Paints'));
    const a = { name: 'Mwangaza Electricals', country: 'TZ', city: 'DSM' };
    const b = { name: 'Mwangaza Electricals Ltd', country: 'Tanzania', city: 'Dar es Salaam' };
    expect(matchRecords(a, b).reasons.map((r) => r.code)).toContain('same_city');
  });
});

describe('sixteenth pass: OCR and transliteration slips', () => {
  it('a capital I for l at the end of a lower-case word', () => {
    expect(capitalIForL('Baltic MetaI Works')).toBe('Baltic Metal Works');
    expect(capitalIForL('Sol Industrial AI')).toBe('Sol Industrial AI');
    expect(normalizeCompanyName('Svensk StåI Handel AB')).toBe(normalizeCompanyName('Svensk Stål Handel AB'));
  });

  it('Russian хим as "khim" and as "chem"', () => {
    expect(spellingFold('volgakhimprom')).toBe(spellingFold('volgachemprom'));
  });

  it('Arabic words in two Latin spellings meet between two Arab firms\' names', () => {
    expect(arabicLatinFold('helal')).toBe(arabicLatinFold('hilal'));
    expect(arabicLatinFold('gamal')).toBe(arabicLatinFold('jamal'));
    expect(arabicLatinFold('ahlia')).toBe(arabicLatinFold('ahliya'));
    expect(arabicLatinFold('nasr')).not.toBe(arabicLatinFold('nasir'));
    const a = { name: 'Al Nahdiyah Paints Factory', country: 'Saudi Arabia', city: 'Jeddah' };
    const b = { name: 'Alnahdiya Paints Fctry', country: 'KSA', city: 'Jeddah' };
    expect(bothWays(a, b)).not.toContain('distinct');
    const c = { name: 'El Sherif Tiles', country: 'Egypt', city: 'Cairo' };
    const d = { name: 'Al Shirif Tiles Co.', country: 'Egypt', city: 'Cairo' };
    expect(bothWays(c, d)).not.toContain('distinct');
  });
});

describe('sixteenth pass: a city that says another country', () => {
  it('a record without a country in a big city of one country against a record of another: not a duplicate', () => {
    const a = { name: 'Yamamoto Seiki Pty Ltd', city: 'Melbourne' };
    const b = { name: '株式会社ヤマモトセイキ', country: 'JP', contactNames: ['山本 浩'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});

describe('sixteenth pass: Korean, Japanese and family-style spellings', () => {
  it('two Latin spellings of one Korean word', () => {
    const a = { name: 'Seongwoo Precision', country: 'KR', city: 'Ansan' };
    const b = { name: 'Sungwoo Precision Co., Ltd.', country: 'Korea', city: 'Ansan' };
    expect(bothWays(a, b)).not.toContain('distinct');
  });

  it('"oh" for the long o of a Japanese name', () => {
    expect(spellingFold('ohtani')).toBe(spellingFold('otani'));
  });
});


describe('sixteenth pass: look-alike trade words', () => {
  it('an electrical firm and an electronics firm of one family name are two firms', () => {
    const a = { name: 'Okafor Electricals Ltd', country: 'Nigeria', city: 'Onitsha' };
    const b = { name: 'Okafor Electronics', country: 'NG', city: 'Onitsha' };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});
