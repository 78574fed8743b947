import type { CustomerService } from '../customers/customer.service';
import type { DbClient } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../team/actor';
import { findQuoteVersion, latestQuoteForCustomer, latestVersion, type QuoteRecord } from './quote.repository';

/** "Q-2026-0001 v2" → number and version; "Q-2026-0001" → the number's latest version. */
export const QUOTE_REF = /^(Q-\d{4}-\d{4,})(?:\s*v(\d+))?$/i;

/**
 * The quote a member means by "Q-2026-0001 v2", "Q-2026-0001" (its latest version) or a customer (their latest quote).
 * A quote of a customer the member may not see does not exist for them.
 */
export async function findVisibleQuote(db: DbClient, customers: CustomerService, actor: Actor, ref: string): Promise<QuoteRecord> {
  const text = ref.trim();
  const match = QUOTE_REF.exec(text);
  if (match) {
    const number = match[1].toUpperCase();
    const quote = match[2] ? await findQuoteVersion(db, number, Number(match[2])) : await latestVersion(db, number);
    if (!quote) throw new DomainError('QUOTE_NOT_FOUND', { ref: text });
    await customers.resolveVisible(actor, `#${quote.customerId}`).catch(() => {
      throw new DomainError('QUOTE_NOT_FOUND', { ref: text });
    });
    return quote;
  }
  const customer = await customers.resolveVisible(actor, text);
  const quote = await latestQuoteForCustomer(db, customer.id);
  if (!quote) throw new DomainError('QUOTE_NOT_FOUND', { ref: text });
  return quote;
}
