import type { Locale } from '../../domain/i18n';
import type { QuoteRecord } from '../../domain/quotes/quote.repository';
import { quoteRef, quoteSummary } from '../../domain/quotes/quote-text';
import { messages } from '../i18n';

const roleName = (role: string, names: Record<string, string>) => (Object.hasOwn(names, role) ? names[role] : role);

/** The rep's reply after /quote: what was made, and whether it is approved or with whom it waits. */
export function quoteCreatedText(
  result: { quote: QuoteRecord; auto: boolean; approvers: { role: string; name: string }[] },
  locale: Locale,
  hasFile: boolean,
): string {
  const m = messages(locale).quote;
  const { quote } = result;
  const head = m.created({ ref: quoteRef(quote), newVersion: quote.version > 1 });
  const chain = result.approvers.map((a) => `${a.name} (${roleName(a.role, m.approverRoles)})`).join(' → ');
  const status = result.auto
    ? m.autoApproved({ hasFile })
    : m.sentForApproval({ chain });
  return [head, quoteSummary(quote, locale), status].join('\n');
}
