import type { Locale } from '../../domain/i18n';
import { en, type Catalogue } from './en';
import { zh } from './zh';

export type { Catalogue } from './en';

/**
 * Every flow catalogue, by locale. Adding a language: add it to `Locale` (src/domain/i18n/locale.ts), write
 * `./<locale>.ts` as `export const xx = { … } satisfies Catalogue`, and add one line here; the typecheck and
 * tests/flows/i18n-catalogue.test.ts then say what is missing.
 */
export const CATALOGUES: Record<Locale, Catalogue> = { en, zh };

/** The words of the flows in one language: `messages(ctx.locale).snooze.notYours`. */
export function messages(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}
