import { z } from 'zod';
import { describeMatch } from '../domain/assignment/rule-match';
import { parseRuleLine } from '../domain/assignment/rule-definition';
import { DomainError } from '../domain/errors';
import { isManagerOrAbove } from '../domain/team/actor';
import { defineCommand, parseArgs } from './command';
import { lookupTable } from '../domain/text/lookup-table';
import { messages } from './i18n';

const argsSchema = z.object({
  verb: z.enum(['add', 'remove', 'test']),
  rest: z.string().trim().min(1, 'rule text required').max(1000),
});

const VERBS: Record<string, 'add' | 'remove' | 'test'> = lookupTable({
  add: 'add', 添加: 'add', 新增: 'add', remove: 'remove', delete: 'remove', rm: 'remove', 删除: 'remove', test: 'test', 测试: 'test',
});

/**
 * `/rule add [name:] country=MX,CO,PE product=lighting -> team:latam`, `/rule add default -> team:sales`,
 * `/rule remove <name>`, `/rule test country=MX product=lighting` (which rule a lead would meet; changes nothing).
 */
export const ruleCommand = defineCommand({
  name: 'rule',
  aliases: ['规则'],
  parse(args) {
    const [head, ...rest] = args.trim().split(/\s+/);
    return parseArgs(argsSchema, { verb: VERBS[(head ?? '').toLowerCase()] ?? head, rest: rest.join(' ') });
  },
  async handle(ctx, { verb, rest }) {
    const m = messages(ctx.locale).rule;
    if (verb === 'test') {
      const { draft, problems } = parseRuleLine(`${rest} -> team:_`);
      if (!draft) throw new DomainError('RULE_INVALID', { problems });
      const match = draft.match;
      const { rule } = await ctx.services.assignment.explain({
        country: match.countries?.[0] ?? null, productLines: match.products ?? [], source: match.sources?.[0] ?? 'manual', grade: match.grades?.[0] ?? 'C',
      });
      if (!rule) throw new DomainError('NO_RULE_MATCHED', { customer: describeMatch(match) });
      await ctx.reply(m.matched({ match: describeMatch(match), rule: rule.name, kind: rule.targetType === 'team' ? m.team : m.member, target: rule.targetName }));
      return;
    }
    if (!isManagerOrAbove(ctx.actor)) throw new DomainError('FORBIDDEN');
    if (verb === 'remove') {
      await ctx.services.assignmentRules.remove(ctx.actor, ctx.message.channel, rest);
      await ctx.reply(m.removed({ name: rest }));
      return;
    }
    const added = await ctx.services.assignmentRules.add(ctx.actor, ctx.message.channel, rest);
    const target = `${added.target.type === 'team' ? 'team:' : '@'}${added.target.name}`;
    const note = added.replacedDefault ? m.replacesDefault : '';
    await ctx.reply(m.added({ name: added.rule.name, match: added.rule.isDefault ? null : added.match, target, note }));
  },
});
