import type { Middleware } from '../pipeline';

/** Who is writing: a linked team member becomes ctx.actor and sets the reply language. */
export const identify: Middleware = async (ctx, next) => {
  // on a customer-facing channel nearly every writer is a buyer: the inbox's look-ups start beside the member check
  // rather than after it (a buyer's message waits for one round trip fewer before it is stored)
  const { message } = ctx;
  if (ctx.capabilities.customerFacing && message.kind === 'message' && message.isDirect !== false) ctx.inboxLookAhead = ctx.services.inbox.lookAhead(message);
  ctx.actor = await ctx.services.team.identify(ctx.message.channel, ctx.message.senderId);
  if (ctx.actor) ctx.locale = ctx.actor.locale;
  await next();
};
