import { z } from 'zod';
import { truncateForEcho } from '../domain/i18n';
import { defineCommand, parseArgs, splitHead } from './command';
import { lookupTable } from '../domain/text/lookup-table';
import { messages } from './i18n';

const KIND_PREFIXES: Record<string, 'call' | 'meeting' | 'email'> = lookupTable({
  call: 'call', 电话: 'call', meeting: 'meeting', 会议: 'meeting', 见面: 'meeting', email: 'email', 邮件: 'email',
});

const argsSchema = z.object({
  customer: z.string().trim().min(1, 'customer required'),
  text: z.string().trim().min(1, 'note text required'),
});

/** `/log <customer>: [call|meeting|email:] <note>` */
export const logCommand = defineCommand({
  name: 'log',
  aliases: ['记录', 'note'],
  parse(args) {
    const [customer, text] = splitHead(args) ?? ['', ''];
    const parsed = parseArgs(argsSchema, { customer, text });
    const kindMatch = /^(\S+?)[:：]\s*([\s\S]+)$/.exec(parsed.text);
    const kind: 'note' | 'call' | 'meeting' | 'email' = (kindMatch && KIND_PREFIXES[kindMatch[1].toLowerCase()]) || 'note';
    return { customer: parsed.customer, kind, text: kind === 'note' ? parsed.text : kindMatch![2].trim() };
  },
  async handle(ctx, args) {
    const { customer } = await ctx.services.customers.log(ctx.actor, ctx.message.channel, args.customer, {
      kind: args.kind,
      text: args.text,
    });
    await ctx.reply(messages(ctx.locale).customer.logged({ who: `#${customer.id} ${customer.name}`, text: truncateForEcho(args.text, 80) }));
  },
});
