import { describe, expect, it } from 'vitest';
import { matchRecords } from '../../../src/domain/dedupe/match';
import { companyNameParts } from '../../../src/domain/dedupe/normalize-company';
import { bracketedAliases } from '../../../src/domain/dedupe/bracket-alias';
import { sharedSwitchboard } from '../../../src/domain/dedupe/switchboard';

const codes = (r: ReturnType<typeof matchRecords>) => r.reasons.map((x) => x.code);

describe('landlines of one switchboard', () => {
  it('numbers that differ in their last two digits are one office, not two firms\' numbers', () => {
    expect(sharedSwitchboard(['+85223186610'], ['+85223186647'])).toEqual(['+85223186610', '+85223186647']);
    const r = matchRecords(
      { name: 'Kwong Fat Metal Works', country: 'HK', phones: ['+852 2318 6610'], emails: ['kwongfat.metal@yahoo.com.hk'] },
      { name: 'Kwong Fat Metal Works Ltd', country: 'Hong Kong', phones: ['2318 6647 ext 12'], emails: ['sales@kwongfatmetal.com.hk'] },
    );
    expect(codes(r)).toContain('same_switchboard');
    expect(codes(r)).not.toContain('different_phones');
  });

  it('neighbouring mobiles are handed out one by one: still different numbers', () => {
    expect(sharedSwitchboard(['+84912345670'], ['+84912345671'])).toBeUndefined();
    expect(sharedSwitchboard(['+8613912345670'], ['+8613912345688'])).toBeUndefined();
  });

  it('a group\'s firms on one domain and one switchboard stay apart (a group, not a duplicate)', () => {
    const r = matchRecords(
      { name: 'Sinar Baja Steel Pipes', country: 'ID', city: 'Surabaya', emails: ['pipes@sinarbaja.co.id'], phones: ['+62 31 7453 2210'], contactNames: ['Hendra Wijaya'] },
      { name: 'Sinar Baja Logistics', country: 'ID', city: 'Surabaya', emails: ['cargo@sinarbaja.co.id'], phones: ['+62 31 7453 2290'], contactNames: ['Rina Kusuma'] },
    );
    expect(r.verdict).not.toBe('duplicate');
  });
});

describe('a second name in brackets', () => {
  it('a translated name keeps the name the firm is known by in brackets', () => {
    expect(bracketedAliases('Golden Bridge Trading Co., Ltd (Kim Kieu)')).toEqual(['Kim Kieu']);
    const r = matchRecords(
      { name: 'Golden Bridge Trading Co., Ltd (Kim Kieu)', country: 'VN', city: 'Hanoi' },
      { name: 'Kim Kieu Co., Ltd', country: 'Vietnam', city: 'Ha Noi' },
    );
    expect(r.signals.nameSimilarity).toBeGreaterThanOrEqual(0.9);
  });

  it('a town, a branch, a legal form, an area code or a note in brackets is no name', () => {
    for (const name of ['Volga Steel LLC (Samara)', 'Emerald Tiles (Abu Dhabi Branch)', 'Protea Lighting (Pty) Ltd', 'Phone (021) 5551234', 'Blue Anchor (WhatsApp)']) {
      expect(bracketedAliases(name)).toEqual([]);
    }
  });
});

describe('the owner\'s family or partners in any language', () => {
  it('"a synové", "és Társa", "e Hijos" are "& Sons", "& Partners": the same name', () => {
    expect(companyNameParts('Horák a synové s.r.o.').tokens).toEqual(companyNameParts('Horak & Sons Ltd.').tokens);
    expect(companyNameParts('Szabó és Társa Bt.').tokens).toEqual(companyNameParts('Szabo & Partners').tokens);
    expect(companyNameParts('Ortega e Hijos S.A.').key).toEqual(companyNameParts('Ortega & Sons Ltd').key);
  });

  it('sons and brothers of one family name are two firms (hard negative)', () => {
    const r = matchRecords({ name: 'Dubois et Fils SARL', country: 'FR', city: 'Lyon' }, { name: 'Dubois Frères SAS', country: 'FR', city: 'Lyon' });
    expect(r.verdict).toBe('distinct');
    expect(codes(r)).toContain('different_entity_marker');
  });

  it('"Son" that begins a name is a name (Vietnamese Sơn)', () => {
    expect(companyNameParts('Son Long Plastics').tokens).toContain('son');
  });
});

describe('syllables written apart or joined', () => {
  it('"Dae Han" = "Daehan": a folded "dae" is no Italian "da" to strip', () => {
    const r = matchRecords({ name: 'Dae Han Valve Co., Ltd', country: 'KR' }, { name: 'Daehan Valve', country: 'Korea' });
    expect(r.signals.nameSimilarity).toBeGreaterThanOrEqual(0.9);
  });
});

describe('Belarusian and Ukrainian legal forms in Latin letters', () => {
  it.each([['ALC Vitebskmebel'], ['PUE Vitebskmebel'], ['PE Vitebskmebel']])('%s: the form comes off', (name) => {
    expect(companyNameParts(name).tokens).toEqual(['vitebskmebel']);
  });
});
