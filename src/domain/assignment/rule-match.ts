import { z } from 'zod';
import { expandRegions } from '../team/regions';

/** What a rule looks at; every list is "any of", an absent or empty list matches everything. */
export const ruleMatchSchema = z
  .object({
    countries: z.array(z.string()).optional(),
    products: z.array(z.string()).optional(),
    sources: z.array(z.string()).optional(),
    grades: z.array(z.enum(['A', 'B', 'C'])).optional(),
  })
  .strict();

export type RuleMatch = z.infer<typeof ruleMatchSchema>;

export interface RoutingRule {
  id: number;
  name: string;
  position: number;
  match: RuleMatch;
  targetType: 'member' | 'team';
  targetId: number;
  isDefault: boolean;
}

/** The facts about a lead rules are matched on. */
export interface LeadFacts {
  country: string | null;
  productLines: readonly string[];
  /** the inquiry's words: product lines are also read from them */
  text?: string;
  source: string;
  grade: string;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/** A product named in the text: as a word start for Latin scripts ("lighting" in "LED lighting"), anywhere for CJK. */
function textMentions(text: string, product: string): boolean {
  const p = fold(product);
  if (!p) return false;
  const haystack = fold(text);
  if (/^[\p{Script=Latin}\p{N}\s-]+$/u.test(p)) {
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'u').test(haystack);
  }
  return haystack.includes(p);
}

export function ruleMatches(match: RuleMatch, lead: LeadFacts): boolean {
  if (match.countries?.length) {
    if (!lead.country || !expandRegions(match.countries).includes(lead.country)) return false;
  }
  if (match.products?.length) {
    const lines = lead.productLines.map(fold);
    const hit = match.products.some((p) => lines.includes(fold(p)) || (lead.text ? textMentions(lead.text, p) : false));
    if (!hit) return false;
  }
  if (match.sources?.length && !match.sources.map(fold).includes(fold(lead.source))) return false;
  if (match.grades?.length && !match.grades.includes(lead.grade as 'A' | 'B' | 'C')) return false;
  return true;
}

/** First matching rule by position; the default rule (wherever it sits) only when nothing else matched. */
export function firstMatchingRule<R extends RoutingRule>(rules: readonly R[], lead: LeadFacts): R | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id - b.id);
  return ordered.find((r) => !r.isDefault && ruleMatches(r.match, lead)) ?? ordered.find((r) => r.isDefault) ?? null;
}

export function describeMatch(match: RuleMatch): string {
  const parts: string[] = [];
  if (match.countries?.length) parts.push(`country=${match.countries.join(',')}`);
  if (match.products?.length) parts.push(`product=${match.products.join(',')}`);
  if (match.sources?.length) parts.push(`source=${match.sources.join(',')}`);
  if (match.grades?.length) parts.push(`grade=${match.grades.join(',')}`);
  return parts.join(' ') || '*';
}

/**
 * True when every lead `later` could match is already caught by `earlier` (which comes first), so `later` can never
 * win: each condition `earlier` sets, `later` also sets with values inside it.
 */
export function isShadowedBy(later: RuleMatch, earlier: RuleMatch): boolean {
  const within = (inner: string[] | undefined, outer: string[] | undefined, expand = (v: string[]) => v.map(fold)) => {
    if (!outer?.length) return true;
    if (!inner?.length) return false;
    const allowed = new Set(expand(outer));
    return expand(inner).every((v) => allowed.has(v));
  };
  return (
    within(later.countries, earlier.countries, expandRegions) &&
    within(later.products, earlier.products) &&
    within(later.sources, earlier.sources) &&
    within(later.grades, earlier.grades)
  );
}
