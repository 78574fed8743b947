import { z } from 'zod';
import { defineCommand, parseArgs, type CommandFlow } from './command';
import { messages } from './i18n';

/** `/help`: the commands this member may use, in their language. Gets the registry at wiring time. */
export function createHelpCommand(commands: () => readonly CommandFlow[]) {
  return defineCommand({
    name: 'help',
    aliases: ['帮助', 'start'],
    public: true,
    parse: (args) => parseArgs(z.string(), args),
    async handle(ctx) {
      const visible = commands().filter((c) => !c.roles || (ctx.actor && c.roles.includes(ctx.actor.role)));
      const header = messages(ctx.locale).help.header;
      const { commands: help } = messages(ctx.locale);
      const lines = visible.map((c) => `${help[c.name].usage} — ${help[c.name].summary}`);
      await ctx.reply([header, ...lines].join('\n'));
    },
    async handlePublic(ctx) {
      await ctx.reply(messages(ctx.locale).help.stranger);
    },
  });
}
