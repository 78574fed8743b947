import { DomainError, isDomainError } from '../../domain/errors';
import { errorReply, isDatabaseUnavailable } from '../error-replies';
import type { Middleware } from '../pipeline';

/**
 * Every inbound message runs inside this: a known error becomes a reply in the user's language,
 * anything else is logged with its code and channel and answered politely; the bot never goes down.
 */
export const errorBoundary: Middleware = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    const domainError = isDomainError(error)
      ? error
      : new DomainError(isDatabaseUnavailable(error) ? 'DATABASE_UNAVAILABLE' : 'INTERNAL');
    const log = ctx.services.logger;
    const fields = { code: domainError.code, channel: ctx.message.channel, externalId: ctx.message.externalId };
    if (domainError.code === 'INTERNAL') log.error({ ...fields, err: error }, 'flow failed');
    else if (domainError.code === 'DATABASE_UNAVAILABLE') log.warn({ ...fields, err: error }, 'database unavailable');
    else log.debug(fields, 'flow refused');
    try {
      await ctx.reply(errorReply(domainError, ctx.locale));
    } catch (replyError) {
      log.error({ ...fields, err: replyError }, 'could not send the error reply');
    }
  }
};
