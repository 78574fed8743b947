import { defineAction, requireActionRecordId } from './command';
import { formatReason } from '../domain/assignment/assignment-reason';
import { messages } from './i18n';

/** The pool warning's one tap: "I'm on it" logs a follow-up task before the release date. */
export const poolOnItAction = defineAction({
  id: 'pool.onit:',
  async handle(ctx, value, actionId) {
    const { customer, releaseAt, task } = await ctx.services.pool.imOnIt(ctx.actor, requireActionRecordId(value, actionId));
    const due = task.dueAt.toISOString().slice(0, 16).replace('T', ' ');
    const who = `#${customer.id} ${customer.name}`;
    await ctx.reply(messages(ctx.locale).routing.onIt({ who, due, releaseDate: releaseAt.toISOString().slice(0, 10) }));
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
    const reason = formatReason(outcome.reason, ctx.locale);
    await ctx.reply(messages(ctx.locale).routing.slaReassigned({ customerId: outcome.customerId, member: String(member?.displayName ?? outcome.memberId), reason }));
  },
});
