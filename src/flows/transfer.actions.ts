import { TRANSFER_APPROVE, TRANSFER_DECLINE } from '../domain/transfer/transfer.service';
import { TRANSFER_REQUEST } from './clash-reply';
import { defineAction, requireActionRecordId } from './command';
import { messages } from './i18n';

/** "Request transfer" under a clash reply: the owner and the owner's manager get approve/decline buttons. */
export const transferRequestAction = defineAction({
  id: TRANSFER_REQUEST,
  async handle(ctx, value) {
    const { request, customer, notified } = await ctx.services.transfers.request(ctx.actor, ctx.message.channel, requireActionRecordId(value));
    const who = `#${customer.id} ${customer.name}`;
    await ctx.reply(messages(ctx.locale).transfer.requested({ id: request.id, who, owner: String(customer.owner), notified: notified.length > 0 }));
  },
});

function decideAction(id: string, decision: 'approve' | 'decline') {
  return defineAction({
    id,
    async handle(ctx, value) {
      const { request, customer, requester } = await ctx.services.transfers.decide(ctx.actor, ctx.message.channel, requireActionRecordId(value), decision);
      const m = messages(ctx.locale).transfer;
      const who = `#${customer.id} ${customer.name}`;
      await ctx.reply(decision === 'approve' ? m.approved({ id: request.id, who, requester: String(requester) }) : m.declined({ id: request.id, who }));
    },
  });
}

export const transferApproveAction = decideAction(TRANSFER_APPROVE, 'approve');
export const transferDeclineAction = decideAction(TRANSFER_DECLINE, 'decline');
