import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { MAX_RECORD_ID } from '../domain/normalize/record-id';
import type { Locale } from '../domain/i18n';
import { defineAction, defineCommand, parseArgs } from './command';
import type { MemberContext } from './context';

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
    const differences = mergeDifferences(source, target, ctx.locale);
    if (source.id !== target.id && differences.length) {
      // different countries or owners are more often two real companies than one duplicate: ask first
      const zh = ctx.locale === 'zh';
      await ctx.reply(
        zh
          ? `确定将 #${source.id} ${source.name} 合并到 #${target.id} ${target.name} 吗？两者${differences.join('，')}。尚未合并。`
          : `Merge #${source.id} ${source.name} into #${target.id} ${target.name}? They ${differences.join(' and ')}. Nothing is merged yet.`,
        {
          buttons: [
            { label: zh ? '仍然合并' : 'Merge anyway', action: MERGE_CONFIRM, value: `${source.id}>${target.id}` },
            { label: zh ? '取消' : 'Cancel', action: MERGE_CANCEL },
          ],
        },
      );
      return;
    }
    await mergeAndReply(ctx, source.id, target.id);
  },
});

const MERGE_CONFIRM = 'merge.confirm';
const MERGE_CANCEL = 'merge.cancel';

type Mergeable = { country: string | null; ownerId: number | null; owner?: { displayName: string } | null };

function mergeDifferences(source: Mergeable, target: Mergeable, locale: Locale): string[] {
  const zh = locale === 'zh';
  const out: string[] = [];
  if (source.country && target.country && source.country !== target.country) {
    out.push(zh ? `国家不同（${source.country} / ${target.country}）` : `are in different countries (${source.country} / ${target.country})`);
  }
  if (source.ownerId !== target.ownerId) {
    const who = (c: Mergeable) => c.owner?.displayName ?? (zh ? '公海' : 'public pool');
    out.push(zh ? `负责人不同（${who(source)} / ${who(target)}）` : `have different owners (${who(source)} / ${who(target)})`);
  }
  return out;
}

async function mergeAndReply(ctx: MemberContext, sourceId: number, targetId: number) {
  const r = await ctx.services.merges.merge(ctx.actor, ctx.message.channel, sourceId, targetId);
  const m = r.moved;
  await ctx.reply(
    ctx.locale === 'zh'
      ? `已将 #${r.source.id} ${r.source.name} 合并到 #${r.target.id} ${r.target.name}（合并 #${r.merge.id}）：联系人 ${m.contacts}、沟通 ${m.communications}、商机 ${m.opportunities}、报价 ${m.quotes}、订单 ${m.orders}、任务 ${m.tasks}、标签 ${m.tags}。原名称保留为别名。30 天内可用 /unmerge ${r.merge.id} 撤销。`
      : `Merged #${r.source.id} ${r.source.name} into #${r.target.id} ${r.target.name} (merge #${r.merge.id}): ${m.contacts} contacts, ${m.communications} communications, ${m.opportunities} opportunities, ${m.quotes} quotes, ${m.orders} orders, ${m.tasks} tasks, ${m.tags} tags moved; the old name is kept as an alias. Undo within 30 days: /unmerge ${r.merge.id}`,
  );
}

/** "Merge anyway" under the confirmation: the merge is checked again in full (visibility, rights, already merged). */
export const mergeConfirmAction = defineAction({
  id: MERGE_CONFIRM,
  async handle(ctx, value) {
    const ids = /^(\d{1,10})>(\d{1,10})$/.exec(value ?? '');
    if (!ids) throw new DomainError('BAD_ARGUMENTS', { value });
    // still visible to the one confirming
    const source = await ctx.services.customers.resolveVisible(ctx.actor, `#${ids[1]}`);
    const target = await ctx.services.customers.resolveVisible(ctx.actor, `#${ids[2]}`);
    await mergeAndReply(ctx, source.id, target.id);
  },
});

export const mergeCancelAction = defineAction({
  id: MERGE_CANCEL,
  async handle(ctx) {
    await ctx.reply(ctx.locale === 'zh' ? '已取消，未合并。' : 'Cancelled; nothing was merged.');
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
    // a number no merge can have is simply not found (not a database range error)
    if (id > MAX_RECORD_ID) throw new DomainError('MERGE_NOT_FOUND', { id });
    const r = await ctx.services.merges.unmerge(ctx.actor, ctx.message.channel, id);
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已撤销合并 #${r.merge.id}：#${r.source.id} ${r.source.name} 与 #${r.target.id} ${r.target.name} 重新分开。`
        : `Undid merge #${r.merge.id}: #${r.source.id} ${r.source.name} and #${r.target.id} ${r.target.name} are separate again.`,
    );
  },
});
