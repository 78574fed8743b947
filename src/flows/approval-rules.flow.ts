import { defineCommand } from './command';
import { approvalRulesYaml, formatApprovalRules } from './format/approval-rules.format';
import { messages } from './i18n';

type Args = { set: string | null };

/** `/approvalrules` shows the tiers; `/approvalrules set <YAML or JSON>` (admins) replaces them, refusing gaps and overlaps. */
export const approvalRulesCommand = defineCommand<Args>({
  name: 'approvalrules',
  aliases: ['审批规则'],
  roles: ['manager', 'director', 'admin'],
  parse(args) {
    const m = /^set\s+([\s\S]+)$/i.exec(args.trim());
    return { set: m ? m[1] : null };
  },
  async handle(ctx, args) {
    const rules = args.set === null
      ? await ctx.services.approvals.rules()
      : await ctx.services.approvals.setRules(ctx.actor, ctx.message.channel, args.set);
    const m = messages(ctx.locale).approvalRules;
    const head = args.set === null ? m.current : m.saved;
    // the editable form only for who may edit it: an admin changes a copy of it and sends it back
    const editable = ctx.actor.role === 'admin'
      ? `\n\n${m.howToEdit}\n${approvalRulesYaml(rules)}`
      : '';
    await ctx.reply(`${head}\n${formatApprovalRules(rules, ctx.locale)}${editable}`);
  },
});
