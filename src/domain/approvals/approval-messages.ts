import { domainMessages, type Locale } from '../i18n';
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
  const m = domainMessages(locale).approvals;
  return [
    { label: m.approve, action: `${APPROVAL_ACTIONS.approve}${approvalId}`, value: String(approvalId), style: 'primary' },
    { label: m.reject, action: `${APPROVAL_ACTIONS.reject}${approvalId}`, value: String(approvalId), style: 'danger' },
    { label: m.askForChange, action: `${APPROVAL_ACTIONS.change}${approvalId}`, value: String(approvalId) },
  ];
}

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
  const m = domainMessages(locale).approvals;
  const risksSaid: Record<string, string> = m.risks;
  const q = f.quote;
  const margin = q.marginPct === null ? m.marginUnknown : `${toPlain(dec(q.marginPct))}%`;
  const risks = Object.entries(f.history.recentIntents).map(([intent, n]) => `${risksSaid[intent] ?? intent} ×${n}`);
  if (f.versions > 1) risks.push(m.revised({ times: f.versions - 1 }));
  const lastOrder = f.history.lastOrderAt ? f.history.lastOrderAt.toISOString().slice(0, 10) : null;
  const because = f.because.map((d) => m.dimensions[d]).join(m.listSeparator);
  return [
    f.escalatedFrom ? m.escalated({ from: f.escalatedFrom }) : m.awaiting({ step: f.step, steps: f.steps, because }),
    m.repLine({ rep: f.repName, grade: q.customerGrade, country: q.customerCountry }),
    quoteSummary(q, locale),
    m.margin({ margin }),
    m.history({ orders: f.history.orders, lastOrder, quotes: f.history.quotes }),
    risks.length ? m.risksLine({ risks: risks.join('; ') }) : m.noRisks,
  ].join('\n');
}

export function reminderText(quote: QuoteRecord, hours: number, locale: Locale): string {
  return domainMessages(locale).approvals.reminder({ ref: quoteRef(quote), customer: quote.customerName, hours: Math.floor(hours) });
}

export type Decision = 'approved' | 'rejected' | 'changes_requested';

/** What the rep hears after each decision. */
export function decisionText(
  input: { quote: QuoteRecord; decision: Decision; by: string; comment: string | null; final: boolean; auto?: boolean; nextApprover?: string },
  locale: Locale,
): string {
  const m = domainMessages(locale).approvals;
  const quote = { ref: quoteRef(input.quote), customer: input.quote.customerName };
  const comment = input.comment ? m.comment({ comment: input.comment }) : '';
  if (input.auto) return m.autoApproved(quote);
  if (input.decision === 'approved' && !input.final) return m.approvedStep({ ...quote, by: input.by, next: `${input.nextApprover}` });
  if (input.decision === 'approved') return m.approvedFinal({ ...quote, by: input.by, comment });
  if (input.decision === 'rejected') return m.rejected({ ...quote, by: input.by, comment });
  return m.changesRequested({ ...quote, by: input.by, comment, number: input.quote.number });
}
