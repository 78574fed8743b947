import type { DbClient } from '../db/client';

/** What an approver wants to know about the buyer before saying yes: past business and recent warning signs. */
export interface CustomerHistory {
  orders: number;
  lastOrderAt: Date | null;
  quotes: number;
  /** intents seen in the buyer's recent messages, with how often */
  recentIntents: Record<string, number>;
}

export async function customerHistory(db: DbClient, customerId: number, since: Date, intents: readonly string[]): Promise<CustomerHistory> {
  const [orders, lastOrder, quoteNumbers, messages] = await Promise.all([
    db.order.count({ where: { customerId, status: { not: 'cancelled' } } }),
    db.order.findFirst({ where: { customerId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    db.quote.findMany({ where: { customerId }, distinct: ['number'], select: { number: true } }),
    db.communication.findMany({
      where: { customerId, direction: 'inbound', occurredAt: { gte: since }, deletedAt: null, intents: { hasSome: [...intents] } },
      select: { intents: true },
      take: 200,
    }),
  ]);
  const recentIntents: Record<string, number> = {};
  for (const m of messages) for (const i of m.intents) if (intents.includes(i)) recentIntents[i] = (recentIntents[i] ?? 0) + 1;
  return { orders, lastOrderAt: lastOrder?.createdAt ?? null, quotes: quoteNumbers.length, recentIntents };
}
