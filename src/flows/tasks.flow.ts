import { z } from 'zod';
import { taskButtons, taskLine } from '../domain/followup/digest';
import { defineCommand, parseArgs } from './command';

/** `/tasks`: the rep's open follow-ups — overdue, today, later — with one-tap actions for the first ones. */
export const tasksCommand = defineCommand({
  name: 'tasks',
  aliases: ['任务', 'todo'],
  summary: { en: 'your open follow-up tasks', zh: '我的待办跟进任务' },
  usage: { en: '/tasks', zh: '/tasks' },
  parse: (args) => parseArgs(z.string().max(0, 'no arguments'), args),
  async handle(ctx) {
    const zh = ctx.locale === 'zh';
    const { zone, overdue, today, later } = await ctx.services.followup.list(ctx.actor, new Date());
    if (!overdue.length && !today.length && !later.length) {
      await ctx.reply(zh ? '没有待办任务。用 /remind <客户> <时间>: <内容> 添加提醒。' : 'No open tasks. Add one with /remind <customer> <when>: <what>.');
      return;
    }
    const section = (title: string, list: typeof today) => (list.length ? [title, ...list.slice(0, 15).map((t) => `• ${taskLine(t, zone, ctx.locale)}`), ''] : []);
    const lines = [
      ...section(zh ? `⚠️ 已逾期（${overdue.length}）` : `⚠️ Overdue (${overdue.length})`, overdue),
      ...section(zh ? `📋 今天（${today.length}）` : `📋 Today (${today.length})`, today),
      ...section(zh ? `🗓 之后（${later.length}）` : `🗓 Later (${later.length})`, later),
      zh ? '/done <编号> · /snooze <编号> 2d' : '/done <id> · /snooze <id> 2d',
    ];
    const buttons = [...overdue, ...today].slice(0, 3).flatMap((t) => taskButtons(t, ctx.locale));
    await ctx.reply(lines.join('\n'), { buttons });
  },
});
