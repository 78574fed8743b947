import { describe, expect, it } from 'vitest';
import { candidateQuery } from '../../../src/domain/dedupe/blocking';
import { matchRecords, prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const codes = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).reasons.map((r) => r.code);

// Issue 20: a native name and the English trade name that translates it (旭日 "Sunrise", Мир "World").
describe('names translated between scripts', () => {
  it('reads meaning-words in the reading by meaning only, never in the stored key', () => {
    expect(companyNameParts('金龍貿易有限公司', { meaning: true }).tokens).toEqual(['gold', 'dragon', 'trading']);
    expect(normalizeCompanyName('金龍貿易有限公司')).toBe(normalizeCompanyName('金龙贸易有限公司'));
    expect(normalizeCompanyName('金龍貿易有限公司')).not.toContain('dragon');
    expect(companyNameParts('ООО «Мир Мебели»', { meaning: true }).tokens).toEqual(['world', 'furniture']);
    expect(companyNameParts('Công ty TNHH Ánh Dương', { meaning: true }).tokens).toEqual(['sunshine']);
    expect(companyNameParts('مؤسسة الأمل للتجارة', { meaning: true }).tokens).toEqual(['hope', 'trading']);
  });

  it.each([
    [{ name: '宁波旭日五金有限公司', country: 'CN', city: '宁波', contactNames: ['王伟'] }, { name: 'Sunrise Hardware Co.', country: 'China', city: 'Ningbo', contactNames: ['Wang Wei'] }],
    [{ name: 'ООО «Мир Мебели»', country: 'Россия', city: 'Москва', contactNames: ['Ирина Соколова'] }, { name: 'World of Furniture LLC', country: 'RU', city: 'Moscow', contactNames: ['Irina Sokolova'] }],
    [{ name: 'Altın Yıldız Tekstil', country: 'TR', city: 'Bursa', contactNames: ['Mehmet Kaya'] }, { name: 'Golden Star Textiles', country: 'Turkey', city: 'Bursa', contactNames: ['Mehmet Kaya'] }],
  ] as [CandidateRecord, CandidateRecord][])('the same person in the same town: %o = %o', (a, b) => {
    expect(verdict(a, b)).toBe('duplicate');
    expect(codes(a, b)).toContain('translated_name');
  });

  it.each([
    [{ name: '金龍貿易有限公司', country: 'HK', city: '旺角' }, { name: 'Golden Dragon Trading Ltd', country: 'Hong Kong', city: 'Mong Kok' }],
    [{ name: 'Công ty TNHH Ánh Dương', country: 'VN', city: 'Đà Nẵng' }, { name: 'Sunshine Co., Ltd', country: 'Vietnam', city: 'Da Nang' }],
    [{ name: 'مؤسسة الأمل للتجارة', country: 'السعودية', city: 'الرياض', contactNames: ['خالد'] }, { name: 'Hope Trading Est.', country: 'SA', city: 'Riyadh', contactNames: ['Khalid'] }],
  ] as [CandidateRecord, CandidateRecord][])('a translated name in one town is worth a question: %o / %o', (a, b) => {
    expect(verdict(a, b)).not.toBe('distinct');
  });

  it('does not call a common translated name a duplicate on the name and country alone', () => {
    expect(verdict({ name: '金龍貿易有限公司', country: 'HK' }, { name: 'Golden Dragon Trading Ltd', country: 'HK' })).not.toBe('duplicate');
  });

  it('keeps a generic translated name in two countries apart', () => {
    expect(verdict({ name: 'Golden Dragon Trading', country: 'KE', city: 'Nairobi' }, { name: '金龍貿易', country: 'HK', city: '旺角' })).toBe('distinct');
    expect(verdict({ name: 'Bright Lighting Ltd', country: 'NG', city: 'Lagos' }, { name: '光明照明有限公司', country: 'CN', city: '中山' })).toBe('distinct');
  });

  it('keeps unrelated firms sharing a forwarder\'s phone apart', () => {
    const forwarder = ['+86 20 3811 2233'];
    expect(verdict({ name: 'Sunrise Trading', country: 'KE', phones: forwarder }, { name: '广州旭日贸易有限公司', country: 'CN', phones: forwarder })).not.toBe('duplicate');
  });

  it('does not merge two entities of one group whose translated names name other trades', () => {
    const r = matchRecords(
      { name: '金龍物流有限公司', country: 'HK', emails: ['ops@goldendragon.hk'], phones: ['+852 2345 6789'], contactNames: ['陳大文'] },
      { name: 'Golden Dragon Trading Ltd', country: 'HK', emails: ['sales@goldendragon.hk'], phones: ['+852 2987 6543'], contactNames: ['Peter Lam'] },
    );
    expect(r.verdict).not.toBe('duplicate');
    expect(r.reasons.map((x) => x.code)).not.toContain('translated_name');
  });

  it('never compares two Chinese names by meaning: 光明 and 明光 are different firms', () => {
    expect(verdict({ name: '光明电器有限公司', country: 'CN', city: '中山' }, { name: '明光电器有限公司', country: 'CN', city: '中山' })).toBe('distinct');
  });

  it('lets an English name look up the stored spelling of its translation', () => {
    const words = (english: string, native: string) => {
      const stored = ` ${normalizeCompanyName(native)} `;
      return (candidateQuery(prepareRecord({ name: english })).translationTerms ?? []).filter((t) => stored.includes(` ${t} `));
    };
    expect(words('Golden Dragon Holdings', '金龍控股有限公司')).not.toEqual([]);
    expect(words('World of Furniture LLC', 'ООО «Мир Мебели»')).not.toEqual([]);
    // a name of no meaning-words looks up its own words only
    expect(candidateQuery(prepareRecord({ name: 'Velorak Trading' })).translationTerms).toBeUndefined();
  });
});
