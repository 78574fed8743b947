import type { Locale } from '../../domain/i18n';
import type { QuoteRecord } from '../../domain/quotes/quote.repository';
import { quoteRef, quoteSummary } from '../../domain/quotes/quote-text';

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
  const zh = locale === 'zh';
  const { quote } = result;
  const head = zh
    ? `已生成报价 ${quoteRef(quote)}${quote.version > 1 ? '（新版本，需重新审批）' : ''}。`
    : `Quote ${quoteRef(quote)} created${quote.version > 1 ? ' (a new version: approval starts again)' : ''}.`;
  const chain = result.approvers.map((a) => `${a.name} (${ROLE_NAMES[locale][a.role] ?? a.role})`).join(' → ');
  const status = result.auto
    ? zh ? `✅ 在自动审批额度内，已批准。${hasFile ? '报价单 PDF 见附件。' : ''}` : `✅ Within the auto-approval limits: approved.${hasFile ? ' The PDF is attached.' : ''}`
    : zh ? `⏳ 已提交审批：${chain}。批准后会通知您并发送 PDF。` : `⏳ Sent for approval: ${chain}. You will hear of each decision, with the PDF once approved.`;
  return [head, quoteSummary(quote, locale), status].join('\n');
}
