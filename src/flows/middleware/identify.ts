import type { Middleware } from '../pipeline';

/** Who is writing: a linked team member becomes ctx.actor and sets the reply language. */
export const identify: Middleware = async (ctx, next) => {
  ctx.actor = await ctx.services.team.identify(ctx.message.channel, ctx.message.senderId);
  if (ctx.actor) ctx.locale = ctx.actor.locale;
  await next();
};
