import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineCommand, parseArgs, splitHead } from './command';
import { lookupTable } from '../domain/text/lookup-table';
import { messages } from './i18n';

const ACTIONS: Record<string, 'show' | 'pause' | 'resume' | 'stop'> = lookupTable({
  '': 'show', show: 'show', 查看: 'show', pause: 'pause', 暂停: 'pause', resume: 'resume', 恢复: 'resume', 继续: 'resume', stop: 'stop', 停止: 'stop',
});

/** `/sequence <customer> [pause|resume|stop]`: a customer's wake-up sequence, step by step, and the rep's controls. */
export const sequenceCommand = defineCommand({
  name: 'sequence',
  aliases: ['seq', '序列', '唤醒'],
  parse(args) {
    const [customer, action] = splitHead(args) ?? [args.trim(), ''];
    return parseArgs(
      z.object({ customer: z.string().min(1, 'customer required'), action: z.string().transform((a) => ACTIONS[a.toLowerCase()]).pipe(z.enum(['show', 'pause', 'resume', 'stop'], { message: 'pause, resume or stop' })) }),
      { customer, action },
    );
  },
  async handle(ctx, args) {
    const m = messages(ctx.locale).sequence;
    const via = ctx.message.channel;
    const seq = ctx.services.sequences;
    if (args.action !== 'show') {
      const { customer } = await seq[args.action === 'stop' ? 'stopByRep' : args.action](ctx.actor, via, args.customer);
      const verb = { pause: m.paused, resume: m.resumed, stop: m.stopped }[args.action];
      await ctx.reply(m.changed({ who: `#${customer.id} ${customer.name}`, verb }));
      return;
    }
    const { customer, latest } = await seq.status(ctx.actor, via, args.customer);
    if (!latest) {
      await ctx.reply(m.none({ who: `#${customer.id} ${customer.name}` }));
      return;
    }
    const zone = ctx.services.followup.zoneOf(ctx.actor.timezone);
    const fmt = (d: Date | null) => (d ? DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm') : '—');
    const status = (s: string) => m.status({ status: s });
    const lines = [
      m.head({ who: `#${customer.id} ${customer.name}`, status: status(latest.status), reason: latest.stopReason || null, started: fmt(latest.startedAt) }),
      ...latest.messages.map((msg) =>
        m.step({
          step: (msg.step ?? 0) + 1, status: status(msg.status), at: fmt(msg.sentAt ?? msg.dueAt), channel: msg.channel || null,
          error: msg.lastError && msg.status !== 'sent' ? msg.lastError : null,
        }),
      ),
    ];
    const buttons =
      latest.status === 'active'
        ? [{ label: m.pause, action: 'sequence.pause:', value: String(customer.id) }]
        : latest.status === 'paused'
          ? [{ label: m.resume, action: 'sequence.resume:', value: String(customer.id) }]
          : [];
    await ctx.reply(lines.join('\n'), { buttons });
  },
});
