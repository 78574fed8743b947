import { STAGE_NAMES, type Stage } from '../domain/pipeline/stages';
import { STAGE_CONFIRM_WON, STAGE_UNDO } from '../domain/signals/signal-messages';
import { defineAction, requireActionRecordId } from './command';
import { messages } from './i18n';

/** "Undo" under the notice of a stage move a buyer's message made: the deal goes back to where it was. */
export const stageUndoAction = defineAction({
  id: STAGE_UNDO,
  async handle(ctx, value) {
    const result = await ctx.services.signals.undoStageChange(ctx.actor, ctx.message.channel, requireActionRecordId(value));
    const names = STAGE_NAMES[ctx.locale];
    const from = names[result.from as Stage] ?? result.from;
    const to = names[result.to as Stage] ?? result.to;
    const who = `#${result.customer.id} ${result.customer.name}`;
    await ctx.reply(messages(ctx.locale).stage.undone({ who, from, to }));
  },
});

/** "Confirm won" under the notice of an order confirmation: the pending win becomes a win. */
export const stageConfirmWonAction = defineAction({
  id: STAGE_CONFIRM_WON,
  async handle(ctx, value) {
    const { customer } = await ctx.services.signals.confirmWon(ctx.actor, ctx.message.channel, requireActionRecordId(value));
    const who = `#${customer.id} ${customer.name}`;
    await ctx.reply(messages(ctx.locale).stage.wonConfirmed({ who }));
  },
});

export const stageSignalActions = [stageUndoAction, stageConfirmWonAction];
