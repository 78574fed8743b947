import { z } from 'zod';
import { localize } from '../domain/i18n';
import { defineCommand, parseArgs, type CommandFlow } from './command';
import { messages } from './i18n';

/** `/help`: the commands this member may use, in their language. Gets the registry at wiring time. */
export function createHelpCommand(commands: () => readonly CommandFlow[]) {
  return defineCommand({
    name: 'help',
    aliases: ['帮助', 'start'],
    public: true,
    summary: { en: 'this list', zh: '显示本列表' },
    usage: { en: '/help', zh: '/help' },
    parse: (args) => parseArgs(z.string(), args),
    async handle(ctx) {
      const visible = commands().filter((c) => !c.roles || (ctx.actor && c.roles.includes(ctx.actor.role)));
      const header = messages(ctx.locale).help.header;
      const lines = visible.map((c) => `${localize(c.usage, ctx.locale)} — ${localize(c.summary, ctx.locale)}`);
      await ctx.reply([header, ...lines].join('\n'));
    },
    async handlePublic(ctx) {
      await ctx.reply(messages(ctx.locale).help.stranger);
    },
  });
}
