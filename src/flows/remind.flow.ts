import { DateTime } from 'luxon';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { splitTrailingDate } from '../domain/followup/natural-date';
import { truncateForEcho } from '../domain/i18n';
import { defineCommand, parseArgs, splitHead } from './command';
import { messages } from './i18n';

const argsSchema = z.object({
  head: z.string().trim().min(1, 'customer and time required'),
  text: z.string().trim().min(1, 'what to do is required'),
});

/** `/remind Acme next tuesday: send new catalogue`, `/remind Acme 下周二：发新目录` — a reminder task in the rep's zone. */
export const remindCommand = defineCommand({
  name: 'remind',
  aliases: ['提醒'],
  parse(args) {
    const [head, text] = splitHead(args) ?? ['', ''];
    return parseArgs(argsSchema, { head, text });
  },
  async handle(ctx, args) {
    const now = new Date();
    const zone = ctx.services.followup.zoneOf(ctx.actor.timezone);
    const split = splitTrailingDate(args.head, zone, now);
    if (!split) throw new DomainError('BAD_DATE', { value: args.head });
    if (!split.subject) throw new DomainError('BAD_ARGUMENTS', { missing: 'customer' });
    const task = await ctx.services.followup.remind(
      ctx.actor,
      ctx.message.channel,
      { customer: split.subject, at: split.at, text: args.text, messageKey: `${ctx.message.channel}:${ctx.message.externalId}` },
      now,
    );
    const { format } = messages(ctx.locale);
    const when = DateTime.fromJSDate(task.dueAt, { zone }).setLocale(format.dateLocale).toFormat(format.dueTime);
    const name = task.customer?.name ?? split.subject;
    await ctx.reply(messages(ctx.locale).remind.set({ id: task.id, when, name, title: truncateForEcho(task.title, 80) }));
  },
});
