import type { Locale } from '../../domain/i18n';
import type { ApprovalRules, ApproverRole, Dimension, Tier } from '../../domain/approvals/approval-rules';
import { DIMENSIONS } from '../../domain/approvals/approval-rules';

// The approval rules as a manager reads them: named dimensions with units, role names, the order and the timers.

const DIMENSION_NAMES: Record<Dimension, Record<Locale, string>> = {
  amount: { en: 'Amount', zh: '金额' },
  discountPct: { en: 'Discount', zh: '折扣' },
  marginPct: { en: 'Margin', zh: '毛利率' },
  paymentDays: { en: 'Payment terms', zh: '账期' },
};

const ROLE_NAMES: Record<ApproverRole, Record<Locale, string>> = {
  manager: { en: 'manager', zh: '经理' },
  director: { en: 'director', zh: '总监' },
  finance: { en: 'finance', zh: '财务' },
  admin: { en: 'admin', zh: '管理员' },
};

function amount(dimension: Dimension, n: number, locale: Locale): string {
  const plain = n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (dimension === 'discountPct' || dimension === 'marginPct') return `${plain}%`;
  if (dimension === 'paymentDays') return locale === 'zh' ? `${plain} 天` : `${plain} days`;
  return plain;
}

const roles = (list: readonly ApproverRole[], locale: Locale) => list.map((r) => ROLE_NAMES[r][locale]).join(' → ');

function tierText(dimension: Dimension, t: Tier, locale: Locale): string {
  const zh = locale === 'zh';
  const [from, to] = [t.above, t.upTo].map((n) => (n === null ? null : amount(dimension, n, locale)));
  const range = from === null && to === null
    ? (zh ? '全部' : 'any')
    : from === null ? (zh ? `≤ ${to}` : `up to ${to}`)
    : to === null ? (zh ? `> ${from}` : `above ${from}`)
    : zh ? `${from} – ${to}` : `${from} to ${to}`;
  const who = t.approvers.length ? roles(t.approvers, locale) : zh ? '自动批准' : 'auto-approved';
  return zh ? `${range}：${who}` : `${range}: ${who}`;
}

/** One line per dimension, then the order of approvers and when reminders and escalations happen. */
export function formatApprovalRules(rules: ApprovalRules, locale: Locale): string {
  const zh = locale === 'zh';
  const lines = DIMENSIONS.map((d) => {
    const tiers = rules[d].map((t) => tierText(d, t, locale)).join(zh ? '；' : '; ');
    const note = d === 'marginPct' ? (zh ? '（报价未填成本时不看毛利率）' : ' (skipped when a quote has no costs)') : '';
    return `• ${DIMENSION_NAMES[d][locale]}${zh ? '：' : ': '}${tiers}${note}`;
  });
  lines.push(zh ? `审批顺序：${roles(rules.stepOrder, locale)}` : `Order of approvers: ${roles(rules.stepOrder, locale)}`);
  lines.push(
    zh
      ? `待审批超过 ${rules.remindAfterWorkingHours} 个工作小时提醒审批人，超过 ${rules.escalateAfterWorkingHours} 个工作小时升级给上级。`
      : `The approver is reminded after ${rules.remindAfterWorkingHours} working hours and it is escalated after ${rules.escalateAfterWorkingHours}.`,
  );
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
