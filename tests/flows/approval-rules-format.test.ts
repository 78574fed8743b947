import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { approvalRulesSchema, DEFAULT_APPROVAL_RULES } from '../../src/domain/approvals/approval-rules';
import { approvalRulesYaml, formatApprovalRules } from '../../src/flows/format/approval-rules.format';

describe('/approvalrules as people read it', () => {
  it('names each dimension with its unit and the approvers by role, in English and Chinese', () => {
    const en = formatApprovalRules(DEFAULT_APPROVAL_RULES, 'en');
    expect(en).toContain('• Discount: up to 10%: auto-approved; 10% to 20%: manager; above 20%: manager → director');
    expect(en).toContain('• Payment terms: up to 60 days: auto-approved; above 60 days: finance');
    expect(en).toContain('The approver is reminded after 4 working hours and it is escalated after 9.');
    const zh = formatApprovalRules(DEFAULT_APPROVAL_RULES, 'zh');
    expect(zh).toContain('• 金额：≤ 10,000：自动批准；10,000 – 50,000：经理；> 50,000：经理 → 总监');
    expect(zh).toContain('审批顺序：经理 → 总监 → 财务 → 管理员');
    for (const text of [en, zh]) expect(text).not.toMatch(/[{}"]|discountPct|upTo/);
  });

  it('gives admins a compact copy that /approvalrules set takes back unchanged', () => {
    const yaml = approvalRulesYaml(DEFAULT_APPROVAL_RULES);
    expect(yaml.split('\n')).toHaveLength(4 + 11 + 3);
    expect(approvalRulesSchema.parse(parseYaml(yaml))).toEqual(DEFAULT_APPROVAL_RULES);
  });
});
