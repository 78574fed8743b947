import { TRANSFER_APPROVE, TRANSFER_DECLINE } from '../domain/transfer/transfer.service';
import { TRANSFER_REQUEST } from './clash-reply';
import { defineAction, requireActionRecordId } from './command';

/** "Request transfer" under a clash reply: the owner and the owner's manager get approve/decline buttons. */
export const transferRequestAction = defineAction({
  id: TRANSFER_REQUEST,
  async handle(ctx, value) {
    const { request, customer, notified } = await ctx.services.transfers.request(ctx.actor, ctx.message.channel, requireActionRecordId(value));
    await ctx.reply(
      ctx.locale === 'zh'
        ? `已发送转移申请 #${request.id}：客户 #${customer.id} ${customer.name}（负责人 ${customer.owner}）。${notified.length ? '负责人及其主管将在聊天中审批。' : '暂时无法联系到负责人，申请已记录。'}`
        : `Transfer request #${request.id} sent for #${customer.id} ${customer.name} (owner ${customer.owner}). ${notified.length ? 'The owner and their manager decide in chat.' : 'The owner cannot be reached right now; the request is recorded.'}`,
    );
  },
});

function decideAction(id: string, decision: 'approve' | 'decline') {
  return defineAction({
    id,
    async handle(ctx, value) {
      const { request, customer, requester } = await ctx.services.transfers.decide(ctx.actor, ctx.message.channel, requireActionRecordId(value), decision);
      const zh = ctx.locale === 'zh';
      await ctx.reply(
        decision === 'approve'
          ? zh ? `已批准转移申请 #${request.id}：#${customer.id} ${customer.name} 现由 ${requester} 负责。` : `Approved transfer #${request.id}: #${customer.id} ${customer.name} now belongs to ${requester}.`
          : zh ? `已拒绝转移申请 #${request.id}（#${customer.id} ${customer.name}）。` : `Declined transfer #${request.id} for #${customer.id} ${customer.name}.`,
      );
    },
  });
}

export const transferApproveAction = decideAction(TRANSFER_APPROVE, 'approve');
export const transferDeclineAction = decideAction(TRANSFER_DECLINE, 'decline');
