import { describe, expect, it } from 'vitest';
import { interleavedCycle, pickNext, planRoundRobin } from '../../../src/domain/assignment/weighted-round-robin';
import { firstMatchingRule, isShadowedBy, ruleMatches, type RoutingRule } from '../../../src/domain/assignment/rule-match';
import { parseRuleLine } from '../../../src/domain/assignment/rule-definition';
import { parseRulesFile } from '../../../src/domain/assignment/rules-file';
import { unavailability } from '../../../src/domain/assignment/availability';

const A = 1, B = 2, C = 3;

describe('interleaved weighted round robin', () => {
  it('gives 3:2:1 as A-B-C-A-B-A', () => {
    expect(interleavedCycle([{ id: A, weight: 3 }, { id: B, weight: 2 }, { id: C, weight: 1 }])).toEqual([A, B, C, A, B, A]);
  });

  it('walks the cycle from the cursor and wraps', () => {
    const cycle = [A, B, C, A, B, A];
    const seen: number[] = [];
    let cursor = 0;
    for (let i = 0; i < 12; i += 1) {
      const pick = pickNext(cycle, cursor, () => true)!;
      seen.push(pick.memberId);
      cursor = pick.nextCursor;
    }
    expect(seen).toEqual([...cycle, ...cycle]);
  });

  it('passes over an unavailable member without changing the others\' order, and returns null when nobody is free', () => {
    const cycle = [A, B, C, A, B, A];
    const seen: number[] = [];
    let cursor = 0;
    for (let i = 0; i < 6; i += 1) {
      const pick = pickNext(cycle, cursor, (id) => id !== A)!;
      seen.push(pick.memberId);
      cursor = pick.nextCursor;
    }
    expect(seen).toEqual([B, C, B, B, C, B]);
    expect(pickNext(cycle, 0, () => false)).toBeNull();
  });

  it('treats leave dates as inclusive and an open end as until further notice', () => {
    const base = { status: 'active', leaveFrom: null, leaveUntil: null, maxOpenLeads: null, openLeads: 0 };
    const now = new Date('2026-11-24T12:00:00Z');
    expect(unavailability({ ...base, leaveFrom: new Date('2026-11-20') }, now)).toBe('leave');
    expect(unavailability({ ...base, leaveUntil: new Date('2026-11-23') }, now)).toBeNull();
    expect(unavailability({ ...base, maxOpenLeads: 3, openLeads: 3 }, now)).toBe('capacity');
    expect(unavailability({ ...base, status: 'off' }, now)).toBe('off');
  });
});

describe('a batch of leads planned at once', () => {
  const at = new Date('2026-11-24T12:00:00Z');
  const member = (id: number, name: string, weight: number, more = {}) =>
    ({ id, name, weight, status: 'active', leaveFrom: null, leaveUntil: null, maxOpenLeads: null, openLeads: 0, ...more });
  const lead = { at, opensLead: true };

  it('gives the same picks, slots and cursor as assigning the leads one after another', () => {
    const members = [member(A, 'alice', 3), member(B, 'bob', 2), member(C, 'carol', 1)];
    const { picks, nextCursor } = planRoundRobin(members, 4, Array(5).fill(lead));
    expect(picks.map((p) => p.memberId)).toEqual([B, A, A, B, C]);
    expect(picks.map((p) => ('slot' in p ? p.slot : null))).toEqual([5, 6, 1, 2, 3]);
    expect(nextCursor).toBe(3);
  });

  it('skips a rep who reaches their cap inside the batch from then on, naming them; nobody left gives no pick', () => {
    const members = [member(A, 'alice', 1, { maxOpenLeads: 1, openLeads: 0 }), member(B, 'bob', 1, { maxOpenLeads: 2, openLeads: 1 })];
    const { picks, nextCursor } = planRoundRobin(members, 0, Array(3).fill(lead));
    expect(picks[0]).toMatchObject({ memberId: A, skipped: [] });
    expect(picks[1]).toMatchObject({ memberId: B, skipped: [] });
    expect(picks[2]).toMatchObject({ memberId: null, unavailable: [{ name: 'alice', why: 'capacity' }, { name: 'bob', why: 'capacity' }] });
    expect(nextCursor).toBe(0);
  });
});

describe('rules', () => {
  const rule = (id: number, match: RoutingRule['match'], isDefault = false): RoutingRule => ({ id, name: `r${id}`, position: id, match, targetType: 'team', targetId: 1, isDefault });

  it('matches region names, products in the inquiry text, source and grade; the default catches the rest', () => {
    const rules = [rule(1, { countries: ['LATAM'], products: ['lighting'] }), rule(2, { grades: ['A'] }), rule(3, {}, true)];
    const lead = { country: 'PE', productLines: [], source: 'whatsapp', grade: 'C' };
    expect(firstMatchingRule(rules, { ...lead, text: 'Need LED Lighting for a mall' })?.id).toBe(1);
    expect(firstMatchingRule(rules, { ...lead, text: 'need flighting' })?.id).toBe(3);
    expect(firstMatchingRule(rules, { ...lead, grade: 'A' })?.id).toBe(2);
    expect(ruleMatches({ products: ['照明'] }, { ...lead, text: '我们需要LED照明产品' })).toBe(true);
  });

  it('reads the chat syntax, normalising country names and reporting every problem', () => {
    const { draft } = parseRuleLine('country=Mexico,CO,pe product=lighting -> team:latam');
    expect(draft).toMatchObject({ match: { countries: ['MX', 'CO', 'PE'], products: ['lighting'] }, target: { type: 'team', name: 'latam' } });
    const bad = parseRuleLine('contry=MX grade=Z -> squad:latam');
    expect(bad.draft).toBeUndefined();
    expect(bad.problems.map((p) => p.problem).sort()).toEqual(['bad_target', 'unknown_key', 'unknown_grade'].sort());
    expect(parseRuleLine('country=Narnia -> team:x').problems[0]).toMatchObject({ problem: 'unknown_country', value: 'Narnia' });
  });

  it('knows a rule that can never match', () => {
    expect(isShadowedBy({ countries: ['MX'], products: ['lighting'] }, { countries: ['LATAM'] })).toBe(true);
    expect(isShadowedBy({ countries: ['DE'] }, { countries: ['LATAM'] })).toBe(false);
    expect(isShadowedBy({}, { grades: ['A'] })).toBe(false);
  });

  it('points at the line and field of a typo in a rules file', () => {
    const text = ['rules:', '  - name: latam', '    country: [MX, CO]', '    to: team:latam', '  - name: rest', '    defualt: true', '    to: team:sales', ''].join('\n');
    const { file, problems } = parseRulesFile(text);
    expect(file).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ line: 6, path: 'rules.1.defualt', message: expect.stringContaining('unknown field "defualt"') })]);
    const country = parseRulesFile('rules:\n  - name: x\n    country: Atlantis\n    to: team:latam\n');
    expect(country.problems[0]).toMatchObject({ line: 3, problem: 'unknown_country', value: 'Atlantis' });
  });
});
