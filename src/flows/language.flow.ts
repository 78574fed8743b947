import { z } from 'zod';
import { defineCommand, parseArgs } from './command';
import { lookupTable } from '../domain/text/lookup-table';
import { messages } from './i18n';

const LOCALE_WORDS: Record<string, 'zh' | 'en'> = lookupTable({ zh: 'zh', cn: 'zh', 中文: 'zh', chinese: 'zh', en: 'en', english: 'en', 英文: 'en' });

/** `/lang zh|en`: the member's reply language. */
export const languageCommand = defineCommand({
  name: 'lang',
  aliases: ['language', '语言'],
  parse: (args) =>
    parseArgs(
      z.string().trim().toLowerCase().transform((v) => LOCALE_WORDS[v]).pipe(z.enum(['zh', 'en'], { message: 'zh or en' })),
      args,
    ),
  async handle(ctx, locale) {
    const actor = await ctx.services.team.setLocale(ctx.actor, locale);
    ctx.locale = actor.locale;
    await ctx.reply(messages(locale).language.changed);
  },
});
