import { describe, expect, it } from 'vitest';
import { blockingKeys, candidateQuery, createBlockingIndex, soundKeys } from '../../../src/domain/dedupe/blocking';
import { normalizeCompanyName } from '../../../src/domain/dedupe/normalize-company';
import { storedSoundKeys } from '../../../src/domain/dedupe/sound-skeleton';
import { prepareRecord, scoreMatch } from '../../../src/domain/dedupe/match';
import { loadCompanies } from './fixtures';

describe('blocking', () => {
  it('produces index-friendly look-up terms', () => {
    const q = candidateQuery(prepareRecord({
      name: 'BRIGHTLUX LIGHTING (SHENZHEN) CO LTD', country: 'CN', emails: ['Sales@Brightlux.cn', 'lily@gmail.com'], phones: ['0755-23456789'], website: 'https://www.brightlux.cn/en',
    }));
    expect(q).toEqual({
      nameKeys: ['brightlux lighting'],
      nameTerms: ['brightlux'],
      emails: ['sales@brightlux.cn', 'lily@gmail.com'],
      domains: ['brightlux.cn'],
      phones: ['+8675523456789'],
      soundKeys: ['brktlk', 'brktlks'],
      native: false,
      contactKeys: [],
    });
  });

  it('looks up sound keys that meet a name read from another script, and stores every word and two words joined', () => {
    const keys = (name: string, country?: string) => soundKeys(prepareRecord({ name, country }));
    const shares = (query: string, stored: string) => keys(query).some((k) => storedSoundKeys(normalizeCompanyName(stored)).includes(k));
    expect(shares('Petra General Trading Co.', 'شركة البتراء للتجارة العامة')).toBe(true);
    expect(shares('OOO Svetotechnika Plus', 'Svetotekhnika Plus LLC')).toBe(true);
    expect(shares('Lonestar Supply', 'Lone Star Supply LLC')).toBe(true);
    expect(shares('Lone Star Supply LLC', 'Lonestar Supply')).toBe(true);
    expect(shares('Valotuonti Oy Ltd', 'Valo-Tuonti Oy')).toBe(true);
    expect(shares('Agroimpex Dnipro LLC', 'ТОВ «Агроімпекс Дніпро»')).toBe(true);
    expect(shares('Brightlux Lighting', 'Sunrise Lighting')).toBe(false);
    // two consonant classes ("nr") are shared by thousands of names: looked up only when the name has nothing longer
    expect(keys('Al Noor Trading Est.')).toEqual(['nr']);
    expect(keys('Noor Brightlux Trading')).not.toContain('nr');
  });

  it('never hides a pair the matcher would call a duplicate', () => {
    const records = loadCompanies();
    const prepared = records.map((r) => prepareRecord(r));
    const keys = prepared.map((p) => new Set(blockingKeys(p)));
    for (let i = 0; i < prepared.length; i++) for (let j = i + 1; j < prepared.length; j++) {
      if (scoreMatch(prepared[i], prepared[j]).verdict !== 'duplicate') continue;
      expect([...keys[i]].some((k) => keys[j].has(k)), `${records[i].name} / ${records[j].name}`).toBe(true);
    }
    // ~45,000 pairs through the whole matcher: 16 s alone, and it shares two cores with the other test files in CI
  }, 120_000);

  it('finds candidates through an in-memory index and skips oversized blocks', () => {
    const index = createBlockingIndex<number>({ maxBlock: 8 });
    const records = loadCompanies('train');
    records.forEach((r) => index.add(prepareRecord(r), r.id));
    const found = index.candidates(prepareRecord({ name: 'Brightlux Lighting', emails: ['x@brightlux.cn'] }));
    const ids = records.filter((r) => found.has(r.id)).map((r) => r.cluster);
    expect(ids).toContain('c001');
    expect(found.size).toBeLessThan(15);
  });
});
