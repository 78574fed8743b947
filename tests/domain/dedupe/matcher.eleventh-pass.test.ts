import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/domain/dedupe/name-compare';
import { matchContacts, prepareContact } from '../../../src/domain/dedupe/contact-names';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts, normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { spellingFold } from '../../../src/domain/dedupe/spelling';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const similarity = (a: string, b: string) => compareNames(companyNameParts(a), companyNameParts(b)).similarity;
const contacts = (a: string, b: string) => matchContacts([prepareContact(a, {})], [prepareContact(b, {})]).kind;

// Records written for this pass (not taken from a DEV set).
describe('eleventh pass: a trade word typed a letter wrong, in any language', () => {
  it.each([['Comercializadroa Pacífico SA de CV', 'Comercializadora Pacífico SA de CV'], ['Suminstros Eléctricos Norte', 'Suministros Eléctricos Norte'],
    ['Distribuidroa Andes', 'Distribuidora Andes'], ['Okoro Imporst Ltd', 'Okoro Imports Ltd']])('%s is keyed as %s', (typed, right) => {
    expect(normalizeCompanyName(typed)).toBe(normalizeCompanyName(right));
  });

  // In a romanised Asian name a consonant changed or a letter added at the end is another word, not a slip.
  it.each([['Tongyang Electronics', 'tongyang'], ['Dongbang Tech', 'dongbang'], ['Електрон ЕООД', 'elektron']])('%s keeps its word %s', (name, word) => {
    expect(companyNameParts(name).tokens).toContain(word);
  });

  it('one Mexican distributor, its trade word mistyped, is one buyer', () => {
    expect(bothWays(
      { name: 'Comercializdora Sierra Madre S.A. de C.V.', country: 'MX', city: 'Monterrey', contactNames: ['Lic. Arturo Garza'], phones: ['+52 81 8340 2211'] },
      { name: 'Comercializadora Sierra Madre SA de CV', country: 'México', city: 'Monterrey', contactNames: ['Arturo Garza'], emails: ['agarza@sierramadre.com.mx'] },
    )).toEqual(['duplicate', 'duplicate']);
  });
});

describe('eleventh pass: words typed together or spaced otherwise', () => {
  it('a trade word typed together with the connector after it is the two words', () => {
    expect(normalizeCompanyName('Grupodel Bajío SA de CV')).toBe(normalizeCompanyName('Grupo del Bajío S.A. de C.V.'));
    expect(normalizeCompanyName('Comercialde Materiais Ltda')).toBe(normalizeCompanyName('Comercial de Materiais Ltda'));
  });

  it('the same letters spaced otherwise are the same words', () => {
    expect(similarity('DarAl Noor Auto Parts', 'Dar AlNoor Auto Parts')).toBe(1);
    expect(similarity('Bin Sa Lem Trading', 'Binsa Lem Trading')).toBe(1);
    // other letters are other words
    expect(similarity('DarAl Noor Auto Parts', 'Dar AlNour Auto Parts')).toBeLessThan(1);
  });

  it('"Nig" before the legal form is Nigeria, with or without its full stop', () => {
    expect(normalizeCompanyName('Crown Hardware Nig Ltd')).toBe(normalizeCompanyName('Crown Hardware Nig. Ltd'));
    expect(normalizeCompanyName('Crown Hardware Nig Ltd')).toBe(normalizeCompanyName('Crown Hardware Nigeria Limited'));
  });
});

describe('eleventh pass: two neighbouring letters typed the other way round', () => {
  it('is the same word', () => {
    expect(similarity('Baolgun Building Materials', 'Balogun Building Materials')).toBe(1);
    expect(bothWays(
      { name: 'Mirea Machinery Co., Ltd.', country: 'KR', city: 'Busan', contactNames: ['Park Sung-ho'] },
      { name: 'Mirae Machinery Co Ltd', country: 'Korea', city: 'Busan', contactNames: ['Sungho Park'], phones: ['+82 51 220 9231'] },
    )).toEqual(['duplicate', 'duplicate']);
  });

  it('a letter changed is not a swap: pinyin names one letter apart stay two firms', () => {
    expect(bothWays(
      { name: 'Hongda Lighting Co., Ltd', country: 'China', city: 'Zhongshan', phones: ['+86 760 2233 1100'] },
      { name: 'Hengda Lighting Co., Ltd', country: 'China', city: 'Zhongshan', phones: ['+86 760 8812 0400'] },
    )).not.toContain('duplicate');
  });
});

