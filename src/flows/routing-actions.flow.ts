import { defineAction, requireActionRecordId } from './command';
import { formatReason } from '../domain/assignment/assignment-reason';

/** The pool warning's one tap: "I'm on it" logs a follow-up task before the release date. */
export const poolOnItAction = defineAction({
  id: 'pool.onit:',
  async handle(ctx, value, actionId) {
    const { customer, releaseAt, task } = await ctx.services.pool.imOnIt(ctx.actor, requireActionRecordId(value, actionId));
    const due = task.dueAt.toISOString().slice(0, 16).replace('T', ' ');
    await ctx.reply(
      ctx.locale === 'zh'
        ? `好的：已为 #${customer.id} ${customer.name} 创建跟进任务（截止 ${due} UTC）。请在 ${releaseAt.toISOString().slice(0, 10)} 前跟进，否则将释放到公海。`
        : `OK: follow-up task for #${customer.id} ${customer.name} (due ${due} UTC). Follow up before ${releaseAt.toISOString().slice(0, 10)} or it goes to the public pool.`,
    );
  },
});

/** The SLA escalation's one tap: the manager reassigns the unanswered lead by the rules, away from its owner. */
export const slaReassignAction = defineAction({
  id: 'sla.reassign:',
  roles: ['manager', 'director', 'admin'],
  async handle(ctx, value, actionId) {
    const outcome = await ctx.services.assignment.reassign(ctx.actor, ctx.message.channel, requireActionRecordId(value, actionId), 'no first response within the SLA');
    if (outcome.status !== 'assigned') return;
    const member = await ctx.services.team.byId(outcome.memberId);
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已改派 #${outcome.customerId} 给 ${member?.displayName ?? outcome.memberId}（${formatReason(outcome.reason, 'zh')}）。`
        : `Reassigned #${outcome.customerId} to ${member?.displayName ?? outcome.memberId} (${formatReason(outcome.reason, 'en')}).`,
    );
  },
});
