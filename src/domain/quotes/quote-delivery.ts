import { findContactsOfCustomers } from '../contacts/contact.repository';
import type { CustomerService } from '../customers/customer.service';
import type { DbClient } from '../db/client';
import { DomainError } from '../errors';
import type { InboxService } from '../inbox/inbox.service';
import { dec } from '../rates/decimal';
import type { Actor } from '../team/actor';
import { money } from '../documents/money-words';
import { quotePdfFile } from './quote-pdf.lazy';
import type { BuyerDetails, CompanyLetterhead } from './quote-pdf';
import { findVisibleQuote } from './quote-lookup';
import { quoteRef } from './quote-text';

// Who a proforma invoice is addressed to: purchasing first, then the boss, then whoever we have.
const ROLE_ORDER = ['purchasing', 'boss', 'finance', 'other'];

/** The buyer's contact person, email and phone for the invoice, from the customer's contacts (decrypted here). */
export async function buyerDetailsFor(db: DbClient, customerId: number): Promise<BuyerDetails> {
  const contacts = (await findContactsOfCustomers(db, [customerId])).filter((c) => !c.erasedAt);
  const rank = (roles: string[]) => Math.min(...roles.map((r) => (ROLE_ORDER.includes(r) ? ROLE_ORDER.indexOf(r) : ROLE_ORDER.length)), ROLE_ORDER.length);
  const contact = [...contacts].sort((a, b) => rank(a.roles) - rank(b.roles))[0];
  if (!contact) return {};
  return { contactName: contact.name, email: contact.email ?? undefined, phone: contact.phone ?? undefined };
}

/** Sends approved proforma invoices to buyers on their own chat (see InboxService.sendDocument for the rules). */
export function createQuoteDelivery(deps: { db: DbClient; customers: CustomerService; inbox: InboxService; letterhead: CompanyLetterhead }) {
  const { db, customers, inbox, letterhead } = deps;

  const findQuote = (actor: Actor, ref: string) => findVisibleQuote(db, customers, actor, ref);

  return {
    /** `/quote send <Q-number [vN] | customer>`: the approved version's PDF to the buyer, logged on the timeline. */
    async send(actor: Actor, ref: string, onceKey?: string) {
      const quote = await findQuote(actor, ref);
      if (quote.status !== 'approved') throw new DomainError('QUOTE_NOT_APPROVED', { ref: quoteRef(quote), status: quote.status, purpose: 'send' });
      const file = await quotePdfFile(quote, { letterhead, buyer: await buyerDetailsFor(db, quote.customerId) });
      const total = `${quote.currency} ${money(dec(quote.total), quote.currency)}`;
      const result = await inbox.sendDocument(actor, `#${quote.customerId}`, {
        text: `Proforma invoice ${quoteRef(quote)} from ${letterhead.name}: ${total}.`,
        file,
        timeline: `Proforma invoice ${quoteRef(quote)} sent (${file.name}, ${total})`,
      }, onceKey && `quote:${quote.id}:${onceKey}`);
      return { ...result, quote, file };
    },
  };
}

export type QuoteDelivery = ReturnType<typeof createQuoteDelivery>;
