import { DateTime } from 'luxon';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { parseDuration, parseWhen } from '../domain/followup/natural-date';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

const argsSchema = z.object({
  task: z.string().regex(/^#?\d{1,9}$/, 'a task number such as 17'),
  when: z.string().trim().min(1, 'when: 2d, 3h, tomorrow 9am, 下周一'),
});

/** `/snooze 17 2d` or `/snooze 17 明天下午3点`: moves the task's due time later (in the rep's timezone), never sooner. */
export const snoozeCommand = defineCommand({
  name: 'snooze',
  aliases: ['推迟', '延后'],
  parse(args) {
    const [task = '', ...rest] = args.trim().split(/\s+/);
    return parseArgs(argsSchema, { task, when: rest.join(' ') });
  },
  async handle(ctx, args) {
    const now = new Date();
    const zone = ctx.services.followup.zoneOf(ctx.actor.timezone);
    const duration = parseDuration(args.when);
    const parsed = duration === null ? parseWhen(args.when, zone, now) : null;
    if (duration === null && !parsed) throw new DomainError('BAD_DATE', { value: args.when });
    const by = duration !== null ? ({ kind: 'duration', ms: duration } as const) : ({ kind: 'at', at: parsed!.at } as const);
    const task = await ctx.services.followup.snooze(ctx.actor, ctx.message.channel, args.task, by, now);
    const { format: dates, snooze: m } = messages(ctx.locale);
    const format = (d: Date) => DateTime.fromJSDate(d, { zone }).setLocale(dates.dateLocale).toFormat(dates.dueTime);
    // say what was counted from: a snooze of a task due later counts from its due time, not from now
    const how =
      task.countedFrom === 'due'
        ? m.fromDue({ when: args.when, due: format(task.previousDueAt) })
        : task.countedFrom === 'now'
          ? m.fromNow({ when: args.when })
          : m.wasDue({ due: format(task.previousDueAt) });
    await ctx.reply(m.snoozed({ id: task.id, until: format(task.dueAt), how }));
  },
});
