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
    const { customer, channel } = await ctx.services.inbox.reply(ctx.actor, ctx.message.channel, args.customer, args.text);
    const echo = truncateForEcho(args.text, 80);
    await ctx.reply(messages(ctx.locale).customer.replySent({ who: `#${customer.id} ${customer.name}`, channel, text: echo }));
  },
});