describe('eleventh pass: family words', () => {
  it('a family word typed a letter wrong comes off the name as the family word', () => {
    expect(normalizeCompanyName('Pereira & Filos Ltda')).toBe(normalizeCompanyName('Pereira & Filhos Ltda'));
    expect(companyNameParts('Pereira & Flhos Ltda').markers).toEqual(['sons']);
    // first, it is a name: "Filos" is Greek for friend
    expect(companyNameParts('Filos Trading').tokens).toContain('filo');
  });

  it('the brothers leading the name are a family word: "Irmãos Costa" and "Costa & Filhos" are two firms', () => {
    expect(companyNameParts('Irmãos Costa Ltda.').markers).toEqual(['brothers']);
    expect(companyNameParts('Hermanos Pérez S.A.').markers).toEqual(['brothers']);
    expect(bothWays(
      { name: 'Irmãos Costa Ltda.', country: 'Brasil', city: 'Recife', emails: ['vendas@irmaoscosta.com.br'] },
      { name: 'Costa & Filhos S.A.', country: 'Brasil', city: 'Recife', emails: ['costafilhos@hotmail.com'] },
    )).not.toContain('duplicate');
    expect(verdict({ name: 'Irmãos Costa Ltda.', country: 'BR', city: 'Recife', contactNames: ['João Costa'] },
      { name: 'Irmaos Costa', country: 'Brasil', city: 'Recife', contactNames: ['Joao Costa'] })).toBe('duplicate');
  });
});

describe('eleventh pass: contacts by their initials', () => {
  it('one family name with different initials is two people', () => {
    expect(contacts('H. Abdul Rahman', 'S. Abdul Rahman')).toBe('partial');
    expect(contacts('J. Smith', 'A. Smith')).toBe('partial');
    // the same initial, or none on one side, is still the person
    expect(contacts('H. Abdul Rahman', 'H. Abdul Rahman')).toBe('full');
    expect(contacts('Mr. Abdul Rahman', 'S. Abdul Rahman')).toBe('full');
  });
});

describe('eleventh pass: the old Indonesian spelling', () => {
  it.each([['djaja', 'jaya'], ['tjahaja', 'cahaya'], ['djarum', 'jarum']])('%s is %s', (old, now) => {
    expect(spellingFold(old)).toBe(spellingFold(now));
  });

  it('"Sinar Djaja" is "Sinar Jaya"', () => {
    expect(bothWays(
      { name: 'PT Abadi Sinar Djaja', country: 'Indonesia', city: 'Surabaya', contactNames: ['Budi Halim'] },
      { name: 'Abadi Sinar Jaya, PT', country: 'ID', city: 'Surabaya', contactNames: ['Bapak Budi Halim'], phones: ['+62 31 8036 4643'] },
    )).toEqual(['duplicate', 'duplicate']);
  });
});

describe('eleventh pass: one person\'s name across scripts, in two towns', () => {
  it('does not make two firms whose names share nothing one buyer', () => {
    expect(bothWays(
      { name: 'مؤسسة الواحة للتجارة', country: 'السعودية', city: 'Jeddah', contactNames: ['Mr. Abdul Rahman'] },
      { name: 'Al Noor Furniture', country: 'KSA', city: 'Riyadh', contactNames: ['Abdul Rahman'], phones: ['+966 53 450 9541'] },
    )).not.toContain('duplicate');
  });

  it('in one town it still does', () => {
    expect(verdict(
      { name: '興利實業有限公司', country: 'Malaysia', city: 'Kuala Lumpur', contactNames: ['Tan Mei Ling'] },
      { name: 'Heng Lee Industrial Sdn Bhd', country: 'MY', city: 'KL', contactNames: ['Tan Meiling'], phones: ['+60 3 7212 7054'] },
    )).toBe('duplicate');
  });
});
