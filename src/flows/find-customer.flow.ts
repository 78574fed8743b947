import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { formatCustomerList } from '../domain/cards/customer-card.format';

/** `/find <text>`: name, contact, email, phone or country. */
export const findCustomerCommand = defineCommand({
  name: 'find',
  aliases: ['查找', '搜索', 'search'],
  parse: (args) => parseArgs(z.string().trim().min(1, 'search text required').max(200), args),
  async handle(ctx, text) {
    const results = await ctx.services.customers.find(ctx.actor, ctx.message.channel, text);
    await ctx.reply(formatCustomerList(results, ctx.locale));
  },
});
