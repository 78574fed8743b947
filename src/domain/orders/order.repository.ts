import type { DbClient } from '../db/client';

export interface OrderRecord {
  id: number;
  piNumber: string;
  customerId: number;
  customerName: string;
  customerOwnerId: number | null;
  quoteId: number | null;
  ownerId: number | null;
  status: string;
  currency: string;
  amount: string;
  amountBase: string | null;
  deposit: string;
  balance: string;
  balanceDueAt: Date | null;
  blNumber: string | null;
  createdAt: Date;
}

const INCLUDE = { customer: { select: { name: true, ownerId: true } } } as const;

function toRecord(row: {
  id: number; piNumber: string; customerId: number; quoteId: number | null; ownerId: number | null; status: string; currency: string;
  amount: { toFixed(n: number): string }; amountBase: { toFixed(n: number): string } | null; deposit: { toFixed(n: number): string };
  balance: { toFixed(n: number): string }; balanceDueAt: Date | null; blNumber: string | null; createdAt: Date;
  customer: { name: string; ownerId: number | null };
}): OrderRecord {
  return {
    id: row.id, piNumber: row.piNumber, customerId: row.customerId, customerName: row.customer.name, customerOwnerId: row.customer.ownerId,
    quoteId: row.quoteId, ownerId: row.ownerId, status: row.status, currency: row.currency, amount: row.amount.toFixed(2),
    amountBase: row.amountBase?.toFixed(2) ?? null, deposit: row.deposit.toFixed(2), balance: row.balance.toFixed(2),
    balanceDueAt: row.balanceDueAt, blNumber: row.blNumber, createdAt: row.createdAt,
  };
}

export async function insertOrder(
  db: DbClient,
  data: { piNumber: string; customerId: number; quoteId: number; ownerId: number | null; currency: string; amount: string; amountBase: string; deposit: string; balance: string; createdAt: Date },
): Promise<OrderRecord> {
  return toRecord(await db.order.create({ data, include: INCLUDE }));
}

export async function findOrder(db: DbClient, ref: { id?: number; piNumber?: string }): Promise<OrderRecord | null> {
  const row = ref.id !== undefined
    ? await db.order.findUnique({ where: { id: ref.id }, include: INCLUDE })
    : await db.order.findUnique({ where: { piNumber: ref.piNumber! }, include: INCLUDE });
  return row ? toRecord(row) : null;
}

export async function orderForQuote(db: DbClient, quoteId: number): Promise<OrderRecord | null> {
  const row = await db.order.findFirst({ where: { quoteId, status: { not: 'cancelled' } }, include: INCLUDE });
  return row ? toRecord(row) : null;
}

export async function lastPiNumber(db: DbClient, prefix: string): Promise<string | null> {
  const row = await db.order.findFirst({ where: { piNumber: { startsWith: prefix } }, orderBy: { piNumber: 'desc' }, select: { piNumber: true } });
  return row?.piNumber ?? null;
}

/** Moves the status only from the one the caller saw. */
export async function updateOrderStatus(
  db: DbClient,
  id: number,
  from: string,
  data: { status: string; blNumber?: string; balanceDueAt?: Date },
): Promise<boolean> {
  const { count } = await db.order.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

export async function addOrderEvent(db: DbClient, data: { orderId: number; status: string; note: string | null; byMemberId: number | null; at: Date }) {
  return db.orderEvent.create({ data });
}

/** A hand-off task, made once per key (a retried command or job never doubles it). Returns true when it was new. */
export async function createTaskOnce(
  db: DbClient,
  data: { customerId: number; assigneeId: number; title: string; kind: string; dueAt: Date; dedupeKey: string; createdById: number | null },
): Promise<boolean> {
  const { count } = await db.task.createMany({ data: [data], skipDuplicates: true });
  return count === 1;
}
