import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

/** `/claim <#id or name>`: take a customer from the public pool, within the rep's daily/weekly/monthly limits. */
export const claimCommand = defineCommand({
  name: 'claim',
  aliases: ['认领', '领取'],
  parse: (args) => parseArgs(z.string().trim().min(1, 'customer required').max(300), args),
  async handle(ctx, ref) {
    const { customer, protectedUntil } = await ctx.services.pool.claim(ctx.actor, ctx.message.channel, ref);
    const until = protectedUntil.toISOString().slice(0, 10);
    await ctx.reply(messages(ctx.locale).customer.claimed({ who: `#${customer.id} ${customer.name}`, until }));
  },
});
