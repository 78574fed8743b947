import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineCommand, parseArgs, splitHead } from './command';
import { lookupTable } from '../domain/text/lookup-table';

const ACTIONS: Record<string, 'show' | 'pause' | 'resume' | 'stop'> = lookupTable({
  '': 'show', show: 'show', 查看: 'show', pause: 'pause', 暂停: 'pause', resume: 'resume', 恢复: 'resume', 继续: 'resume', stop: 'stop', 停止: 'stop',
});

const STATUS_ZH: Record<string, string> = lookupTable({ active: '进行中', paused: '已暂停', stopped: '已停止', completed: '已完成', pending: '待发送', sending: '发送中', sent: '已发送', skipped: '已跳过', failed: '失败' });

/** `/sequence <customer> [pause|resume|stop]`: a customer's wake-up sequence, step by step, and the rep's controls. */
export const sequenceCommand = defineCommand({
  name: 'sequence',
  aliases: ['seq', '序列', '唤醒'],
  summary: { en: "see or pause a customer's wake-up sequence", zh: '查看或暂停客户的唤醒序列' },
  usage: { en: '/sequence <customer> [: pause | resume | stop]', zh: '/sequence <客户> [: 暂停 | 恢复 | 停止]' },
  parse(args) {
    const [customer, action] = splitHead(args) ?? [args.trim(), ''];
    return parseArgs(
      z.object({ customer: z.string().min(1, 'customer required'), action: z.string().transform((a) => ACTIONS[a.toLowerCase()]).pipe(z.enum(['show', 'pause', 'resume', 'stop'], { message: 'pause, resume or stop' })) }),
      { customer, action },
    );
  },
  async handle(ctx, args) {
    const zh = ctx.locale === 'zh';
    const via = ctx.message.channel;
    const seq = ctx.services.sequences;
    if (args.action !== 'show') {
      const { customer } = await seq[args.action === 'stop' ? 'stopByRep' : args.action](ctx.actor, via, args.customer);
      const verb = { pause: zh ? '已暂停' : 'paused', resume: zh ? '已恢复' : 'resumed', stop: zh ? '已停止' : 'stopped' }[args.action];
      await ctx.reply(zh ? `#${customer.id} ${customer.name} 的唤醒序列${verb}。` : `Wake-up sequence of #${customer.id} ${customer.name} ${verb}.`);
      return;
    }
    const { customer, latest } = await seq.status(ctx.actor, via, args.customer);
    if (!latest) {
      await ctx.reply(zh ? `#${customer.id} ${customer.name} 没有唤醒序列。` : `#${customer.id} ${customer.name} has no wake-up sequence.`);
      return;
    }
    const zone = ctx.services.followup.zoneOf(ctx.actor.timezone);
    const fmt = (d: Date | null) => (d ? DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm') : '—');
    const status = (s: string) => (zh ? (STATUS_ZH[s] ?? s) : s);
    const lines = [
      zh
        ? `#${customer.id} ${customer.name} 唤醒序列：${status(latest.status)}${latest.stopReason ? `（${latest.stopReason}）` : ''}，开始于 ${fmt(latest.startedAt)}`
        : `#${customer.id} ${customer.name} wake-up sequence: ${latest.status}${latest.stopReason ? ` (${latest.stopReason})` : ''}, started ${fmt(latest.startedAt)}`,
      ...latest.messages.map((m) =>
        zh
          ? `  第 ${(m.step ?? 0) + 1} 步：${status(m.status)} ${fmt(m.sentAt ?? m.dueAt)}${m.channel ? ` ${m.channel}` : ''}${m.lastError && m.status !== 'sent' ? `（${m.lastError}）` : ''}`
          : `  step ${(m.step ?? 0) + 1}: ${m.status} ${fmt(m.sentAt ?? m.dueAt)}${m.channel ? ` ${m.channel}` : ''}${m.lastError && m.status !== 'sent' ? ` (${m.lastError})` : ''}`,
      ),
    ];
    const buttons =
      latest.status === 'active'
        ? [{ label: zh ? '暂停' : 'Pause', action: 'sequence.pause:', value: String(customer.id) }]
        : latest.status === 'paused'
          ? [{ label: zh ? '恢复' : 'Resume', action: 'sequence.resume:', value: String(customer.id) }]
          : [];
    await ctx.reply(lines.join('\n'), { buttons });
  },
});
