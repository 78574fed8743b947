import { DomainError, isDomainError } from '../../domain/errors';
import { parseCommandLine } from '../command';
import { isDatabaseUnavailable } from '../error-replies';
import type { FlowContext } from '../context';
import type { Middleware } from '../pipeline';

// A stranger sending one of these is a team member linking this account, not a buyer.
const MEMBER_COMMANDS = new Set(['link', '绑定']);

async function toInbox(ctx: FlowContext, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    // the queue retries these; a buyer never sees our internal errors
    if (isDatabaseUnavailable(error)) throw isDomainError(error) ? error : new DomainError('DATABASE_UNAVAILABLE', { cause: String((error as Error)?.message ?? error).slice(0, 200) });
    ctx.services.logger.error({ err: error, channel: ctx.message.channel, externalId: ctx.message.externalId }, 'buyer message not stored');
  }
}

/**
 * Strangers on customer-facing channels (the company's WhatsApp number, the Telegram bot) are buyers: their
 * messages, edits and deletions go to the inbox, never to the command flows. Everyone else passes on; on internal
 * channels the membership check that follows refuses strangers politely.
 */
export const buyerInbox: Middleware = async (ctx, next) => {
  const message = ctx.message;
  if (ctx.actor || !ctx.capabilities.customerFacing) return next();
  const line = message.kind === 'message' ? parseCommandLine(message.text) : null;
  // (not where the sender can be forged: a forged address must not link, and then act as, a member)
  if (line && MEMBER_COMMANDS.has(line.name) && !ctx.capabilities.forgeableSender) return next();
  if (message.isDirect === false) {
    // group chatter from strangers is not addressed to us; a command still gets the refusal
    if (line) return next();
    return;
  }
  if (message.kind === 'message') await toInbox(ctx, () => ctx.services.inbox.receive(message, ctx.inboxLookAhead));
  else if (message.kind === 'edit' || message.kind === 'delete') await toInbox(ctx, () => ctx.services.inbox.recordChange(message));
  else ctx.services.logger.debug({ channel: message.channel, externalId: message.externalId }, 'button press from a buyer ignored');
};
