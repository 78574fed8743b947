import { SESSION_START_ACTION } from '../../domain/channel-contract';
import type { Middleware } from '../pipeline';

/**
 * On a channel with sessions (the terminal) a member sees what was sent to them while the screen was another
 * member's or closed (approval cards, nudges): when their session starts, and after each of their messages is
 * answered — never before, so a number they typed still answers the list they had seen. Shown in this session, the
 * cards' numbered choices apply here. Nothing for strangers.
 */
export const sessionMail: Middleware = async (ctx, next) => {
  const { kind, action, sessionId, channel, chatId } = ctx.message;
  if (kind === 'action' && action?.id === SESSION_START_ACTION) {
    if (ctx.actor) await ctx.services.messenger.deliverHeld(channel, chatId);
    return;
  }
  await next();
  if (sessionId && ctx.actor) await ctx.services.messenger.deliverHeld(channel, chatId);
};
