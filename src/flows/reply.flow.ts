import { z } from 'zod';
import { truncateForEcho } from '../domain/i18n';
import { defineCommand, parseArgs, splitHead } from './command';
import { messages } from './i18n';

const argsSchema = z.object({
  customer: z.string().trim().min(1, 'customer required'),
  text: z.string().trim().min(1, 'reply text required'),
});

/** `/reply <customer>: <text>`: answers a buyer on the chat they last wrote from, and logs it on the timeline. */
export const replyCommand = defineCommand({
  name: 'reply',
  aliases: ['回复', 'r'],
  parse(args) {
    const [customer, text] = splitHead(args) ?? ['', ''];
    return parseArgs(argsSchema, { customer, text });
  },
  async handle(ctx, args) {
    const { customer, channel, status } = await ctx.services.inbox.reply(ctx.actor, ctx.message.channel, args.customer, args.text, ctx.runKey);
    const who = `#${customer.id} ${customer.name}`;
    if (status === 'queued') return ctx.reply(messages(ctx.locale).common.buyerQueued({ who, channel }));
    await ctx.reply(messages(ctx.locale).customer.replySent({ who, channel, text: truncateForEcho(args.text, 80) }));
  },
});
