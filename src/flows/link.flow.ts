import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

/** `/link <code>`: a team member links this chat account with the code from `crm user invite`. */
export const linkCommand = defineCommand({
  name: 'link',
  aliases: ['绑定'],
  public: true,
  parse: (args) => parseArgs(z.string().trim().regex(/^\d{6,12}$/, 'a numeric code'), args),
  async handle(ctx, code) {
    await linkCommand.handlePublic!(ctx, code);
  },
  async handlePublic(ctx, code) {
    const actor = await ctx.services.team.link(code, {
      channel: ctx.message.channel,
      externalId: ctx.message.senderId,
      chatId: ctx.message.chatId,
      displayName: ctx.message.senderName,
    });
    await ctx.reply(messages(actor.locale).link.linked({ name: actor.displayName }));
  },
});
