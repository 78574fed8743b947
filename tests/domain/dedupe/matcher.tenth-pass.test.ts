import { describe, expect, it } from 'vitest';
import { compareCities, prepareCity } from '../../../src/domain/dedupe/city';
import { hongKongLatinSpelling } from '../../../src/domain/dedupe/hong-kong-spelling';
import { matchRecords, prepareRecord, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const reasonCodes = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).reasons.map((r) => r.code);
const cities = (a: string, b: string, country: string) => compareCities(prepareCity(a, { country })!, prepareCity(b, { country })!);

// Records written for this pass (not taken from a DEV set).
describe('tenth pass: short forms of trading cities', () => {
  it.each([['Alex', 'Alexandria', 'EG'], ['Casa', 'Casablanca', 'MA'], ['Derb Omar, Casa', 'Casablanca', 'MA'], ['Pindi', 'Rawalpindi', 'PK'],
    ['Jozi', 'Johannesburg', 'ZA'], ['DXB', 'Dubai', 'AE'], ['NYC', 'New York', 'US'], ['México D.F.', 'Ciudad de México', 'MX']])('%s = %s', (a, b, c) => {
    expect(cities(a, b, c)).toBe('same');
  });

  it.each([['Casa', 'Cairo', 'EG'], ['Alex', 'Cairo', 'EG'], ['DXB', 'Abu Dhabi', 'AE']])('%s is not %s', (a, b, c) => {
    expect(cities(a, b, c)).toBe('different');
  });

  it('one Casablanca shop, its city written short, is one buyer', () => {
    expect(bothWays(
      { name: 'Lumière du Maghreb SARL', country: 'Maroc', city: 'Casablanca', contactNames: ['Karim Bennani'], emails: ['contact@lumieremaghreb.ma'], phones: ['+212 522 30 11 45'] },
      { name: 'STE LUMIERE DU MAGHREB SARL AU', country: 'Morocco', city: 'Derb Omar, Casa', contactNames: ['Karim Bennani'], emails: ['k.bennani@gmail.com'], phones: ['+212 661 40 22 18'] },
    )).toEqual(['duplicate', 'duplicate']);
  });
});

describe('tenth pass: a rep\'s note in brackets', () => {
  it.each(['Golden Harvest Trading (Alibaba inquiry)', 'Golden Harvest Trading (old account)', 'Golden Harvest Trading (via agent)', 'Golden Harvest Trading (WhatsApp lead)'])(
    '%s has no place nor name in its brackets', (name) => {
      expect(companyNameParts(name).qualifiers).toEqual([]);
      expect(normalizeCompanyName(name)).toBe(normalizeCompanyName('Golden Harvest Trading'));
    });

  it('a note in brackets is no place against the other record\'s', () => {
    const a = { name: 'Fook Lee Trdg (Alibaba inquiry)', country: 'Hong Kong', city: 'Hong Kong', contactNames: ['Wong Ka Ho'], emails: ['kaho.wong@fooklee-hk.com'] };
    const b = { name: '香港福利貿易有限公司', country: '香港', city: '九龍', contactNames: ['黃家豪'], emails: ['fooklee.trade@yahoo.com.hk'], phones: ['+852 2345 1100'] };
    expect(reasonCodes(a, b)).not.toContain('different_place');
  });

  it('the record\'s own contact in brackets is who to ask for, not a place', () => {
    expect(prepareRecord({ name: 'Laxmi Traders (Suresh Patel)', contactNames: ['Suresh Patel'] }).names[0].qualifiers).toEqual([]);
    expect(prepareRecord({ name: 'Laxmi Traders (Surat)', contactNames: ['Suresh Patel'] }).names[0].qualifiers).toEqual(['surat']);
    expect(bothWays(
      { name: 'Laxmi Traders (Suresh Patel)', country: 'India', city: 'Surat', contactNames: ['Suresh Patel'], phones: ['+91 98250 11223'] },
      { name: 'Laxmi Traders', country: 'India', city: 'Surat', contactNames: ['Suresh Patel'], phones: ['+91 98250 11223'], emails: ['laxmitraders.surat@gmail.com'] },
    )).toEqual(['duplicate', 'duplicate']);
  });
});

