import { isDatabaseUnavailable } from '../error-replies';
import type { Middleware } from '../pipeline';

/**
 * Commands, button presses and refusals run once per platform event: a redelivered event (Telegram retry, Slack
 * retry, a queue job run twice) whose receipt is recorded is skipped. Buyer messages never get here: they are
 * stored once by their unique (channel, externalId) instead. The receipt is written after the work, so a crash in
 * between repeats an event rather than losing it; a database outage records nothing, so the queue's retry runs it.
 */
export const onceOnly: Middleware = async (ctx, next) => {
  const { channel, externalId } = ctx.message;
  const inbox = ctx.services.inbox;
  if (await inbox.alreadyHandled(channel, externalId)) {
    ctx.services.logger.debug({ channel, externalId }, 'redelivered event skipped');
    return;
  }
  try {
    await next();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) await inbox.markHandled(channel, externalId);
    throw error;
  }
  await inbox.markHandled(channel, externalId);
};
