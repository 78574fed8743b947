import { truncateForEcho } from '../domain/i18n';
import { defineAction, type ActionFlow } from './command';

/** The one-tap actions on digests, nudges and /tasks (numbered replies on channels without buttons). */
export const taskActions: ActionFlow[] = [
  defineAction({
    id: 'task.done:',
    async handle(ctx, value) {
      const task = await ctx.services.followup.done(ctx.actor, ctx.message.channel, value ?? '', new Date());
      await ctx.reply(ctx.locale === 'zh' ? `✓ 已完成 #${task.id} ${task.title}` : `✓ Done: #${task.id} ${task.title}`);
    },
  }),
  defineAction({
    id: 'task.snooze:',
    async handle(ctx, value) {
      const now = new Date();
      const task = await ctx.services.followup.snooze(ctx.actor, ctx.message.channel, value ?? '', { kind: 'duration', ms: 86_400_000 }, now);
      await ctx.reply(ctx.locale === 'zh' ? `⏰ #${task.id} 推迟一天。其他时间：/snooze ${task.id} 3d` : `⏰ #${task.id} snoozed for a day. Other times: /snooze ${task.id} 3d`);
    },
  }),
  defineAction({
    id: 'task.reply:',
    async handle(ctx, value) {
      const card = await ctx.services.customers.card(ctx.actor, ctx.message.channel, `#${value ?? ''}`);
      const last = card.communications.find((c) => c.direction === 'inbound');
      const zh = ctx.locale === 'zh';
      const lines = [`#${card.id} ${card.name}`];
      if (last) lines.push(zh ? `最新来信（${last.channel}）：“${truncateForEcho(last.text, 300)}”` : `Latest from the buyer (${last.channel}): "${truncateForEcho(last.text, 300)}"`);
      lines.push(zh ? `回复买家：/reply ${card.id}: <内容>（电话/会议用 /log ${card.id}: call: … 记录）` : `Reply to the buyer: /reply ${card.id}: <text>  (log a call with /log ${card.id}: call: …)`);
      await ctx.reply(lines.join('\n'));
    },
  }),
  defineAction({
    id: 'task.reassign:',
    async handle(ctx, value) {
      const team = (await ctx.services.team.list()).filter((m) => m.id !== ctx.actor.id).map((m) => m.name);
      await ctx.reply(
        ctx.locale === 'zh'
          ? `转交任务 #${value}：发送 /reassign ${value} <成员>${team.length ? `（${team.slice(0, 10).join('、')}）` : ''}`
          : `To hand over #${value}: send /reassign ${value} <member>${team.length ? ` (${team.slice(0, 10).join(', ')})` : ''}`,
      );
    },
  }),
];

/** Pause / resume buttons under `/sequence`. */
export const sequenceActions: ActionFlow[] = (['pause', 'resume'] as const).map((action) =>
  defineAction({
    id: `sequence.${action}:`,
    async handle(ctx, value) {
      const { customer } = await ctx.services.sequences[action](ctx.actor, ctx.message.channel, `#${value ?? ''}`);
      const zh = ctx.locale === 'zh';
      const verb = action === 'pause' ? (zh ? '已暂停' : 'paused') : zh ? '已恢复' : 'resumed';
      await ctx.reply(zh ? `#${customer.id} ${customer.name} 的唤醒序列${verb}。` : `Wake-up sequence of #${customer.id} ${customer.name} ${verb}.`);
    },
  }),
);
