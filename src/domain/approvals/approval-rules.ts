import { z } from 'zod';

/**
 * Approval rules as data (settings key `approval_rules`), edited by an admin. Each dimension is a list of tiers that
 * must cover its whole range exactly once: `above` (exclusive) to `upTo` (inclusive), null = unbounded. A quote needs
 * every approver named by the tier it falls in, for every dimension, in `stepOrder`.
 */
export const APPROVER_ROLES = ['manager', 'director', 'finance', 'admin'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export const DIMENSIONS = ['amount', 'discountPct', 'marginPct', 'paymentDays'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const tierSchema = z.object({
  above: z.number().nullable(),
  upTo: z.number().nullable(),
  approvers: z.array(z.enum(APPROVER_ROLES)),
});
export type Tier = z.infer<typeof tierSchema>;

const fmt = (n: number | null) => (n === null ? '∞' : String(n));

/** Gaps and overlaps in one dimension's tiers, in words an admin can act on. */
export function coverageProblems(name: string, tiers: readonly Tier[]): string[] {
  const problems: string[] = [];
  if (!tiers.length) return [`${name}: no tiers`];
  if (tiers[0].above !== null) problems.push(`${name}: gap below ${tiers[0].above} (the first tier must start with "above": null)`);
  tiers.forEach((tier, i) => {
    if (tier.above !== null && tier.upTo !== null && tier.upTo <= tier.above) problems.push(`${name}: tier ${i + 1} is empty (${tier.above} to ${tier.upTo})`);
    const previous = tiers[i - 1];
    if (!previous) return;
    if (previous.upTo === null || (tier.above !== null && tier.above < previous.upTo) || tier.above === null) {
      problems.push(`${name}: tiers ${i} and ${i + 1} overlap (${fmt(tier.above)} < ${fmt(previous.upTo)})`);
    } else if (tier.above > previous.upTo) {
      problems.push(`${name}: gap between ${previous.upTo} and ${tier.above}`);
    }
  });
  const last = tiers[tiers.length - 1];
  if (last.upTo !== null) problems.push(`${name}: gap above ${last.upTo} (the last tier must end with "upTo": null)`);
  return problems;
}

export const approvalRulesSchema = z
  .object({
    /** in the company's base currency */
    amount: z.array(tierSchema),
    discountPct: z.array(tierSchema),
    /** skipped when a quote has no margin (no unit costs given) */
    marginPct: z.array(tierSchema),
    paymentDays: z.array(tierSchema),
    stepOrder: z.array(z.enum(APPROVER_ROLES)).default(['manager', 'director', 'finance', 'admin']),
    remindAfterWorkingHours: z.number().positive().default(4),
    /** one working day at the default 09:00–18:00 */
    escalateAfterWorkingHours: z.number().positive().default(9),
  })
  .superRefine((rules, ctx) => {
    for (const dimension of DIMENSIONS) {
      for (const message of coverageProblems(dimension, rules[dimension])) ctx.addIssue({ code: 'custom', path: [dimension], message });
    }
    const missing = APPROVER_ROLES.filter((r) => !rules.stepOrder.includes(r));
    if (missing.length) ctx.addIssue({ code: 'custom', path: ['stepOrder'], message: `stepOrder: missing ${missing.join(', ')}` });
  });

export type ApprovalRules = z.infer<typeof approvalRulesSchema>;

/** ≤ 10k auto; ≤ 50k the rep's manager; above, the director as a second step; > 60 days' credit, finance. */
export const DEFAULT_APPROVAL_RULES: ApprovalRules = {
  amount: [
    { above: null, upTo: 10_000, approvers: [] },
    { above: 10_000, upTo: 50_000, approvers: ['manager'] },
    { above: 50_000, upTo: null, approvers: ['manager', 'director'] },
  ],
  discountPct: [
    { above: null, upTo: 10, approvers: [] },
    { above: 10, upTo: 20, approvers: ['manager'] },
    { above: 20, upTo: null, approvers: ['manager', 'director'] },
  ],
  marginPct: [
    { above: null, upTo: 10, approvers: ['manager', 'director'] },
    { above: 10, upTo: 15, approvers: ['manager'] },
    { above: 15, upTo: null, approvers: [] },
  ],
  paymentDays: [
    { above: null, upTo: 60, approvers: [] },
    { above: 60, upTo: null, approvers: ['finance'] },
  ],
  stepOrder: ['manager', 'director', 'finance', 'admin'],
  remindAfterWorkingHours: 4,
  escalateAfterWorkingHours: 9,
};

export const APPROVAL_RULES_KEY = 'approval_rules';
/** What settings reads: the stored rule set, or the defaults when none was saved. */
export const storedApprovalRulesSchema = approvalRulesSchema.optional().transform((v) => v ?? DEFAULT_APPROVAL_RULES);

export interface QuoteFacts {
  amountBase: number;
  discountPct: number;
  marginPct: number | null;
  paymentDays: number;
}

function tierFor(tiers: readonly Tier[], value: number): Tier | undefined {
  return tiers.find((t) => (t.above === null || value > t.above) && (t.upTo === null || value <= t.upTo));
}

/** The approver roles a quote needs, in step order, each with the dimensions that call for it. */
export function requiredApprovers(rules: ApprovalRules, facts: QuoteFacts): { role: ApproverRole; because: Dimension[] }[] {
  const needed = new Map<ApproverRole, Dimension[]>();
  const values: Record<Dimension, number | null> = {
    amount: facts.amountBase,
    discountPct: facts.discountPct,
    marginPct: facts.marginPct,
    paymentDays: facts.paymentDays,
  };
  for (const dimension of DIMENSIONS) {
    const value = values[dimension];
    if (value === null) continue;
    for (const role of tierFor(rules[dimension], value)?.approvers ?? []) needed.set(role, [...(needed.get(role) ?? []), dimension]);
  }
  return rules.stepOrder.filter((role) => needed.has(role)).map((role) => ({ role, because: needed.get(role)! }));
}
