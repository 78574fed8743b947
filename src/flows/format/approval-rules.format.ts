import type { Locale } from '../../domain/i18n';
import type { ApprovalRules, ApproverRole, Dimension, Tier } from '../../domain/approvals/approval-rules';
import { DIMENSIONS } from '../../domain/approvals/approval-rules';
import { messages } from '../i18n';

// The approval rules as a manager reads them: named dimensions with units, role names, the order and the timers.


function amount(dimension: Dimension, n: number, locale: Locale): string {
  const plain = n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (dimension === 'discountPct' || dimension === 'marginPct') return `${plain}%`;
  if (dimension === 'paymentDays') return messages(locale).approvalRulesFormat.days({ n: plain });
  return plain;
}

const roles = (list: readonly ApproverRole[], locale: Locale) => list.map((r) => messages(locale).approvalRulesFormat.roleNames[r]).join(' → ');

function tierText(dimension: Dimension, t: Tier, locale: Locale): string {
  const m = messages(locale).approvalRulesFormat;
  const [from, to] = [t.above, t.upTo].map((n) => (n === null ? null : amount(dimension, n, locale)));
  const range = from === null && to === null
    ? m.any
    : from === null ? m.upTo({ to: to! })
    : to === null ? m.above({ from })
    : m.between({ from, to });
  const who = t.approvers.length ? roles(t.approvers, locale) : m.autoApproved;
  return m.tier({ range, who });
}

/** One line per dimension, then the order of approvers and when reminders and escalations happen. */
export function formatApprovalRules(rules: ApprovalRules, locale: Locale): string {
  const m = messages(locale).approvalRulesFormat;
  const lines = DIMENSIONS.map((d) => {
    const tiers = rules[d].map((t) => tierText(d, t, locale)).join(m.tierSeparator);
    const note = d === 'marginPct' ? m.marginNote : '';
    return m.dimension({ name: m.dimensionNames[d], tiers, note });
  });
  lines.push(m.order({ roles: roles(rules.stepOrder, locale) }));
  lines.push(m.timers({ remind: rules.remindAfterWorkingHours, escalate: rules.escalateAfterWorkingHours }));
  return lines.join('\n');
}

/** The rule set as compact YAML (one tier a line) that `/approvalrules set` takes back as it is. */
export function approvalRulesYaml(rules: ApprovalRules): string {
  const tier = (t: Tier) => `  - { above: ${t.above ?? 'null'}, upTo: ${t.upTo ?? 'null'}, approvers: [${t.approvers.join(', ')}] }`;
  return [
    ...DIMENSIONS.flatMap((d) => [`${d}:`, ...rules[d].map(tier)]),
    `stepOrder: [${rules.stepOrder.join(', ')}]`,
    `remindAfterWorkingHours: ${rules.remindAfterWorkingHours}`,
    `escalateAfterWorkingHours: ${rules.escalateAfterWorkingHours}`,
  ].join('\n');
}
