import { en, type DomainCatalogue } from './en';
import type { Locale } from './locale';
import { zh } from './zh';

export * from './locale';
export type { DomainCatalogue } from './en';

/**
 * Every domain catalogue, by locale: the chat texts the domain writes itself (reports, approvals, notices…), grouped
 * by module. Adding a language: add it to `Locale` (./locale.ts), write `./<locale>.ts` as
 * `export const xx = { … } satisfies DomainCatalogue`, and add one line here; the typecheck and
 * tests/domain/i18n-catalogue.test.ts then say what is missing. The catalogues import nothing from the domain, so any
 * domain module can use them without a cycle.
 */
export const DOMAIN_CATALOGUES: Record<Locale, DomainCatalogue> = { en, zh };

/** The words of the domain in one language: `domainMessages(locale).reports.noLeads`. */
export function domainMessages(locale: Locale): DomainCatalogue {
  return DOMAIN_CATALOGUES[locale];
}
