import { z } from 'zod';
import { defineCommand, parseArgs } from './command';

const MERGE_LINE = /^(.+?)\s+(?:into|→|->|=>|并入|合并到|到)\s+(.+)$/i;

const mergeArgs = z.string().trim().min(1, 'two customers required').max(700).transform((text, ctx) => {
  const m = MERGE_LINE.exec(text);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'write: <customer> into <customer>' });
    return z.NEVER;
  }
  return { source: m[1].trim(), target: m[2].trim() };
});

/** `/merge <duplicate> into <customer>`: everything moves to the second; undo with /unmerge for 30 days. */
export const mergeCommand = defineCommand({
  name: 'merge',
  aliases: ['合并'],
  summary: { en: 'merge a duplicate into a customer (undo within 30 days)', zh: '合并重复客户（30 天内可撤销）' },
  usage: { en: '/merge <duplicate> into <customer>', zh: '/merge <重复客户> into <保留的客户>' },
  parse: (args) => parseArgs(mergeArgs, args),
  async handle(ctx, args) {
    const source = await ctx.services.customers.resolveVisible(ctx.actor, args.source);
    const target = await ctx.services.customers.resolveVisible(ctx.actor, args.target);
    const r = await ctx.services.merges.merge(ctx.actor, ctx.message.channel, source.id, target.id);
    const m = r.moved;
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已将 #${r.source.id} ${r.source.name} 合并到 #${r.target.id} ${r.target.name}（合并 #${r.merge.id}）：联系人 ${m.contacts}、沟通 ${m.communications}、商机 ${m.opportunities}、报价 ${m.quotes}、订单 ${m.orders}、任务 ${m.tasks}、标签 ${m.tags}。原名称保留为别名。30 天内可用 /unmerge ${r.merge.id} 撤销。`
        : `Merged #${r.source.id} ${r.source.name} into #${r.target.id} ${r.target.name} (merge #${r.merge.id}): ${m.contacts} contacts, ${m.communications} communications, ${m.opportunities} opportunities, ${m.quotes} quotes, ${m.orders} orders, ${m.tasks} tasks, ${m.tags} tags moved; the old name is kept as an alias. Undo within 30 days: /unmerge ${r.merge.id}`,
    );
  },
});

/** `/unmerge <merge id>` within 30 days. */
export const unmergeCommand = defineCommand({
  name: 'unmerge',
  aliases: ['撤销合并'],
  summary: { en: 'undo a merge (within 30 days)', zh: '撤销合并（30 天内）' },
  usage: { en: '/unmerge <merge id>', zh: '/unmerge <合并编号>' },
  parse: (args) => parseArgs(z.coerce.number().int('merge id required').positive('merge id required'), args.replace(/^#/, '').trim() || 'x'),
  async handle(ctx, id) {
    const r = await ctx.services.merges.unmerge(ctx.actor, ctx.message.channel, id);
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已撤销合并 #${r.merge.id}：#${r.source.id} ${r.source.name} 与 #${r.target.id} ${r.target.name} 重新分开。`
        : `Undid merge #${r.merge.id}: #${r.source.id} ${r.source.name} and #${r.target.id} ${r.target.name} are separate again.`,
    );
  },
});
