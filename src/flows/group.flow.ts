import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

// "/group A with B as Name", "/group A 和 B 名为 集团名"
const GROUP_LINE = /^(.+?)\s+(?:with|and|\+|&|和|与|同)\s+(.+?)(?:\s+(?:as|named|名为|叫)\s+(.+))?$/i;

const groupArgs = z.string().trim().min(1, 'two customers required').max(700).transform((text, ctx) => {
  const m = GROUP_LINE.exec(text);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'write: <customer> with <customer>' });
    return z.NEVER;
  }
  return { a: m[1].trim(), b: m[2].trim(), name: m[3]?.trim() };
});

/** `/group <customer> with <customer> [as <group name>]`: several legal entities of one buyer (多抬头). */
export const groupCommand = defineCommand({
  name: 'group',
  aliases: ['集团', '多抬头'],
  parse: (args) => parseArgs(groupArgs, args),
  async handle(ctx, args) {
    const a = await ctx.services.customers.resolveVisible(ctx.actor, args.a);
    const b = await ctx.services.customers.resolveVisible(ctx.actor, args.b);
    if (a.id === b.id) throw new DomainError('GROUP_SELF', { id: a.id, name: a.name });
    const group = await ctx.services.groups.link(ctx.actor, ctx.message.channel, a.id, b.id, args.name);
    const members = group.customers.map((c) => `#${c.id} ${c.name}`).join(', ');
    await ctx.reply(messages(ctx.locale).group.members({ group: group.name, members }));
  },
});

/** `/ungroup <customer>`: takes it out of its group. */
export const ungroupCommand = defineCommand({
  name: 'ungroup',
  aliases: ['移出集团'],
  parse: (args) => parseArgs(z.string().trim().min(1, 'customer required').max(300), args),
  async handle(ctx, ref) {
    const c = await ctx.services.customers.resolveVisible(ctx.actor, ref);
    const group = await ctx.services.groups.unlink(ctx.actor, ctx.message.channel, c.id);
    const who = `#${c.id} ${c.name}`;
    const m = messages(ctx.locale).group;
    await ctx.reply(group ? m.left({ who, group: group.name }) : m.notInGroup({ who }));
  },
});
