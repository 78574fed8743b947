import type { Logger } from '../../logger';
import { createApprovalReminders } from '../approvals/approval-reminders';
import { createApprovalService } from '../approvals/approval.service';
import type { CustomerService } from '../customers/customer.service';
import type { VisibilityPolicy } from '../access/visibility';
import type { PrismaClient } from '../db/client';
import type { EventBus } from '../events';
import type { MemberNotices } from '../notify/member-notices';
import type { Notifier } from '../outbound/notifier';
import { createOrderService } from '../orders/order.service';
import { createPipelineService } from '../pipeline/pipeline.service';
import { createRateService } from '../rates/rate.service';
import { quotePdfFile } from '../quotes/quote-pdf.lazy';
import type { CompanyLetterhead } from '../quotes/quote-pdf';
import { buyerDetailsFor } from '../quotes/quote-delivery';
import { createQuoteService } from '../quotes/quote.service';

export interface SalesDeps {
  db: PrismaClient;
  settings: { baseCurrency: string; visibility: VisibilityPolicy; company?: CompanyLetterhead };
  events: EventBus;
  customers: CustomerService;
  notifier: Notifier;
  notices: MemberNotices;
  logger: Logger;
}

export const DEFAULT_LETTERHEAD: CompanyLetterhead = { name: 'Quayside Export Co., Ltd.' };

/**
 * Quote to order: rates, the pipeline, quotes, tiered approvals (and their reminders), orders.
 * Built together because they call each other; registered in services.ts with one line.
 */
export function createSalesServices(deps: SalesDeps) {
  const { db, settings, events, customers, notifier, notices, logger } = deps;
  const letterhead = settings.company ?? DEFAULT_LETTERHEAD;
  const rates = createRateService({ db });
  const pipeline = createPipelineService({ db, customers, events });
  const approvals = createApprovalService({
    db, notifier, notices, logger,
    renderQuoteFile: async (quote) => quotePdfFile(quote, { letterhead, buyer: await buyerDetailsFor(db, quote.customerId), draft: quote.status !== 'approved' }),
  });
  const quotes = createQuoteService({ db, customers, rates, approvals, pipeline, baseCurrency: settings.baseCurrency });
  return {
    rates,
    pipeline,
    approvals,
    approvalReminders: createApprovalReminders({ db, notices, approvals, logger }),
    quotes,
    quotePdf: async (quote: Parameters<typeof quotePdfFile>[0]) => quotePdfFile(quote, { letterhead, buyer: await buyerDetailsFor(db, quote.customerId), draft: quote.status !== 'approved' }),
    orders: createOrderService({ db, customers, pipeline, notices, logger }),
  };
}
