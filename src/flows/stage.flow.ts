import { DomainError } from '../domain/errors';
import { LOST_REASON_NAMES, STAGE_NAMES, toLostReason, toStage, type LostReason, type Stage } from '../domain/pipeline/stages';
import { defineCommand, splitHead } from './command';
import { messages } from './i18n';

type Args = { customer: string; stage: string; reason?: string };

/** "Acme Ltd sample", "Acme Ltd lost price", "Acme Ltd: lost no reply" → customer, stage, reason. */
function parseStageArgs(args: string): Args {
  const head = splitHead(args);
  if (head) {
    const [stage = '', ...reason] = head[1].split(/\s+/).filter(Boolean);
    if (!head[0] || !stage) throw new DomainError('BAD_ARGUMENTS', { missing: 'stage' });
    return { customer: head[0], stage, reason: reason.join('_') || undefined };
  }
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) throw new DomainError('BAD_ARGUMENTS', { missing: 'stage' });
  // the stage is the last word, or the one before a lost reason
  const last = words[words.length - 1];
  if (words.length >= 3 && toStage(words[words.length - 2]) === 'lost' && toLostReason(last)) {
    return { customer: words.slice(0, -2).join(' '), stage: 'lost', reason: last };
  }
  return { customer: words.slice(0, -1).join(' '), stage: last };
}

/** `/stage <customer> sample`, `/stage <customer> lost price`. */
export const stageCommand = defineCommand<Args>({
  name: 'stage',
  aliases: ['阶段'],
  parse: parseStageArgs,
  async handle(ctx, args) {
    const result = await ctx.services.pipeline.move(ctx.actor, ctx.message.channel, args.customer, args.stage, args.reason);
    const names = STAGE_NAMES[ctx.locale];
    const stage = names[result.stage as Stage];
    const reason = result.lostReason ? LOST_REASON_NAMES[ctx.locale][result.lostReason as LostReason] : null;
    const who = `#${result.customer.id} ${result.customer.name}`;
    if (!result.changed) {
      return ctx.reply(messages(ctx.locale).stage.alreadyAt({ who, stage }));
    }
    const from = names[result.from as Stage] ?? result.from;
    await ctx.reply(messages(ctx.locale).stage.moved({ who, from, to: stage, reason }));
  },
});
