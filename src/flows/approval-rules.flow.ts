import type { ApprovalRules, Tier } from '../domain/approvals/approval-rules';
import { DIMENSIONS } from '../domain/approvals/approval-rules';
import { defineCommand } from './command';

type Args = { set: string | null };

function tierText(t: Tier, auto: string): string {
  const range = t.above === null ? `≤ ${t.upTo}` : t.upTo === null ? `> ${t.above}` : `${t.above} – ${t.upTo}`;
  return `${range}: ${t.approvers.join(' → ') || auto}`;
}

/** One line per dimension, readable in chat; the JSON below it is what an admin edits and sends back. */
function describeRules(rules: ApprovalRules, locale: 'zh' | 'en'): string {
  const auto = locale === 'zh' ? '自动批准' : 'auto';
  return DIMENSIONS.map((d) => `${d}: ${rules[d].map((t) => tierText(t, auto)).join('; ')}`).join('\n');
}

/** `/approvalrules` shows the tiers; `/approvalrules set <YAML or JSON>` (admins) replaces them, refusing gaps and overlaps. */
export const approvalRulesCommand = defineCommand<Args>({
  name: 'approvalrules',
  aliases: ['审批规则'],
  summary: { en: 'show (admins: replace) the quote approval rules', zh: '查看（管理员可修改）报价审批规则' },
  usage: { en: '/approvalrules [set <YAML or JSON rule set>]', zh: '/approvalrules [set <YAML 或 JSON 规则>]' },
  roles: ['manager', 'director', 'admin'],
  parse(args) {
    const m = /^set\s+([\s\S]+)$/i.exec(args.trim());
    return { set: m ? m[1] : null };
  },
  async handle(ctx, args) {
    const rules = args.set === null
      ? await ctx.services.approvals.rules()
      : await ctx.services.approvals.setRules(ctx.actor, ctx.message.channel, args.set);
    const head = args.set === null
      ? ctx.locale === 'zh' ? '当前审批规则（金额以本位币计）：' : 'Approval rules (amounts in base currency):'
      : ctx.locale === 'zh' ? '✅ 审批规则已更新：' : '✅ Approval rules saved:';
    await ctx.reply(`${head}\n${describeRules(rules, ctx.locale)}\n\n${JSON.stringify(rules)}`);
  },
});
