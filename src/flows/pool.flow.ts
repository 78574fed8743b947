import { z } from 'zod';
import { toCountryCode } from '../domain/normalize/country';
import { isKnownRegion } from '../domain/team/regions';
import { defineCommand, parseArgs } from './command';
import { formatPool } from './format/routing.format';
import { messages } from './i18n';

const argsSchema = z.object({ country: z.string().optional(), product: z.string().max(100).optional() });

/** `/pool [country] [product]`: the public pool (公海), newest releases first, with the rep's claims left. */
export const poolCommand = defineCommand({
  name: 'pool',
  aliases: ['公海'],
  parse(args) {
    const words = args.trim().split(/\s+/).filter(Boolean);
    // the first word is a country or region when it reads as one; otherwise everything is the product
    const first = words[0];
    const isPlace = first !== undefined && (isKnownRegion(first) || toCountryCode(first) !== undefined);
    return parseArgs(argsSchema, {
      country: isPlace ? first : undefined,
      product: (isPlace ? words.slice(1) : words).join(' ') || undefined,
    });
  },
  async handle(ctx, args) {
    const now = new Date();
    const rows = await ctx.services.pool.list({ country: args.country, product: args.product });
    const allowance = await ctx.services.pool.allowance(ctx.actor, now);
    const m = messages(ctx.locale).pool;
    const PERIOD = { day: m.today, week: m.thisWeek, month: m.thisMonth };
    const left = allowance.map((a) => `${PERIOD[a.period]} ${Math.max(0, a.limit - a.used)}/${a.limit}`).join(m.listSeparator);
    const footer = m.footer({ left });
    await ctx.reply(`${formatPool(rows, ctx.locale, now)}\n\n${footer}`);
  },
});
