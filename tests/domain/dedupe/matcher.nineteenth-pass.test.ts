import { describe, expect, it } from 'vitest';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';
import { compareNames } from '../../../src/domain/dedupe/name-compare';
import { spellingFold } from '../../../src/domain/dedupe/spelling';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const names = (x: string, y: string) => compareNames(companyNameParts(x), companyNameParts(y));

// Records written for this pass (not taken from a DEV set).
describe('nineteenth pass: a trade word met by a near spelling stays a trade word', () => {
  it('a Cyrillic name read "tradin" meets "Trading" as the trade word, not as a distinctive word', () => {
    const cmp = names('Кастор Традин', 'Zenith Trading');
    expect(cmp.shared).toEqual(['trading']);
    expect(cmp.sharedStrength).toBeLessThan(0.6);
  });

  it('the firm\'s own word still counts in full beside it', () => {
    const cmp = names('Орион Традин', 'Orion Trading');
    expect(cmp.sharedStrength).toBe(1);
    expect(cmp.similarity).toBe(1);
  });
});

describe('nineteenth pass: Sanskrit ksh written x', () => {
  it('"Lakshmi" and "Laxmi" are one word', () => {
    expect(spellingFold('lakshmi')).toBe(spellingFold('laxmi'));
    expect(spellingFold('dakshin')).toBe(spellingFold('daxin'));
    expect(names('Laxmi Handlooms', 'Lakshmi Handlooms').similarity).toBe(1);
  });

  it('one firm, one person, one town: at least a question', () => {
    const a = { name: 'Lakshmi Handlooms', country: 'India', city: 'Salem', contactNames: ['R. Murugan'], phones: ['+91 427 244 1180'] };
    const b = { name: 'Laxmi Handlooms', country: 'IN', city: 'Salem', contactNames: ['Murugan R'], phones: ['98430 55120'] };
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('nineteenth pass: old Indonesian "oe" for u, as the name is written', () => {
  it('"Majoe" is "Maju" though the key folds its oe to o', () => {
    expect(names('Toko Majoe Sentosa', 'Toko Maju Sentosa').similarity).toBe(1);
    // another word stays another word
    expect(names('Toko Majoe Sentosa', 'Toko Mojo Sentosa').similarity).toBeLessThan(0.9);
  });
});

describe('nineteenth pass: two letters for the other name\'s first two words', () => {
  it('"QM Distribuciones Cali" is "Quintero Mejia Distribuciones Cali"', () => {
    const cmp = names('QM Distribuciones Cali', 'Quintero Mejia Distribuciones Cali');
    expect(cmp.acronym).toBe(true);
    expect(cmp.distinctiveConflict).toBeNull();
  });

  it('"D&S Hardware" is "Duruaku & Sons Hardware", the family style dropped', () => {
    const cmp = names('D&S Hardware', 'Duruaku & Sons Hardware');
    expect(cmp.acronym).toBe(true);
    expect(cmp.distinctiveConflict).toBeNull();
  });

  it('not where the letters begin other words, nor for three words left over', () => {
    expect(names('QM Distribuciones Cali', 'Quintero Ruiz Distribuciones Cali').acronym).toBe(false);
    expect(names('QM Distribuciones Cali', 'Quintero Mejia Ruiz Distribuciones Cali').acronym).toBe(false);
  });
});

describe('nineteenth pass: a Chinese name translated into one English word', () => {
  it('永胜 reads "ever win", met by "Everwin" in one town: a question at least', () => {
    const a = { name: '佛山永胜五金有限公司', country: 'CN', city: '佛山' };
    const b = { name: 'Foshan Everwin Hardware Co., Ltd.', country: 'China', city: 'Foshan', emails: ['sales@everwinhw.com'] };
    const r = matchRecords(a, b);
    expect(r.reasons.map((x) => x.code)).toContain('translated_name');
    expect(bothWays(a, b)).not.toContain('distinct');
  });
});

describe('nineteenth pass: the caps are named', () => {
  it('a pair in two countries says so; a pair with nothing against it has none', () => {
    const a = { name: 'Kestrel Lighting Ltd', country: 'GB' };
    expect(matchRecords(a, { ...a, country: 'IE' }).cappedBy).toEqual(['twoCountries']);
    const r = matchRecords(a, a);
    expect(r.cappedBy).toEqual([]);
    expect(r.capped).toBe(false);
  });
});
