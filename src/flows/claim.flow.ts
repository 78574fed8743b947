import { z } from 'zod';
import { defineCommand, parseArgs } from './command';

/** `/claim <#id or name>`: take a customer from the public pool, within the rep's daily/weekly/monthly limits. */
export const claimCommand = defineCommand({
  name: 'claim',
  aliases: ['认领', '领取'],
  summary: { en: 'claim a customer from the public pool', zh: '从公海认领客户' },
  usage: { en: '/claim <#id or name>', zh: '/claim <#编号或客户名>' },
  parse: (args) => parseArgs(z.string().trim().min(1, 'customer required').max(300), args),
  async handle(ctx, ref) {
    const { customer, protectedUntil } = await ctx.services.pool.claim(ctx.actor, ctx.message.channel, ref);
    const until = protectedUntil.toISOString().slice(0, 10);
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已认领 #${customer.id} ${customer.name}，您是负责人。保护期至 ${until}（期间不会被释放）。`
        : `Claimed #${customer.id} ${customer.name}; you are the owner. Protected from release until ${until}.`,
    );
  },
});
