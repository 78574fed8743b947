import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

/** `/reassign 17 bob`: hands a task to a teammate (own tasks; managers also their team's). */
export const reassignCommand = defineCommand({
  name: 'reassign',
  aliases: ['转交'],
  parse(args) {
    const [task = '', member = ''] = args.trim().split(/\s+/);
    return parseArgs(z.object({ task: z.string().regex(/^#?\d{1,9}$/, 'a task number'), member: z.string().min(1, 'member name') }), { task, member });
  },
  async handle(ctx, args) {
    const { task, target } = await ctx.services.followup.reassign(ctx.actor, ctx.message.channel, args.task, args.member, new Date());
    await ctx.reply(messages(ctx.locale).task.reassigned({ id: task.id, member: target.displayName }));
  },
});
