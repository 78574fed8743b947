import { recordAudit } from '../audit/audit.repository';
import type { CustomerService } from '../customers/customer.service';
import type { DbClient } from '../db/client';
import type { Actor } from '../team/actor';
import { buyerDetailsFor } from './quote-delivery';
import { quotePdfFile } from './quote-pdf.lazy';
import type { CompanyLetterhead } from './quote-pdf';
import { QUOTE_REF, findVisibleQuote } from './quote-lookup';
import { listQuoteVersions } from './quote.repository';

/**
 * Every version of a quote is kept (a new version supersedes, never overwrites): these find them again. `history`
 * lists the versions of a quote number or of a customer's quotes; `copy` renders any one version's proforma invoice
 * for the member, marked when it is not the live approved one (draft, superseded, rejected).
 */
export function createQuoteHistory(deps: { db: DbClient; customers: CustomerService; letterhead: CompanyLetterhead }) {
  const { db, customers, letterhead } = deps;

  return {
    /** `/quote history <Q-number | customer>` */
    async history(actor: Actor, via: string, ref: string) {
      const text = ref.trim();
      const match = QUOTE_REF.exec(text);
      // a quote number: that number's versions (its customer must be visible); a customer: all their quotes
      const anchor = match ? await findVisibleQuote(db, customers, actor, match[1]) : null;
      const customer = anchor ? { id: anchor.customerId, name: anchor.customerName } : await customers.resolveVisible(actor, text);
      const versions = await listQuoteVersions(db, anchor ? { number: anchor.number } : { customerId: customer.id });
      await recordAudit(db, { actorId: actor.id, via, action: 'view', entityType: 'quote_history', entityId: anchor?.number ?? customer.id, customerId: customer.id });
      return { customer: { id: customer.id, name: customer.name }, versions };
    },

    /** `/quote pdf <Q-number [vN] | customer>`: that version's PDF for the member (not sent to anyone). */
    async copy(actor: Actor, via: string, ref: string) {
      const quote = await findVisibleQuote(db, customers, actor, ref);
      const file = await quotePdfFile(quote, { letterhead, buyer: await buyerDetailsFor(db, quote.customerId), draft: quote.status !== 'approved' });
      await recordAudit(db, {
        actorId: actor.id, via, action: 'export', entityType: 'quote', entityId: quote.id, customerId: quote.customerId,
        details: { number: quote.number, version: quote.version, format: 'pdf' },
      });
      return { quote, file };
    },
  };
}

export type QuoteHistory = ReturnType<typeof createQuoteHistory>;