describe('tenth pass: one office of the firm', () => {
  it.each([['Sumber Makmur Abadi (Medan branch)', 'abadi makmur sumber'], ['Comercial Elétrica Souza - filial Campinas', normalizeCompanyName('Comercial Elétrica Souza')],
    ['Thiết Bị Điện Hưng Thịnh - Chi nhánh Đà Nẵng', normalizeCompanyName('Thiết Bị Điện Hưng Thịnh')]])('%s is stored under the firm\'s name', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
    expect(prepareRecord({ name }).branchOffice).toBe(true);
  });

  it.each(['Branchline Ltd', 'Filial Trading (Pty)', 'PT Cabang Jaya'])('%s names no office', (name) => {
    expect(prepareRecord({ name }).branchOffice).toBeUndefined();
  });

  it('a branch in another town is no other city against its firm', () => {
    const a = { name: 'Sumber Makmur Abadi (Medan branch)', country: 'Indonesia', city: 'Medan', emails: ['medan@sumbermakmur.co.id'], phones: ['061-455 2210'], contactNames: ['Hendra'] };
    const b = { name: 'PT Sumber Makmur Abadi', country: 'ID', city: 'Jakarta', emails: ['sales@sumbermakmur.co.id'], website: 'sumbermakmur.co.id', phones: ['+62 21 6230 1145'], contactNames: ['Budi Santoso'] };
    expect(reasonCodes(a, b)).not.toContain('different_city');
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('tenth pass: one office of the firm under its domain', () => {
  it('a branch\'s mailbox at the firm\'s domain, its own people and numbers, is the firm', () => {
    expect(bothWays(
      { name: 'Hup Seng Furniture (Penang branch)', country: 'Malaysia', city: 'George Town', emails: ['pg@hupseng.com.my'], phones: ['+60 4-226 1180'], contactNames: ['Lim Boon Keat'] },
      { name: 'HUP SENG FURNITURE SDN BHD', country: 'MY', city: 'Klang, Selangor', emails: ['sales@hupseng.com.my'], website: 'hupseng.com.my', phones: ['+6012 448 2210'], contactNames: ['Tan Mei Ling'] },
    )).toEqual(['duplicate', 'duplicate']);
  });

  it('a city field that says "branch" marks the office too', () => {
    expect(prepareRecord({ name: 'Dijla General Trading', city: 'Erbil branch' }).branchOffice).toBe(true);
    expect(prepareRecord({ name: 'Dijla General Trading', city: 'Erbil' }).branchOffice).toBeUndefined();
  });

  it('without the word, the same name at one domain with other people and numbers stays a question', () => {
    expect(bothWays(
      { name: 'Hup Seng Furniture', country: 'Malaysia', city: 'George Town', emails: ['pg@hupseng.com.my'], phones: ['+60 4-226 1180'], contactNames: ['Lim Boon Keat'] },
      { name: 'HUP SENG FURNITURE SDN BHD', country: 'MY', city: 'Klang, Selangor', emails: ['sales@hupseng.com.my'], website: 'hupseng.com.my', phones: ['+6012 448 2210'], contactNames: ['Tan Mei Ling'] },
    )).not.toContain('duplicate');
  });
});

describe('tenth pass: Hong Kong spellings in Latin', () => {
  it('folds the Cantonese syllables of a name to one spelling, not "Hong Kong"', () => {
    expect(hongKongLatinSpelling('San Kwong Lighting Co. Ltd')).toBe('sun Kwong Lighting Co. Ltd');
    expect(hongKongLatinSpelling('Kong Fat Hong Kong Ltd')).toBe('kwong Fat Hong Kong Ltd');
    expect(hongKongLatinSpelling('Sun Kwong Lighting')).toBeUndefined();
    expect(hongKongLatinSpelling('新光燈飾')).toBeUndefined();
  });

  it('"San Tak" and "Sun Tak" in Macau are one firm', () => {
    expect(bothWays(
      { name: 'Sun Tak Hardware (Macao)', country: 'MO', city: 'Macau SAR', contactNames: ['Chan Ka Wai'], emails: ['chankawai@santak.com.mo'], website: 'santak.com.mo' },
      { name: 'San Tak Hardware Co. Ltd', country: 'Macau', city: 'Macao', contactNames: ['Chan Ka Wai'], emails: ['santak.mo@gmail.com'], phones: ['+853 6612 3344'] },
    )).toEqual(['duplicate', 'duplicate']);
  });

  it('the same spellings in the mainland stay apart', () => {
    expect(reasonCodes({ name: 'San Kwong Lighting', country: 'CN' }, { name: 'Sun Kwong Lighting', country: 'CN' })).not.toContain('same_name');
  });
});

describe('tenth pass: translated names and initials', () => {
  it('pinyin "Xin Shiji" is "New Century"', () => {
    expect(bothWays(
      { name: 'Xin Shiji Trading', country: 'Peru', city: 'Lima', contactNames: ['Wei Zhang'], emails: ['zhangwei_pe@qq.com'] },
      { name: 'New Century Trading S.A.C.', country: 'Perú', city: 'Lima', contactNames: ['Zhang Wei'], emails: ['zhang@newcentury.pe'], phones: ['+51 1 433 2290'] },
    )).toEqual(['duplicate', 'duplicate']);
  });

  it('"SX" is "Southern Cross": the X of cross', () => {
    expect(bothWays(
      { name: 'Southern Cross Plumbing Pty Ltd', country: 'Australia', city: 'Brisbane', contactNames: ['Dave Collins'], phones: ['+61 7 3221 4400'], emails: ['info@southerncrossplumbing.com.au'] },
      { name: 'SX Plumbing', country: 'AU', city: 'Brisbane QLD', contactNames: ['Dave C.'], phones: ['(07) 3221 4401'] },
    )).toEqual(['duplicate', 'duplicate']);
    expect(reasonCodes({ name: 'SX Plumbing', country: 'AU' }, { name: 'Southern Coast Plumbing', country: 'AU' })).not.toContain('same_name');
  });
});
