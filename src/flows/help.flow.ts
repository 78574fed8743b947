import { z } from 'zod';
import { localize } from '../domain/i18n';
import { defineCommand, parseArgs, type CommandFlow } from './command';

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
      const header = ctx.locale === 'zh' ? 'Quayside 命令：' : 'Quayside commands:';
      const lines = visible.map((c) => `${localize(c.usage, ctx.locale)} — ${localize(c.summary, ctx.locale)}`);
      await ctx.reply([header, ...lines].join('\n'));
    },
    async handlePublic(ctx) {
      await ctx.reply(
        ctx.locale === 'zh'
          ? '您好！这是 Quayside 销售助手。团队成员请先发送 /link <绑定码> 绑定账号。'
          : 'Hello! This is the Quayside sales assistant. Team members: send /link <code> to link this account first.',
      );
    },
  });
}
