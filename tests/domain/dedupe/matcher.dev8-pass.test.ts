import { describe, expect, it } from 'vitest';
import { camelCaseSpaced } from '../../../src/domain/dedupe/camel-case';
import { compareCities, prepareCity } from '../../../src/domain/dedupe/city';
import { isCommonPersonName } from '../../../src/domain/dedupe/common-person-names';
import { matchContacts, prepareContact } from '../../../src/domain/dedupe/contact-names';
import { generationsDiffer } from '../../../src/domain/dedupe/generation-suffix';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { rewordedInOneScript } from '../../../src/domain/dedupe/native-rewording';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const city = (name: string, country: string) => prepareCity(name, { country })!;

// Records written for this pass (not taken from a DEV set).
describe('DEV 8 pass: two cities of their own a short drive apart', () => {
  it('a big neighbour is not the same town; a suburb still is', () => {
    expect(compareCities(city('Suwon', 'KR'), city('Seoul', 'KR'))).toBe('unknown');
    expect(compareCities(city('Sharjah', 'AE'), city('Dubai', 'AE'))).toBe('unknown');
    expect(compareCities(city('Getafe', 'ES'), city('Madrid', 'ES'))).toBe('same');
    expect(compareCities(city('Doral', 'US'), city('Miami', 'US'))).toBe('same');
  });

  it('a like name in the neighbouring big city is no merge; the firm in its suburb still meets itself', () => {
    const a = { name: 'Al Waha Electrical Trading LLC', country: 'AE', city: 'Sharjah', contactNames: ['Faisal Rahman'], phones: ['+971 6 544 1200'] };
    const b = { name: 'Al Waha Electric Trading', country: 'AE', city: 'Dubai', contactNames: ['Sunil Menon'], phones: ['+971 4 228 9031'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
    const c = { name: 'Ferretería Los Pinos S.L.', country: 'ES', city: 'Getafe', contactNames: ['Luis Navarro'], emails: ['compras@ferrelospinos.es'] };
    const d = { name: 'Ferreteria Los Pinos', country: 'ES', city: 'Madrid', contactNames: ['Luis Navarro'], phones: ['+34 916 82 11 40'] };
    expect(bothWays(c, d)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('DEV 8 pass: father and son', () => {
  it('reads the generation after the name only', () => {
    expect(generationsDiffer('Kofi Boateng Jnr', 'Mr. Kofi Boateng Sr.')).toBe(true);
    expect(generationsDiffer('Kofi Boateng Jnr', 'Kofi Boateng')).toBe(false);
    expect(generationsDiffer('Sr. Luis Carlos', 'Luis Carlos Jr.')).toBe(false);
  });

  it('father and son are two people; the son is still himself', () => {
    const area = {};
    const son = [prepareContact('Kofi Boateng Jnr', area)];
    expect(matchContacts(son, [prepareContact('Mr. Kofi Boateng Sr.', area)]).kind).toBe('none');
    expect(matchContacts(son, [prepareContact('Kofi Boateng', area)]).kind).toBe('full');
  });

  it('the son\'s firm and the father\'s stay apart', () => {
    const son = { name: 'Boateng Jnr Trading', country: 'GH', city: 'Kumasi', contactNames: ['Kofi Boateng Jnr'], emails: ['boatengjnr@gmail.com'], phones: ['024 551 2090'] };
    const father = { name: 'Boateng & Sons Trading', country: 'GH', city: 'Kumasi', contactNames: ['Kofi Boateng Sr.'], emails: ['boatengsons@yahoo.com'], phones: ['020 733 1184'] };
    expect(bothWays(son, father)).not.toContain('duplicate');
  });
});

describe('DEV 8 pass: initials against given names written out', () => {
  it('"C.K. Chan" is not 陳大文 (Chan Tai Man); "T.M. Chan" may be', () => {
    const area = { cantonese: true };
    const ck = [prepareContact('CHAN C.K.', area)];
    expect(matchContacts(ck, [prepareContact('陳大文', area)]).kind).toBe('none');
    expect(matchContacts([prepareContact('T.M. Chan', area)], [prepareContact('陳大文', area)]).kind).not.toBe('none');
    expect(matchContacts(ck, [prepareContact('Mr. Chan', area)]).kind).toBe('partial');
  });
});

describe('DEV 8 pass: a scan\'s l for I is not two words', () => {
  it('does not part a word in capitals at a small l', () => {
    expect(camelCaseSpaced('KWONG FAT TRADlNG CO')).toBeUndefined();
    expect(camelCaseSpaced('GreenGateElectric')).toBe('Green Gate Electric');
  });

  it('a scanned name does not meet another firm by its broken word', () => {
    const a = { name: 'KWONG FAT TRADlNG CO LTD', country: 'HK', city: 'Kowloon', contactNames: ['LEE C.W.'] };
    const b = { name: "Lee's Trading Co. Ltd (李氏貿易)", country: 'HK', city: 'Hong Kong', contactNames: ['李國強'], emails: ['info@leestrading.hk'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});

describe('DEV 8 pass: the same lucky words in another order', () => {
  it('"Cahaya Makmur Sentosa" is not "Cahaya Sentosa Makmur"', () => {
    const a = { name: 'PT Cahaya Makmur Sentosa', country: 'ID', city: 'Medan', contactNames: ['Rudi'], phones: ['0812 6601 2291'] };
    const b = { name: 'PT Cahaya Sentosa Makmur', country: 'ID', city: 'Medan', contactNames: ['Ibu Sari'], phones: ['0813 7720 4410'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });

  it('the legal form, a trade word or the owner\'s name moved about is still one firm', () => {
    const a = { name: 'PT Cahaya Makmur Sentosa', country: 'ID', city: 'Medan', contactNames: ['Rudi Hartono'], phones: ['0812 6601 2291'] };
    const b = { name: 'Cahaya Makmur Sentosa, PT', country: 'ID', city: 'Medan', contactNames: ['Pak Rudi'] };
    expect(bothWays(a, b)).toEqual(['duplicate', 'duplicate']);
    const c = { name: 'Weber Haustechnik', country: 'DE', city: 'Bremen', contactNames: ['Jan Weber'], phones: ['0421 556 210'] };
    const d = { name: 'Haustechnik Weber GmbH', country: 'DE', city: 'Bremen', contactNames: ['Herr Jan Weber'] };
    expect(bothWays(c, d)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('DEV 8 pass: a common Korean name in Hangul', () => {
  it('knows the commonest family syllables', () => {
    expect(isCommonPersonName('박지훈')).toBe(true);
    expect(isCommonPersonName('윤서진')).toBe(false);
  });

  it('one 박지훈 at two unlike firms in two towns is no merge', () => {
    const a = { name: '(주)대성무역', country: 'KR', city: '서울', contactNames: ['박지훈'], emails: ['info@daesungtrade.co.kr'] };
    const b = { name: "Park's Electric", country: 'KR', city: '대구', contactNames: ['박지훈'], emails: ['parkselec@naver.com'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
  });
});

describe('DEV 8 pass: one reading, other characters', () => {
  it('reads 동방무역 / 동방상사 and 华福 / 华富 as other names; a dropped legal form or city is not', () => {
    expect(rewordedInOneScript('(주)동방무역', '동방상사')).toBe(true);
    expect(rewordedInOneScript('宁波华福五金有限公司', '宁波华富五金有限公司')).toBe(true);
    expect(rewordedInOneScript('(주)동방무역', '주식회사 동방무역')).toBe(false);
    expect(rewordedInOneScript('寧波華福五金有限公司', '华福五金')).toBe(false);
  });

  it('two firms whose names read alike stay apart; the firm written twice still meets itself', () => {
    const a = { name: '(주)동방무역', country: 'KR', city: '부산', contactNames: ['윤서진'], emails: ['dongbang@dongbangtrade.co.kr'] };
    const b = { name: '동방상사', country: 'KR', city: '부산', contactNames: ['한도윤'], emails: ['dongbang.ss@daum.net'] };
    expect(bothWays(a, b)).not.toContain('duplicate');
    const c = { name: '주식회사 동방무역', country: 'KR', city: '부산', contactNames: ['윤서진'], phones: ['051-442-7781'] };
    expect(bothWays(a, c)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('DEV 8 pass: Amdavad is Ahmedabad', () => {
  it('reads the Gujarati name as the city', () => {
    expect(compareCities(city('Amdavad', 'IN'), city('Ahmedabad', 'IN'))).toBe('same');
    expect(compareCities(city('Amdavad', 'IN'), city('Surat', 'IN'))).toBe('different');
  });
});
