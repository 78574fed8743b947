import { describe, expect, it } from 'vitest';
import {
  approvalRulesSchema, coverageProblems, DEFAULT_APPROVAL_RULES, requiredApprovers,
} from '../../../src/domain/approvals/approval-rules';
import { DEFAULT_HOURS, workingHoursBetween } from '../../../src/domain/approvals/working-hours';

const facts = (amountBase: number, more: Partial<{ discountPct: number; marginPct: number | null; paymentDays: number }> = {}) => ({
  amountBase, discountPct: 0, marginPct: null, paymentDays: 0, ...more,
});

describe('approval rules', () => {
  it('follows the default tiers: ≤10k auto, ≤50k manager, above that director second, >60 days finance', () => {
    const rules = DEFAULT_APPROVAL_RULES;
    expect(requiredApprovers(rules, facts(10_000))).toEqual([]);
    expect(requiredApprovers(rules, facts(10_000.01)).map((r) => r.role)).toEqual(['manager']);
    expect(requiredApprovers(rules, facts(50_000)).map((r) => r.role)).toEqual(['manager']);
    expect(requiredApprovers(rules, facts(50_001)).map((r) => r.role)).toEqual(['manager', 'director']);
    expect(requiredApprovers(rules, facts(5_000, { paymentDays: 90 }))).toEqual([{ role: 'finance', because: ['paymentDays'] }]);
    expect(requiredApprovers(rules, facts(5_000, { paymentDays: 60 }))).toEqual([]);
    expect(requiredApprovers(rules, facts(5_000, { marginPct: 8 })).map((r) => r.role)).toEqual(['manager', 'director']);
    expect(requiredApprovers(rules, facts(20_000, { discountPct: 12 }))).toEqual([{ role: 'manager', because: ['amount', 'discountPct'] }]);
  });

  it('finds gaps and overlaps, in words', () => {
    expect(coverageProblems('amount', DEFAULT_APPROVAL_RULES.amount)).toEqual([]);
    expect(coverageProblems('amount', [
      { above: null, upTo: 10_000, approvers: [] },
      { above: 20_000, upTo: null, approvers: ['manager'] },
    ])).toEqual(['amount: gap between 10000 and 20000']);
    expect(coverageProblems('amount', [
      { above: null, upTo: 50_000, approvers: [] },
      { above: 40_000, upTo: null, approvers: ['manager'] },
    ])).toEqual(['amount: tiers 1 and 2 overlap (40000 < 50000)']);
    expect(coverageProblems('paymentDays', [{ above: null, upTo: 60, approvers: [] }])).toEqual(['paymentDays: gap above 60 (the last tier must end with "upTo": null)']);
    expect(coverageProblems('discountPct', [{ above: 0, upTo: null, approvers: [] }])[0]).toMatch(/gap below 0/);
  });

  it('refuses a whole rule set with a gap or an overlap', () => {
    const broken = { ...DEFAULT_APPROVAL_RULES, amount: [{ above: null, upTo: 10_000, approvers: [] }, { above: 9_000, upTo: null, approvers: ['manager'] }] };
    const result = approvalRulesSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['amount: tiers 1 and 2 overlap (9000 < 10000)']);
    expect(approvalRulesSchema.safeParse(DEFAULT_APPROVAL_RULES).success).toBe(true);
  });
});

describe('working hours', () => {
  const calendar = { timezone: 'Asia/Shanghai', hours: DEFAULT_HOURS, holidays: ['2026-11-26'] };
  it('counts only office hours in the approver’s zone, skipping weekends and holidays', () => {
    // Mon 2026-11-23 10:00 Shanghai (02:00Z) → 14:00 (06:00Z): 4 hours
    expect(workingHoursBetween(new Date('2026-11-23T02:00:00Z'), new Date('2026-11-23T06:00:00Z'), calendar)).toBe(4);
    // Fri 17:00 → Mon 10:00: 1 h Friday + 1 h Monday
    expect(workingHoursBetween(new Date('2026-11-20T09:00:00Z'), new Date('2026-11-23T02:00:00Z'), calendar)).toBe(2);
    // Wed 17:00 → Fri 10:00 over Thursday's holiday: 1 + 1
    expect(workingHoursBetween(new Date('2026-11-25T09:00:00Z'), new Date('2026-11-27T02:00:00Z'), calendar)).toBe(2);
    expect(workingHoursBetween(new Date('2026-11-23T06:00:00Z'), new Date('2026-11-23T02:00:00Z'), calendar)).toBe(0);
  });
});
