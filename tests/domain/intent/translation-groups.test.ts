import { describe, expect, it } from 'vitest';
import { commonSubsequence, translationGroups, translationWeights, WEIGHINGS } from '../../../scripts/translation-groups';
import { DEV4_PATH, loadLabelled, type Labelled } from '../classify-dataset';
import type { Intent } from '../../../src/domain/intent/intents';

const row = (language: Labelled['language'], intents: Intent[], text = '', kind = 'ordinary'): Labelled => ({ text, language, intents, kind, split: 'train' });

describe('translation groups of training rows', () => {
  it('lines up two sequences on a longest common subsequence', () => {
    expect(commonSubsequence(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toEqual([[0, 0], [2, 1], [3, 2]]);
    expect(commonSubsequence(['a'], [])).toEqual([]);
  });

  it('groups the same template across language blocks, through a row one language dropped', () => {
    const rows = [
      row('en', ['price_inquiry'], 'price?'), row('en', ['moq'], 'MOQ?'), row('en', ['complaint'], 'broken'),
      row('de', ['price_inquiry'], 'Preis?'), row('de', ['complaint'], 'kaputt'),
      row('fr', ['price_inquiry'], 'prix ?'), row('fr', ['moq'], 'minimum ?'), row('fr', ['complaint'], 'cassé'),
    ];
    const g = translationGroups(rows);
    expect(g[3]).toBe(g[0]);
    expect(g[5]).toBe(g[0]);
    expect(g[6]).toBe(g[1]);
    expect(new Set([g[2], g[4], g[7]]).size).toBe(1);
    expect(g[1]).not.toBe(g[0]);
    expect(translationWeights(rows, WEIGHINGS.once)).toEqual([1 / 3, 1 / 2, 1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 2, 1 / 3]);
    expect(translationWeights(rows, WEIGHINGS.none)).toEqual(rows.map(() => 1));
  });

  it('leaves alone a language that does not line up, and rows of undetermined language', () => {
    const rows = [
      row('en', ['price_inquiry']), row('en', ['moq']), row('en', ['complaint']), row('en', ['shipping']), row('en', ['other']),
      row('de', ['lead_time']), row('de', ['catalog_request']), row('de', ['opt_out']), row('de', ['complaint']), row('de', ['greeting']),
      row('und', ['price_inquiry']),
    ];
    expect(translationGroups(rows)).toEqual(rows.map((_, i) => i));
  });

  it('finds dev4.jsonl the 16-language grid it is: groups of up to 16, none within one language', () => {
    const rows = loadLabelled(DEV4_PATH);
    const groups = new Map<number, number[]>();
    translationGroups(rows).forEach((g, i) => groups.set(g, [...(groups.get(g) ?? []), i]));
    const sizes = [...groups.values()].map((m) => m.length);
    expect(Math.max(...sizes)).toBe(16);
    expect(sizes.filter((n) => n > 1).reduce((a, b) => a + b, 0)).toBeGreaterThan(rows.length * 0.8);
    for (const members of groups.values()) expect(new Set(members.map((i) => rows[i].language)).size).toBe(members.length);
    // the first template: a greeting, a price and the MOQ asked in one message, in every language that kept all three
    const first = groups.get(translationGroups(rows)[0])!;
    expect(first.length).toBeGreaterThanOrEqual(12);
    for (const i of first) expect([...rows[i].intents].sort()).toEqual(['greeting', 'moq', 'price_inquiry']);
  });
});
