import { z } from 'zod';
import { taskButtons, taskLine } from '../domain/followup/digest';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

/** `/tasks`: the rep's open follow-ups — overdue, today, later — with one-tap actions for the first ones. */
export const tasksCommand = defineCommand({
  name: 'tasks',
  aliases: ['任务', 'todo'],
  parse: (args) => parseArgs(z.string().max(0, 'no arguments'), args),
  async handle(ctx) {
    const m = messages(ctx.locale).tasks;
    const { zone, overdue, today, later } = await ctx.services.followup.list(ctx.actor, new Date());
    if (!overdue.length && !today.length && !later.length) {
      await ctx.reply(m.none);
      return;
    }
    const section = (title: string, list: typeof today) => (list.length ? [title, ...list.slice(0, 15).map((t) => `• ${taskLine(t, zone, ctx.locale)}`), ''] : []);
    const lines = [
      ...section(m.overdue({ count: overdue.length }), overdue),
      ...section(m.today({ count: today.length }), today),
      ...section(m.later({ count: later.length }), later),
      m.hint,
    ];
    const buttons = [...overdue, ...today].slice(0, 3).flatMap((t) => taskButtons(t, ctx.locale));
    await ctx.reply(lines.join('\n'), { buttons });
  },
});
