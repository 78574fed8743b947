import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

/** `/audit <customer>`: who viewed, searched, exported, changed or moved this customer (managers and up). */
export const auditCommand = defineCommand({
  name: 'audit',
  aliases: ['审计', '日志'],
  roles: ['manager', 'director', 'admin'],
  parse: (args) => parseArgs(z.string().trim().min(1, 'customer required').max(300), args),
  async handle(ctx, ref) {
    const { customer, entries } = await ctx.services.audit.forCustomer(ctx.actor, ctx.message.channel, ref);
    const m = messages(ctx.locale).audit;
    const head = m.head({ who: `#${customer.id} ${customer.name}`, count: entries.length });
    const lines = entries.map((e) => {
      const when = e.at.toISOString().slice(0, 16).replace('T', ' ');
      return `${when} · ${e.actor ?? m.system} · ${e.action} ${e.entityType}${e.entityId && e.entityType !== 'customer' ? ` ${e.entityId}` : ''} · ${e.via}`;
    });
    await ctx.reply([head, ...(lines.length ? lines : [m.nothing])].join('\n'));
  },
});
