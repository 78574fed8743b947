import type { Locale } from '../i18n';
import type { OutboundButton } from '../channel-contract';
import { dec, toPlain } from '../rates/decimal';
import type { QuoteRecord } from '../quotes/quote.repository';
import { quoteRef, quoteSummary } from '../quotes/quote-text';
import type { Dimension } from './approval-rules';
import type { CustomerHistory } from './summary.repository';

// Words sent to approvers and reps by the approval service (flows are not involved in these: they come from jobs too).

export const APPROVAL_ACTIONS = {
  approve: 'approval.approve:',
  reject: 'approval.reject:',
  change: 'approval.change:',
  /** a submitted comment (modal or typed), value = approval id */
  rejectSubmit: 'approval.reject.submit:',
  changeSubmit: 'approval.change.submit:',
} as const;

export function approvalButtons(approvalId: number, locale: Locale): OutboundButton[] {
  const zh = locale === 'zh';
  return [
    { label: zh ? '批准' : 'Approve', action: `${APPROVAL_ACTIONS.approve}${approvalId}`, value: String(approvalId), style: 'primary' },
    { label: zh ? '拒绝' : 'Reject', action: `${APPROVAL_ACTIONS.reject}${approvalId}`, value: String(approvalId), style: 'danger' },
    { label: zh ? '要求修改' : 'Ask for change', action: `${APPROVAL_ACTIONS.change}${approvalId}`, value: String(approvalId) },
  ];
}

const DIMENSION_WORDS: Record<Locale, Record<Dimension, string>> = {
  en: { amount: 'amount', discountPct: 'discount', marginPct: 'margin', paymentDays: 'payment terms' },
  zh: { amount: '金额', discountPct: '折扣', marginPct: '毛利率', paymentDays: '账期' },
};

const RISK_WORDS: Record<Locale, Record<string, string>> = {
  en: { payment_extension: 'asked for longer payment terms', order_split: 'asked to split an order', quote_revision: 'asked for a revised quote' },
  zh: { payment_extension: '要求延期付款', order_split: '要求拆单', quote_revision: '要求修改报价' },
};

export interface ApprovalRequestFacts {
  quote: QuoteRecord;
  repName: string;
  step: number;
  steps: number;
  because: Dimension[];
  history: CustomerHistory;
  versions: number;
  escalatedFrom?: string;
}

/** The approver's card: the quote, why it needs them, who the buyer is and what should worry them. */
export function approvalRequestText(f: ApprovalRequestFacts, locale: Locale): string {
  const zh = locale === 'zh';
  const q = f.quote;
  const margin = q.marginPct === null ? (zh ? '未知（未填成本）' : 'unknown (no costs given)') : `${toPlain(dec(q.marginPct))}%`;
  const risks = Object.entries(f.history.recentIntents).map(([intent, n]) => `${RISK_WORDS[locale][intent] ?? intent} ×${n}`);
  if (f.versions > 1) risks.push(zh ? `本报价已修改 ${f.versions - 1} 次` : `quote revised ${f.versions - 1} time(s)`);
  const history = zh
    ? `历史：${f.history.orders} 个订单${f.history.lastOrderAt ? `（最近 ${f.history.lastOrderAt.toISOString().slice(0, 10)}）` : ''}，${f.history.quotes} 份报价`
    : `History: ${f.history.orders} order(s)${f.history.lastOrderAt ? ` (last ${f.history.lastOrderAt.toISOString().slice(0, 10)})` : ''}, ${f.history.quotes} quote(s)`;
  const because = f.because.map((d) => DIMENSION_WORDS[locale][d]).join(zh ? '、' : ', ');
  return [
    f.escalatedFrom
      ? zh ? `⏫ 升级审批（${f.escalatedFrom} 超过一天未处理）` : `⏫ Escalated: ${f.escalatedFrom} has not decided for a day`
      : zh ? `📝 报价待审批（第 ${f.step}/${f.steps} 步，因${because}）` : `📝 Quote awaiting your approval (step ${f.step} of ${f.steps}, because of ${because})`,
    zh ? `业务员：${f.repName} · 客户等级 ${q.customerGrade}${q.customerCountry ? ` · ${q.customerCountry}` : ''}` : `Rep: ${f.repName} · grade ${q.customerGrade}${q.customerCountry ? ` · ${q.customerCountry}` : ''}`,
    quoteSummary(q, locale),
    zh ? `毛利率：${margin}` : `Margin: ${margin}`,
    history,
    risks.length ? `${zh ? '⚠️ 风险信号' : '⚠️ Risk signals'}: ${risks.join('; ')}` : zh ? '风险信号：无' : 'Risk signals: none',
  ].join('\n');
}

export function reminderText(quote: QuoteRecord, hours: number, locale: Locale): string {
  return locale === 'zh'
    ? `⏰ 提醒：报价 ${quoteRef(quote)}（${quote.customerName}）已等待您审批约 ${Math.floor(hours)} 个工作小时。`
    : `⏰ Reminder: quote ${quoteRef(quote)} (${quote.customerName}) has waited ${Math.floor(hours)} working hours for your approval.`;
}

export type Decision = 'approved' | 'rejected' | 'changes_requested';

/** What the rep hears after each decision. */
export function decisionText(
  input: { quote: QuoteRecord; decision: Decision; by: string; comment: string | null; final: boolean; auto?: boolean; nextApprover?: string },
  locale: Locale,
): string {
  const zh = locale === 'zh';
  const ref = `${quoteRef(input.quote)}（${input.quote.customerName}）`;
  const refEn = `${quoteRef(input.quote)} (${input.quote.customerName})`;
  const comment = input.comment ? (zh ? `\n意见：${input.comment}` : `\nComment: ${input.comment}`) : '';
  if (input.auto) return zh ? `✅ 报价 ${ref} 在自动审批额度内，已批准。` : `✅ Quote ${refEn} is within the auto-approval limits: approved.`;
  if (input.decision === 'approved' && !input.final) {
    return zh ? `👍 ${input.by} 批准了报价 ${ref}，下一步：${input.nextApprover} 审批。` : `👍 ${input.by} approved quote ${refEn}; next: ${input.nextApprover}.`;
  }
  if (input.decision === 'approved') return zh ? `✅ 报价 ${ref} 已由 ${input.by} 最终批准，可以发给客户。${comment}` : `✅ Quote ${refEn} approved by ${input.by}; you can send it to the buyer.${comment}`;
  if (input.decision === 'rejected') return zh ? `❌ 报价 ${ref} 被 ${input.by} 拒绝。${comment}` : `❌ Quote ${refEn} was rejected by ${input.by}.${comment}`;
  return zh
    ? `✏️ ${input.by} 要求修改报价 ${ref}。${comment}\n修改后发送 /quote ${input.quote.number}: … 生成新版本。`
    : `✏️ ${input.by} asked for changes to quote ${refEn}.${comment}\nSend /quote ${input.quote.number}: … to make a new version.`;
}
