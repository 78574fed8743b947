import { describe, expect, it } from 'vitest';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { compareNames } from '../../../src/domain/dedupe/name-compare';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;
const bothWays = (a: CandidateRecord, b: CandidateRecord) => [verdict(a, b), verdict(b, a)];
const names = (a: string, b: string) => compareNames(companyNameParts(a), companyNameParts(b));

// Records written for this pass (not taken from a DEV set).
describe('initials pass: an acronym of the whole name, its town and trade words too', () => {
  it('reads the acronym as written, and says when it spells every word of the other name', () => {
    expect(names('KTS Ltd', 'Kisumu Timber Supplies Ltd')).toMatchObject({ acronym: true, acronymWhole: true });
    // "AE" is folded as German writes ä: the acronym is its letters as written
    expect(names('AEB LLP', 'Astana Electro Build LLP')).toMatchObject({ acronym: true, acronymWhole: true });
    // three initials of a longer name: an acronym, not of the whole name
    expect(names('KTS Ltd', 'Kisumu Timber Supplies and Hardware Ltd').acronymWhole).toBeUndefined();
  });

  it('"KTS Ltd" in Kisumu is Kisumu Timber Supplies: a question at least', () => {
    const a = { name: 'KTS Ltd', country: 'KE', city: 'Kisumu', contactNames: ['Otieno'], phones: ['0722 118 204'] };
    const b = { name: 'Kisumu Timber Supplies Ltd', country: 'Kenya', city: 'Kisumu', contactNames: ['James Otieno Ouma'], emails: ['sales@kisumutimber.co.ke'], phones: ['+254 57 202 3344'] };
    expect(bothWays(a, b).every((v) => v !== 'distinct')).toBe(true);
  });

  it('the same initials in another town of the country stay distinct', () => {
    const a = { name: 'KTS Ltd', country: 'KE', city: 'Nakuru', phones: ['0722 118 204'] };
    const b = { name: 'Kisumu Timber Supplies Ltd', country: 'Kenya', city: 'Kisumu', emails: ['sales@kisumutimber.co.ke'], phones: ['+254 57 202 3344'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });

  it('other initials against the whole name stay distinct', () => {
    const a = { name: 'KHS Ltd', country: 'KE', city: 'Kisumu', phones: ['0722 118 204'] };
    const b = { name: 'Kisumu Timber Supplies Ltd', country: 'Kenya', city: 'Kisumu', emails: ['sales@kisumutimber.co.ke'], phones: ['+254 57 202 3344'] };
    expect(bothWays(a, b)).toEqual(['distinct', 'distinct']);
  });
});

describe('initials pass: the owner\'s given names as initials', () => {
  const kwabena = { name: 'KWABENA OWUSU ENTERPRISE LTD', country: 'Ghana', city: 'Takoradi', contactNames: ['Mr. Owusu'] };

  it('"K. Owusu Ent." of the town is Kwabena Owusu Enterprise: a question', () => {
    const b = { name: 'K. Owusu Ent.', country: 'GH', city: 'Takoradi', contactNames: ['Kwabena'], phones: ['024 811 3344'] };
    expect(bothWays(kwabena, b)).toEqual(['possible_duplicate', 'possible_duplicate']);
  });

  it('two initials for a title and a given name ("A.B. Yusuf" / "Alhaji Bashir Yusuf") in one town: a question', () => {
    const a = { name: 'A.B. Yusuf Ventures Ltd', country: 'Nigeria', city: 'Kaduna', phones: ['+234 803 611 2210'] };
    const b = { name: 'Alhaji Bashir Yusuf Ventures', country: 'NG', city: 'Kaduna' };
    expect(bothWays(a, b)).toEqual(['possible_duplicate', 'possible_duplicate']);
  });

  it('another initial is another of the family: distinct', () => {
    const b = { name: 'J. Owusu Ent.', country: 'GH', city: 'Takoradi', phones: ['024 811 3344'] };
    expect(bothWays(kwabena, b)).toEqual(['distinct', 'distinct']);
  });

  it('the initials in another town: distinct', () => {
    const b = { name: 'K. Owusu Ent.', country: 'GH', city: 'Tamale', phones: ['024 811 3344'] };
    expect(bothWays(kwabena, b)).toEqual(['distinct', 'distinct']);
  });
});
