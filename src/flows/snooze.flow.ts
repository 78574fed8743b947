import { DateTime } from 'luxon';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { parseWhen } from '../domain/followup/natural-date';
import { defineCommand, parseArgs } from './command';

const argsSchema = z.object({
  task: z.string().regex(/^#?\d{1,9}$/, 'a task number such as 17'),
  when: z.string().trim().min(1, 'when: 2d, 3h, tomorrow 9am, 下周一'),
});

/** `/snooze 17 2d` or `/snooze 17 明天下午3点`: moves the task's due time (in the rep's timezone). */
export const snoozeCommand = defineCommand({
  name: 'snooze',
  aliases: ['推迟', '延后'],
  summary: { en: 'postpone a task', zh: '推迟任务' },
  usage: { en: '/snooze <task id> <2d | 3h | tomorrow 9am | next monday>', zh: '/snooze <任务编号> <2d | 3小时 | 明天上午9点 | 下周一>' },
  parse(args) {
    const [task = '', ...rest] = args.trim().split(/\s+/);
    return parseArgs(argsSchema, { task, when: rest.join(' ') });
  },
  async handle(ctx, args) {
    const now = new Date();
    const zone = ctx.services.followup.zoneOf(ctx.actor.timezone);
    const parsed = parseWhen(args.when, zone, now);
    if (!parsed) throw new DomainError('BAD_DATE', { value: args.when });
    const task = await ctx.services.followup.snooze(ctx.actor, ctx.message.channel, args.task, parsed.at, now);
    const when = DateTime.fromJSDate(task.dueAt, { zone }).setLocale(ctx.locale === 'zh' ? 'zh-CN' : 'en-GB').toFormat(ctx.locale === 'zh' ? 'M月d日 (ccc) HH:mm' : 'ccc d LLL HH:mm');
    await ctx.reply(ctx.locale === 'zh' ? `⏰ #${task.id} 推迟到 ${when}` : `⏰ #${task.id} snoozed until ${when}`);
  },
});
