import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { defineCommand, parseArgs } from './command';
import { formatWeights } from './format/routing.format';
import { messages } from './i18n';

const argsSchema = z.union([
  z.object({ kind: z.literal('show'), team: z.string().optional() }),
  z.object({ kind: z.literal('auto'), team: z.string().optional() }),
  z.object({ kind: z.literal('set'), changes: z.array(z.object({ name: z.string().min(1), value: z.string() })).min(1) }),
]);

/** `/weights` (show), `/weights alice=3 bob=2 carol=1` (by hand), `/weights auto [team]` (from 90-day conversion). Managers and up. */
export const weightsCommand = defineCommand({
  name: 'weights',
  aliases: ['权重'],
  roles: ['manager', 'director', 'admin'],
  parse(args) {
    const words = args.trim().split(/\s+/).filter(Boolean);
    if (/^(auto|conversion|自动|转化)$/i.test(words[0] ?? '')) return parseArgs(argsSchema, { kind: 'auto', team: words[1] });
    if (!words.some((w) => /[=＝]/.test(w))) return parseArgs(argsSchema, { kind: 'show', team: words[0] });
    const changes = words.map((w) => {
      const m = /^([\p{L}\p{N}._-]+)\s*[=＝]\s*(\S*)$/u.exec(w);
      if (!m) throw new DomainError('BAD_ARGUMENTS', { value: w });
      return { name: m[1], value: m[2] };
    });
    return parseArgs(argsSchema, { kind: 'set', changes });
  },
  async handle(ctx, args) {
    const weights = ctx.services.weights;
    if (args.kind === 'show') {
      const view = await weights.show(ctx.actor, args.team);
      if (view) await ctx.reply(formatWeights(view, ctx.locale));
      return;
    }
    if (args.kind === 'auto') {
      const view = await weights.useConversion(ctx.actor, ctx.message.channel, new Date(), args.team);
      const head = messages(ctx.locale).routing.weightsByConversion;
      await ctx.reply(view ? `${head}\n${formatWeights(view, ctx.locale)}` : head);
      return;
    }
    const views = await weights.set(ctx.actor, ctx.message.channel, args.changes);
    const head = messages(ctx.locale).routing.weightsUpdated;
    await ctx.reply([head, ...views.filter((v) => v !== null).map((v) => formatWeights(v!, ctx.locale))].join('\n'));
  },
});
