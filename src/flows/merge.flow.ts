import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { MAX_RECORD_ID } from '../domain/normalize/record-id';
import type { Locale } from '../domain/i18n';
import { defineAction, defineCommand, parseArgs } from './command';
import type { MemberContext } from './context';
import { messages } from './i18n';

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
  parse: (args) => parseArgs(mergeArgs, args),
  async handle(ctx, args) {
    const source = await ctx.services.customers.resolveVisible(ctx.actor, args.source);
    const target = await ctx.services.customers.resolveVisible(ctx.actor, args.target);
    const differences = mergeDifferences(source, target, ctx.locale);
    if (source.id !== target.id && differences.length) {
      // different countries or owners are more often two real companies than one duplicate: ask first
      const m = messages(ctx.locale).merge;
      await ctx.reply(
        m.confirm({ source: `#${source.id} ${source.name}`, target: `#${target.id} ${target.name}`, differences: differences.join(m.differenceSeparator) }),
        {
          buttons: [
            { label: m.mergeAnyway, action: MERGE_CONFIRM, value: `${source.id}>${target.id}` },
            { label: m.cancel, action: MERGE_CANCEL },
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
  const m = messages(locale).merge;
  const out: string[] = [];
  if (source.country && target.country && source.country !== target.country) {
    out.push(m.countries({ source: source.country, target: target.country }));
  }
  if (source.ownerId !== target.ownerId) {
    const who = (c: Mergeable) => c.owner?.displayName ?? m.publicPool;
    out.push(m.owners({ source: who(source), target: who(target) }));
  }
  return out;
}

async function mergeAndReply(ctx: MemberContext, sourceId: number, targetId: number) {
  const r = await ctx.services.merges.merge(ctx.actor, ctx.message.channel, sourceId, targetId);
  const m = r.moved;
  await ctx.reply(messages(ctx.locale).merge.merged({
    source: `#${r.source.id} ${r.source.name}`, target: `#${r.target.id} ${r.target.name}`, mergeId: r.merge.id,
    contacts: m.contacts, communications: m.communications, opportunities: m.opportunities, quotes: m.quotes, orders: m.orders, tasks: m.tasks, tags: m.tags,
  }));
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
    await ctx.reply(messages(ctx.locale).merge.cancelled);
  },
});

/** `/unmerge <merge id>` within 30 days. */
export const unmergeCommand = defineCommand({
  name: 'unmerge',
  aliases: ['撤销合并'],
  parse: (args) => parseArgs(z.coerce.number().int('merge id required').positive('merge id required'), args.replace(/^#/, '').trim() || 'x'),
  async handle(ctx, id) {
    // a number no merge can have is simply not found (not a database range error)
    if (id > MAX_RECORD_ID) throw new DomainError('MERGE_NOT_FOUND', { id });
    const r = await ctx.services.merges.unmerge(ctx.actor, ctx.message.channel, id);
    await ctx.reply(messages(ctx.locale).merge.unmerged({ mergeId: r.merge.id, source: `#${r.source.id} ${r.source.name}`, target: `#${r.target.id} ${r.target.name}` }));
  },
});
