import { DomainError, isDomainError } from '../../domain/errors';
import { errorReply, isDatabaseUnavailable } from '../error-replies';
import type { Middleware } from '../pipeline';

/**
 * Every inbound message runs inside this: a known error becomes a reply in the user's language,
 * anything else is logged with its code and channel and answered politely; the bot never goes down.
 */
export const errorBoundary: Middleware = (ctx, next) => boundary(ctx, next, false);

/** With `rethrowUnavailable`, a database outage is thrown on (to a queue that retries) instead of answered. */
export function createErrorBoundary(options: { rethrowUnavailable: boolean }): Middleware {
  return (ctx, next) => boundary(ctx, next, options.rethrowUnavailable);
}

const boundary = async (ctx: Parameters<Middleware>[0], next: () => Promise<void>, rethrowUnavailable: boolean) => {
  try {
    await next();
  } catch (error) {
    const domainError = isDomainError(error)
      ? error
      : new DomainError(isDatabaseUnavailable(error) ? 'DATABASE_UNAVAILABLE' : 'INTERNAL');
    if (rethrowUnavailable && domainError.code === 'DATABASE_UNAVAILABLE') throw error;
    const log = ctx.services.logger;
    const fields = { code: domainError.code, channel: ctx.message.channel, externalId: ctx.message.externalId };
    if (domainError.code === 'INTERNAL') log.error({ ...fields, err: error }, 'flow failed');
    else if (domainError.code === 'DATABASE_UNAVAILABLE') log.warn({ ...fields, err: error }, 'database unavailable');
    else log.debug(fields, 'flow refused');
    try {
      // a refused button press (a second click, someone else's card) is answered on the press itself where the channel can
      const press = ctx.message.kind === 'action' ? { pressAnswer: { userId: ctx.message.senderId, pressId: ctx.message.action?.pressId } } : undefined;
      await ctx.reply(errorReply(domainError, ctx.locale), press);
    } catch (replyError) {
      log.error({ ...fields, err: replyError }, 'could not send the error reply');
    }
  }
};
