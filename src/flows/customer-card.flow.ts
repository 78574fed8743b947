import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { formatCustomerCard } from '../domain/customers/customer-card.format';

/** `/customer <name or id>`: the 360° card. */
export const customerCardCommand = defineCommand({
  name: 'customer',
  aliases: ['客户', 'card', 'c'],
  summary: { en: 'the customer card: contacts, owner, stage, timeline', zh: '客户卡片：联系人、负责人、阶段、沟通记录' },
  usage: { en: '/customer <name or #id>', zh: '/customer <客户名或 #编号>' },
  parse: (args) => parseArgs(z.string().trim().min(1, 'customer required').max(300), args),
  async handle(ctx, ref) {
    const card = await ctx.services.customers.card(ctx.actor, ctx.message.channel, ref);
    const group = card.groupId ? await ctx.services.groups.history(ctx.actor, card.groupId) : null;
    await ctx.reply(formatCustomerCard(card, ctx.locale, new Date(), group, ctx.services.followup.zoneOf(ctx.actor.timezone)));
  },
});
