import { describe, expect, it } from 'vitest';
import { matchRecords, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';

const verdict = (a: CandidateRecord, b: CandidateRecord) => matchRecords(a, b).verdict;

describe('names that differ only by a word that tells two entities apart are not flagged', () => {
  it.each([
    ['Azteca Uno SA', 'Azteca Dos SA', 'MX'],
    ['Azteca Dos SA', 'Azteca Tres SA', 'MX'],
    ['Lima Uno SAC', 'Lima Dos SAC', 'PE'],
    ['Great Plains Supply North', 'Great Plains Supply South', 'US'],
    ['Distribuidora Norte Ltda', 'Distribuidora Sul Ltda', 'BR'],
    ['Harbour Logistics 1 Ltd', 'Harbour Logistics 2 Ltd', 'GB'],
    ['Apex Holdings II LLC', 'Apex Holdings III LLC', 'US'],
  ])('%s / %s (%s): distinct, with the reason', (a, b, country) => {
    const r = matchRecords({ name: a, country }, { name: b, country });
    expect(r.verdict).toBe('distinct');
    expect(r.reasons.map((x) => x.code)).toContain('different_entity_marker');
  });

  it('the same entity with the same number or direction is still a duplicate; "dos" inside a name is a connector', () => {
    expect(verdict({ name: 'Azteca Dos SA', country: 'MX' }, { name: 'AZTECA DOS S.A.', country: 'México' })).toBe('duplicate');
    expect(verdict({ name: 'Great Plains Supply North', country: 'US' }, { name: 'Great Plains Supply North Inc', country: 'USA' })).toBe('duplicate');
    expect(companyNameParts('Comércio dos Santos Ltda').markers).toEqual([]);
    expect(companyNameParts('Azteca Dos S.A. de C.V.').markers).toEqual(['2']);
  });

  it('a branch city in the name that the other record contradicts: distinct', () => {
    const r = matchRecords(
      { name: 'Hongda Lighting (Shenzhen) Co., Ltd.', country: 'CN', city: 'Shenzhen' },
      { name: 'Hongda Lighting Co., Ltd.', country: 'CN', city: 'Guangzhou' },
    );
    expect(r.verdict).toBe('distinct');
    expect(r.reasons.find((x) => x.code === 'different_place')?.en).toBe('the name says shenzhen, the other record is in guangzhou');
    // The same city in the name and the record: no contradiction.
    expect(verdict({ name: 'Hongda Lighting (Shenzhen) Co., Ltd.', country: 'CN', city: 'Shenzhen' }, { name: 'Hongda Lighting Co., Ltd.', country: 'CN', city: '深圳' })).toBe('duplicate');
  });

  it('different legal-form families in different countries: distinct; the same family, or one country, is left to the score', () => {
    const r = matchRecords({ name: 'Brenner Antriebstechnik GmbH', country: 'DE' }, { name: 'Brenner Antriebstechnik Ltd', country: 'GB' });
    expect(r.verdict).toBe('distinct');
    expect(r.reasons.map((x) => x.code)).toContain('different_legal_form');
    expect(matchRecords({ name: 'Brenner Antriebstechnik GmbH', country: 'DE' }, { name: 'Brenner Antriebstechnik AG', country: 'AT' }).contradicted).toBe(false);
    expect(verdict({ name: 'Brenner Antriebstechnik GmbH', country: 'DE' }, { name: 'Brenner Antriebstechnik', country: 'Deutschland' })).toBe('duplicate');
  });

  it('a shared inbox does not bring a contradicted pair back: it is a group sibling, said as such', () => {
    const r = matchRecords(
      { name: 'Azteca Uno SA', country: 'MX', emails: ['compras@azteca.mx'] },
      { name: 'Azteca Dos SA', country: 'MX', emails: ['compras@azteca.mx'] },
    );
    expect(r.verdict).toBe('distinct');
    expect(r.signals.groupLikely).toBe(true);
  });
});
