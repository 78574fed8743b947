import type { Locale } from '../../domain/i18n';
import type { QuoteRecord } from '../../domain/quotes/quote.repository';
import { quoteRef, quoteSummary } from '../../domain/quotes/quote-text';
import { messages } from '../i18n';

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  en: { manager: 'manager', director: 'director', finance: 'finance', admin: 'admin' },
  zh: { manager: '主管', director: '总监', finance: '财务', admin: '管理员' },
};

/** The rep's reply after /quote: what was made, and whether it is approved or with whom it waits. */
export function quoteCreatedText(
  result: { quote: QuoteRecord; auto: boolean; approvers: { role: string; name: string }[] },
  locale: Locale,
  hasFile: boolean,
): string {
  const m = messages(locale).quote;
  const { quote } = result;
  const head = m.created({ ref: quoteRef(quote), newVersion: quote.version > 1 });
  const chain = result.approvers.map((a) => `${a.name} (${ROLE_NAMES[locale][a.role] ?? a.role})`).join(' → ');
  const status = result.auto
    ? m.autoApproved({ hasFile })
    : m.sentForApproval({ chain });
  return [head, quoteSummary(quote, locale), status].join('\n');
}
