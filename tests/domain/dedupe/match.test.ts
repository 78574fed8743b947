import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, POSSIBLE_THRESHOLD, matchRecords, prepareRecord, scoreMatch, type CandidateRecord } from '../../../src/domain/dedupe/match';
import { loadCompanies, pairwiseMetrics, type LabelledCompany } from './fixtures';

const brightlux: CandidateRecord = {
  name: 'BRIGHTLUX LIGHTING (SHENZHEN) CO LTD', country: 'CN', emails: ['sales@brightlux.cn'], phones: ['+86 755 2345 6789'], website: 'www.brightlux.cn', contactNames: ['Lily Chen'],
};

function scorer(records: LabelledCompany[]) {
  const prepared = new Map(records.map((r) => [r.id, prepareRecord(r)]));
  return (a: LabelledCompany, b: LabelledCompany) => scoreMatch(prepared.get(a.id)!, prepared.get(b.id)!);
}

describe('scoreMatch', () => {
  it('calls a record typed differently with the same phone a duplicate, with reasons in English and Chinese', () => {
    const r = matchRecords(brightlux, { name: '深圳市明亮照明有限公司', country: 'China', phones: ['0755-23456789'], contactNames: ['陈莉莉'] });
    expect(r.verdict).toBe('duplicate');
    expect(r.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    const phone = r.reasons.find((x) => x.code === 'same_phone')!;
    expect(phone.en).toBe('same phone +86 755 2345 6789');
    expect(phone.zh).toBe('相同电话 +86 755 2345 6789');
    expect(r.reasons.find((x) => x.code === 'same_contact')?.en).toBe('same contact Lily Chen ≈ 陈莉莉');
  });

  it('explains a name + domain match', () => {
    const r = matchRecords(brightlux, { name: 'Brightlux Lighting Co., Ltd.', country: 'CN', emails: ['lily.chen@brightlux.cn'] });
    expect(r.verdict).toBe('duplicate');
    expect(r.reasons.map((x) => x.en)).toEqual(expect.arrayContaining(['same email domain brightlux.cn', 'same name after normalisation ("brightlux lighting")']));
    for (const reason of r.reasons) {
      expect(reason.en.length).toBeGreaterThan(0);
      expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('does not treat a shared free-mail domain as evidence', () => {
    const r = matchRecords(
      { name: 'Golden Sun Trading LLC', country: 'AE', emails: ['goldensun.trading@gmail.com'] },
      { name: 'Al Noor Electrical Trading', country: 'AE', emails: ['alnoorelectrical@gmail.com'] },
    );
    expect(r.signals.sharedDomains).toEqual([]);
    expect(r.verdict).toBe('distinct');
  });

  it('keeps the same name in two countries with different domains and phones apart', () => {
    const r = matchRecords(
      { name: 'Sunrise Lighting GmbH', country: 'DE', emails: ['info@sunrise-lighting.de'], phones: ['+49 30 12345678'] },
      { name: 'Sunrise Lighting, Inc.', country: 'US', emails: ['sales@sunriselighting.com'], phones: ['+1 626 288 4410'] },
    );
    expect(r.verdict).toBe('distinct');
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['same_name', 'different_country', 'different_domains']));
  });

  it('separates similar names of different firms', () => {
    const r = matchRecords(
      { name: 'Sunrise Lighting GmbH', country: 'DE', website: 'sunrise-lighting.de' },
      { name: 'Sunrise Electric GmbH', country: 'DE', website: 'sunrise-electric.de' },
    );
    expect(r.verdict).toBe('distinct');
    expect(r.reasons.find((x) => x.code === 'different_trade_words')?.zh).toBe('经营范围词不同：lighting / electric');
  });

  it('flags another legal entity of the same group (多抬头) instead of merging it', () => {
    const r = matchRecords(
      { name: 'Guangzhou Tianhe Electronics Co., Ltd.', country: 'CN', emails: ['info@tianhe-group.com'], phones: ['+86 20 8765 4321'] },
      { name: 'Tianhe Electronics (Vietnam) Co., Ltd.', country: 'VN', emails: ['vn@tianhe-group.com'], phones: ['+84 28 3823 4567'] },
    );
    expect(r.verdict).not.toBe('duplicate');
    expect(r.signals.groupLikely).toBe(true);
    expect(r.signals.sharedDomains).toEqual(['tianhe-group.com']);
    expect(r.reasons.find((x) => x.code === 'group_entity')?.zh).toContain('同一集团的不同抬头');
  });

  it('is symmetric and bounded', () => {
    const records = loadCompanies('train').slice(0, 40);
    const score = scorer(records);
    for (const a of records) for (const b of records) {
      const ab = score(a, b);
      expect(ab.score).toBeGreaterThanOrEqual(0);
      expect(ab.score).toBeLessThanOrEqual(1);
      expect(score(b, a).score).toBe(ab.score);
    }
  });

  it('orders the thresholds', () => {
    expect(POSSIBLE_THRESHOLD).toBeLessThan(DUPLICATE_THRESHOLD);
  });
});

describe('labelled companies (tests/data/dedupe/companies.jsonl)', () => {
  const all = loadCompanies();

  it('has at least 300 records, a fixed split and clusters that never cross it', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    const splitOf = new Map<string, string>();
    for (const r of all) {
      expect(['train', 'test']).toContain(r.split);
      expect(splitOf.get(r.cluster) ?? r.split).toBe(r.split);
      splitOf.set(r.cluster, r.split);
    }
  });

  // Predicted positive = verdict 'duplicate' only: 'possible_duplicate' asks a human, so it is not counted as a match here.
  it('reaches pairwise precision ≥ 0.97 and F1 ≥ 0.95 on the test split', () => {
    const test = loadCompanies('test');
    const score = scorer(test);
    const m = pairwiseMetrics(test, (a, b) => score(a, b).verdict === 'duplicate');
    expect(m.positives).toBeGreaterThanOrEqual(80);
    expect(m.precision).toBeGreaterThanOrEqual(0.97);
    expect(m.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('warns (duplicate or possible) on at least 90% of true pairs of the test split', () => {
    const test = loadCompanies('test');
    const score = scorer(test);
    const m = pairwiseMetrics(test, (a, b) => score(a, b).verdict !== 'distinct');
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every duplicate at least one positive reason', () => {
    const test = loadCompanies('test');
    const score = scorer(test);
    const positive = new Set(['same_email', 'same_email_domain', 'same_website', 'same_domain_label', 'same_phone', 'same_name', 'similar_name', 'same_contact']);
    for (let i = 0; i < test.length; i++) for (let j = i + 1; j < test.length; j++) {
      const r = score(test[i], test[j]);
      if (r.verdict !== 'distinct') expect(r.reasons.some((x) => positive.has(x.code))).toBe(true);
    }
  });
});
