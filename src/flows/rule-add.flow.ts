import { z } from 'zod';
import { describeMatch } from '../domain/assignment/rule-match';
import { parseRuleLine } from '../domain/assignment/rule-definition';
import { DomainError } from '../domain/errors';
import { isManagerOrAbove } from '../domain/team/actor';
import { defineCommand, parseArgs } from './command';
import { lookupTable } from '../domain/text/lookup-table';

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
  summary: { en: 'add, remove or test a lead assignment rule (managers)', zh: '添加、删除或测试线索分配规则（经理）' },
  usage: {
    en: '/rule add country=MX,CO product=lighting -> team:latam | /rule add default -> team:sales | /rule remove <name> | /rule test country=MX product=lighting',
    zh: '/rule add country=MX,CO product=lighting -> team:latam | /rule add default -> team:sales | /rule remove <名称> | /rule test country=MX product=lighting',
  },
  parse(args) {
    const [head, ...rest] = args.trim().split(/\s+/);
    return parseArgs(argsSchema, { verb: VERBS[(head ?? '').toLowerCase()] ?? head, rest: rest.join(' ') });
  },
  async handle(ctx, { verb, rest }) {
    const zh = ctx.locale === 'zh';
    if (verb === 'test') {
      const { draft, problems } = parseRuleLine(`${rest} -> team:_`);
      if (!draft) throw new DomainError('RULE_INVALID', { problems });
      const m = draft.match;
      const { rule } = await ctx.services.assignment.explain({
        country: m.countries?.[0] ?? null, productLines: m.products ?? [], source: m.sources?.[0] ?? 'manual', grade: m.grades?.[0] ?? 'C',
      });
      if (!rule) throw new DomainError('NO_RULE_MATCHED', { customer: describeMatch(m) });
      await ctx.reply(zh ? `${describeMatch(m)} → 规则 ${rule.name}（${rule.targetType === 'team' ? '团队' : '成员'} ${rule.targetName}）` : `${describeMatch(m)} → rule ${rule.name} (${rule.targetType} ${rule.targetName})`);
      return;
    }
    if (!isManagerOrAbove(ctx.actor)) throw new DomainError('FORBIDDEN');
    if (verb === 'remove') {
      await ctx.services.assignmentRules.remove(ctx.actor, ctx.message.channel, rest);
      await ctx.reply(zh ? `已删除规则 ${rest}。` : `Removed rule ${rest}.`);
      return;
    }
    const added = await ctx.services.assignmentRules.add(ctx.actor, ctx.message.channel, rest);
    const target = `${added.target.type === 'team' ? 'team:' : '@'}${added.target.name}`;
    const note = added.replacedDefault ? (zh ? '（替换了原默认规则）' : ' (replaces the previous default)') : '';
    await ctx.reply(
      zh ? `已添加规则 ${added.rule.name}：${added.rule.isDefault ? '其余全部' : added.match} → ${target}${note}` : `Added rule ${added.rule.name}: ${added.rule.isDefault ? 'everything else' : added.match} → ${target}${note}`,
    );
  },
});
