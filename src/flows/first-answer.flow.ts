import { z } from 'zod';
import type { FirstAnswerSettings } from '../domain/first-answer/first-answer.settings';
import { DEFAULT_FIRST_ANSWERS, FIRST_ANSWER_LANGUAGES } from '../domain/first-answer/first-answer.texts';
import type { Locale } from '../domain/i18n';
import { lookupTable } from '../domain/text/lookup-table';
import { defineCommand, parseArgs } from './command';
import { messages } from './i18n';

const SWITCH_WORDS: Record<string, boolean> = lookupTable({ on: true, off: false, 开: true, 关: false, 开启: true, 关闭: false });
const RESET_WORDS = new Set(['default', 'reset', '默认', '恢复默认']);

const argsSchema = z.union([
  z.object({ kind: z.literal('show') }),
  z.object({ kind: z.literal('enabled'), enabled: z.boolean() }),
  // the language is checked by the domain (it names the languages there are); the text too (its placeholders)
  z.object({ kind: z.literal('text'), language: z.string().min(1).max(20), text: z.string().nullable() }),
]);
type Args = z.infer<typeof argsSchema>;

function describe(settings: FirstAnswerSettings, locale: Locale): string {
  const m = messages(locale).firstAnswer;
  const head = m.head({ enabled: settings.enabled, quietDays: settings.quietDays });
  const lines = FIRST_ANSWER_LANGUAGES.map((lang) => {
    const own = settings.texts[lang];
    const tag = own ? m.edited : m.builtIn;
    return `${lang} (${tag}): ${own ?? DEFAULT_FIRST_ANSWERS[lang]}`;
  });
  return [head, ...lines, m.how].join('\n');
}

/**
 * `/firstanswer` shows the acknowledgement new buyers get, per language; admins switch it on or off and edit one
 * language's text (`/firstanswer es ¡Gracias! {owner} le responderá {when}.`) or put it back (`… es default`).
 */
export const firstAnswerCommand = defineCommand<Args>({
  name: 'firstanswer',
  aliases: ['首次回复'],
  roles: ['manager', 'director', 'admin'],
  parse(args) {
    const trimmed = args.trim();
    if (!trimmed) return { kind: 'show' };
    const m = /^(\S+)(?:\s+([\s\S]*))?$/.exec(trimmed)!;
    const word = m[1].toLowerCase();
    const rest = (m[2] ?? '').trim();
    if (!rest && word in SWITCH_WORDS) return parseArgs(argsSchema, { kind: 'enabled', enabled: SWITCH_WORDS[word] });
    if (!rest) return parseArgs(argsSchema, { kind: 'text', language: m[1], text: '' });
    return parseArgs(argsSchema, { kind: 'text', language: m[1], text: RESET_WORDS.has(rest.toLowerCase()) ? null : rest });
  },
  async handle(ctx, args) {
    const service = ctx.services.firstAnswer;
    if (args.kind === 'show') {
      await ctx.reply(describe(await service.settings(), ctx.locale));
      return;
    }
    const saved = await service.edit(ctx.actor, ctx.message.channel, args);
    const head = messages(ctx.locale).firstAnswer.saved;
    await ctx.reply(`${head}\n${describe(saved, ctx.locale)}`);
  },
});
