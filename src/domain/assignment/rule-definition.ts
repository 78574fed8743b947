import { toCountryCode } from '../normalize/country';
import { isKnownRegion } from '../team/regions';
import type { RuleMatch } from './rule-match';
import { lookupTable } from '../text/lookup-table';

/** A rule as typed or written in a file, before names are resolved to ids. */
export interface RuleDraft {
  name?: string;
  match: RuleMatch;
  target: { type: 'member' | 'team'; name: string };
  isDefault: boolean;
}

/** One problem with one field, so the message can say exactly what to fix. */
export interface RuleProblem {
  field: string;
  value: string;
  problem:
    | 'unknown_country' | 'unknown_grade' | 'unknown_key' | 'bad_target' | 'empty' | 'syntax'
    | 'unknown_team' | 'unknown_member' | 'duplicate_name' | 'shadowed';
}

const KEYS: Record<string, keyof RuleMatch> = lookupTable({
  country: 'countries', countries: 'countries', region: 'countries', 国家: 'countries', 地区: 'countries',
  product: 'products', products: 'products', 产品: 'products',
  source: 'sources', sources: 'sources', 来源: 'sources', channel: 'sources',
  grade: 'grades', grades: 'grades', 等级: 'grades',
});

/** Region names stay names (LATAM), countries become ISO codes ("Mexico", "墨西哥" → MX); unknown ones are problems. */
export function normalizeMatch(raw: Partial<Record<keyof RuleMatch, string[]>>, problems: RuleProblem[], at = ''): RuleMatch {
  const match: RuleMatch = {};
  if (raw.countries?.length) {
    match.countries = raw.countries.map((value) => {
      if (isKnownRegion(value)) return value.trim().toUpperCase();
      const code = toCountryCode(value);
      if (!code) problems.push({ field: `${at}country`, value, problem: 'unknown_country' });
      return code ?? value;
    });
  }
  if (raw.products?.length) match.products = raw.products.map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (raw.sources?.length) match.sources = raw.sources.map((s) => s.trim().toLowerCase());
  if (raw.grades?.length) {
    match.grades = raw.grades.map((g) => {
      const grade = g.trim().toUpperCase();
      if (!['A', 'B', 'C'].includes(grade)) problems.push({ field: `${at}grade`, value: g, problem: 'unknown_grade' });
      return grade as 'A' | 'B' | 'C';
    });
  }
  return match;
}

/** "team:latam", "团队:latam", "member:alice", "@alice" */
export function parseTarget(text: string): RuleDraft['target'] | null {
  const t = text.trim();
  const at = /^@([\p{L}\p{N}._-]+)$/u.exec(t);
  if (at) return { type: 'member', name: at[1] };
  const m = /^(team|团队|member|rep|成员)\s*[:：]\s*([\p{L}\p{N}._-]+)$/iu.exec(t);
  if (!m) return null;
  return { type: /^(team|团队)$/i.test(m[1]) ? 'team' : 'member', name: m[2] };
}

/**
 * `[name:] country=MX,CO product=lighting -> team:latam` or `default -> team:sales`.
 * Returns the draft or the problems found (all of them, not only the first).
 */
export function parseRuleLine(line: string): { draft?: RuleDraft; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const arrow = /\s*(?:->|→|=>)\s*/u.exec(line);
  if (!arrow) return { problems: [{ field: 'target', value: line, problem: 'syntax' }] };
  let head = line.slice(0, arrow.index).trim();
  const target = parseTarget(line.slice(arrow.index + arrow[0].length));
  if (!target) problems.push({ field: 'target', value: line.slice(arrow.index + arrow[0].length).trim(), problem: 'bad_target' });
  let name: string | undefined;
  const named = /^([\p{L}\p{N}._-]+)\s*[:：]\s+/u.exec(head);
  if (named && !named[1].includes('=')) {
    name = named[1];
    head = head.slice(named[0].length);
  }
  const isDefault = /^(default|默认|\*)$/i.test(head);
  const raw: Partial<Record<keyof RuleMatch, string[]>> = {};
  if (!isDefault) {
    const pairs = head.split(/\s+(?=[\p{L}_]+\s*=)/u).map((s) => s.trim()).filter(Boolean);
    if (!pairs.length) problems.push({ field: 'match', value: head, problem: 'empty' });
    for (const pair of pairs) {
      const m = /^([\p{L}_]+)\s*=\s*(.*)$/u.exec(pair);
      const key = m && KEYS[m[1].toLowerCase()];
      if (!m || !key) {
        problems.push({ field: m ? m[1] : 'match', value: pair, problem: m ? 'unknown_key' : 'syntax' });
        continue;
      }
      const values = m[2].split(/[,，|]/).map((v) => v.trim()).filter(Boolean);
      if (!values.length) problems.push({ field: m[1], value: pair, problem: 'empty' });
      raw[key] = [...(raw[key] ?? []), ...values];
    }
  }
  const match = normalizeMatch(raw, problems);
  if (problems.length || !target) return { problems };
  return { draft: { name, match, target, isDefault }, problems };
}
