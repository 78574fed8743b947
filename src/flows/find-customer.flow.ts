import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { formatCustomerList } from '../domain/cards/customer-card.format';

/** `/find <text>`: name, contact, email, phone or country. */
export const findCustomerCommand = defineCommand({
  name: 'find',
  aliases: ['查找', '搜索', 'search'],
  summary: { en: 'search by company, contact, email, phone or country', zh: '按公司、联系人、邮箱、电话或国家搜索' },
  usage: { en: '/find <text>', zh: '/find <关键词>' },
  parse: (args) => parseArgs(z.string().trim().min(1, 'search text required').max(200), args),
  async handle(ctx, text) {
    const results = await ctx.services.customers.find(ctx.actor, ctx.message.channel, text);
    await ctx.reply(formatCustomerList(results, ctx.locale));
  },
});
