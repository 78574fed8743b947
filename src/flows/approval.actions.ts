import { APPROVAL_ACTIONS, type Decision } from '../domain/approvals/approval-messages';
import { DomainError, isDomainError } from '../domain/errors';
import { quoteRef } from '../domain/quotes/quote-text';
import { actionRecordId, defineAction, type ConversationFlow } from './command';
import type { MemberContext } from './context';
import { errorReply } from './error-replies';
import { messages } from './i18n';

export const APPROVAL_COMMENT_FLOW = 'approval-comment';

function approvalId(value: string | undefined, id: string): number {
  const approval = actionRecordId(value, id);
  if (approval === null) throw new DomainError('APPROVAL_NOT_FOUND', { id: value ?? id.slice(id.lastIndexOf(':') + 1) });
  return approval;
}

const ICONS = { approved: '✅', rejected: '❌', changes_requested: '✏️' } as const;

/**
 * `cardId`: the approval card whose button led here; once decided, its buttons give way to the decision (Slack) or
 * are taken off (Telegram), so nobody presses a spent button.
 */
async function decideAndReply(ctx: MemberContext, id: number, decision: Decision, comment?: string, cardId?: string) {
  const result = await ctx.services.approvals.decide(ctx.actor, ctx.message.channel, id, decision, comment);
  const m = messages(ctx.locale).approval;
  const ref = `${quoteRef(result.quote)} (${result.quote.customerName})`;
  const next = result.nextApprover ? m.next({ approver: result.nextApprover }) : '';
  const note = comment?.trim() ? `\n${m.comment}: ${comment.trim()}` : '';
  const settle = cardId
    ? { messageId: cardId, text: m.cardDecided({ icon: ICONS[decision], ref, decision: m[decision], by: ctx.actor.displayName, next, note }) }
    : undefined;
  await ctx.reply(m.decided({ decision: m[decision], ref, next }), { settle });
}

/**
 * Reject and ask-for-change need a comment. Where the channel has forms (Slack), a modal opens from the button's
 * trigger; elsewhere the bot asks in text and the next message is the comment.
 */
async function askForComment(ctx: MemberContext, id: number, decision: Exclude<Decision, 'approved'>) {
  const { quote } = await ctx.services.approvals.decidable(ctx.actor, id);
  const m = messages(ctx.locale).approval;
  const ref = `${quoteRef(quote)} (${quote.customerName})`;
  const title = decision === 'rejected' ? m.rejectTitle : m.changeTitle;
  const label = decision === 'rejected' ? m.whyReject({ ref }) : m.whatChange({ ref });
  const triggerId = ctx.message.action?.triggerId;
  if (ctx.capabilities.modals && triggerId) {
    const submitAction = `${decision === 'rejected' ? APPROVAL_ACTIONS.rejectSubmit : APPROVAL_ACTIONS.changeSubmit}${id}`;
    await ctx.services.messenger.send({
      channel: ctx.message.channel, chatId: ctx.message.chatId, threadId: ctx.message.threadId, text: label,
      prompt: { title, label, submitAction, value: String(id), triggerId, messageId: ctx.message.action?.messageId },
    });
    return;
  }
  await ctx.services.conversations.startFlow(ctx.message.channel, ctx.message.chatId, APPROVAL_COMMENT_FLOW, {
    approvalId: id, decision, ...(ctx.message.action?.messageId ? { cardId: ctx.message.action.messageId } : {}),
  });
  await ctx.reply(`${label}\n${m.replyWithComment}`);
}

/**
 * A press on a card that was decided meanwhile (by someone it was escalated to, or before its buttons could be taken
 * off): the presser is told on the press, and that card's buttons go too. Other refusals go to the error boundary.
 */
async function onCard(ctx: MemberContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const cardId = ctx.message.action?.messageId;
    if (!cardId || !isDomainError(error) || error.code !== 'APPROVAL_ALREADY_DECIDED') throw error;
    ctx.services.logger.debug({ code: error.code, channel: ctx.message.channel }, 'press on a decided card');
    const text = errorReply(error, ctx.locale);
    await ctx.reply(text, { pressAnswer: { userId: ctx.message.senderId, pressId: ctx.message.action?.pressId }, settle: { messageId: cardId, text } });
  }
}

export const approvalActions = [
  defineAction({
    id: APPROVAL_ACTIONS.approve,
    handle: (ctx, value, id) => onCard(ctx, () => decideAndReply(ctx, approvalId(value, id), 'approved', undefined, ctx.message.action?.messageId)),
  }),
  defineAction({ id: APPROVAL_ACTIONS.reject, handle: (ctx, value, id) => onCard(ctx, () => askForComment(ctx, approvalId(value, id), 'rejected')) }),
  defineAction({ id: APPROVAL_ACTIONS.change, handle: (ctx, value, id) => onCard(ctx, () => askForComment(ctx, approvalId(value, id), 'changes_requested')) }),
  defineAction({
    id: APPROVAL_ACTIONS.rejectSubmit,
    handle: (ctx, value, id) => decideAndReply(ctx, approvalId(value, id), 'rejected', ctx.message.action?.text, ctx.message.action?.messageId),
  }),
  defineAction({
    id: APPROVAL_ACTIONS.changeSubmit,
    handle: (ctx, value, id) => decideAndReply(ctx, approvalId(value, id), 'changes_requested', ctx.message.action?.text, ctx.message.action?.messageId),
  }),
];

/** The typed comment on channels without forms: the next message after "Reject" / "Ask for change". */
export const approvalCommentConversation: ConversationFlow = {
  name: APPROVAL_COMMENT_FLOW,
  async continue(ctx, data) {
    const { channel, chatId } = ctx.message;
    await ctx.services.conversations.endFlow(channel, chatId);
    const text = ctx.message.text.trim();
    if (['cancel', '取消'].includes(text.toLowerCase())) {
      return ctx.reply(messages(ctx.locale).approval.commentCancelled);
    }
    await decideAndReply(ctx, Number(data.approvalId), data.decision as Exclude<Decision, 'approved'>, text, typeof data.cardId === 'string' ? data.cardId : undefined);
  },
};
