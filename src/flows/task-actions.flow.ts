import { truncateForEcho } from '../domain/i18n';
import { defineAction, type ActionFlow } from './command';
import { messages } from './i18n';

/** The one-tap actions on digests, nudges and /tasks (numbered replies on channels without buttons). */
export const taskActions: ActionFlow[] = [
  defineAction({
    id: 'task.done:',
    async handle(ctx, value) {
      const task = await ctx.services.followup.done(ctx.actor, ctx.message.channel, value ?? '', new Date());
      await ctx.reply(messages(ctx.locale).task.done({ id: task.id, title: task.title }));
    },
  }),
  defineAction({
    id: 'task.snooze:',
    async handle(ctx, value) {
      const now = new Date();
      const task = await ctx.services.followup.snooze(ctx.actor, ctx.message.channel, value ?? '', { kind: 'duration', ms: 86_400_000 }, now);
      await ctx.reply(messages(ctx.locale).taskActions.snoozedADay({ id: task.id }));
    },
  }),
  defineAction({
    id: 'task.reply:',
    async handle(ctx, value) {
      const card = await ctx.services.customers.card(ctx.actor, ctx.message.channel, `#${value ?? ''}`);
      const last = card.communications.find((c) => c.direction === 'inbound');
      const m = messages(ctx.locale).taskActions;
      const lines = [`#${card.id} ${card.name}`];
      if (last) lines.push(m.latestFromBuyer({ channel: last.channel, text: truncateForEcho(last.text, 300) }));
      lines.push(m.howToReply({ id: card.id }));
      await ctx.reply(lines.join('\n'));
    },
  }),
  defineAction({
    id: 'task.reassign:',
    async handle(ctx, value) {
      const team = (await ctx.services.team.list()).filter((m) => m.id !== ctx.actor.id).map((m) => m.name);
      const m = messages(ctx.locale).taskActions;
      await ctx.reply(m.howToHandOver({ id: String(value), members: team.slice(0, 10).join(m.memberSeparator) }));
    },
  }),
];

/** Pause / resume buttons under `/sequence`. */
export const sequenceActions: ActionFlow[] = (['pause', 'resume'] as const).map((action) =>
  defineAction({
    id: `sequence.${action}:`,
    async handle(ctx, value) {
      const { customer } = await ctx.services.sequences[action](ctx.actor, ctx.message.channel, `#${value ?? ''}`);
      const m = messages(ctx.locale).sequence;
      await ctx.reply(m.changed({ who: `#${customer.id} ${customer.name}`, verb: action === 'pause' ? m.paused : m.resumed }));
    },
  }),
);
