import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

/** `/done 17`: marks one of the rep's tasks done (a second press changes nothing and says so). */
export const doneCommand = defineCommand({
  name: 'done',
  aliases: ['完成'],
  parse: (args) => parseArgs(z.string().trim().regex(/^#?\d{1,9}$/, 'a task number such as 17'), args),
  async handle(ctx, ref) {
    const task = await ctx.services.followup.done(ctx.actor, ctx.message.channel, ref, new Date());
    await ctx.reply(messages(ctx.locale).task.done({ id: task.id, title: task.title }));
  },
});
