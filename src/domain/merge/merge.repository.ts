import type { DbClient, Prisma } from '../db/client';

/** Everything a merge moved, by row id, so an undo moves exactly those rows back. */
export interface MergeSnapshot {
  moved: Record<MovedTable, number[]>;
  /** tags the target already had: deleted from the source, restored on undo */
  droppedTags: { tag: string; source: string; evidenceCommunicationId: number | null }[];
  target: { aliases: string[]; website: string | null; websiteDomain: string | null; country: string | null; industry: string | null; lastContactAt: string | null; firstContactAt: string | null };
  filled: string[];
  addedAliases: string[];
}

export type MovedTable = 'contacts' | 'communications' | 'opportunities' | 'quotes' | 'orders' | 'tasks' | 'tags';

export function findMergeCustomer(db: DbClient, id: number) {
  return db.customer.findUnique({ where: { id }, include: { tags: true } });
}

/** Moves every row of the listed tables from `sourceId` to `targetId`; returns the ids moved per table. */
export async function moveCustomerRows(db: DbClient, sourceId: number, targetId: number, skipTagIds: number[]): Promise<Record<MovedTable, number[]>> {
  const ids = async (rows: Promise<{ id: number }[]>) => (await rows).map((r) => r.id);
  const where = { customerId: sourceId };
  const moved: Record<MovedTable, number[]> = {
    contacts: await ids(db.contact.findMany({ where, select: { id: true } })),
    communications: await ids(db.communication.findMany({ where, select: { id: true } })),
    opportunities: await ids(db.opportunity.findMany({ where, select: { id: true } })),
    quotes: await ids(db.quote.findMany({ where, select: { id: true } })),
    orders: await ids(db.order.findMany({ where, select: { id: true } })),
    tasks: await ids(db.task.findMany({ where, select: { id: true } })),
    tags: (await ids(db.customerTag.findMany({ where, select: { id: true } }))).filter((id) => !skipTagIds.includes(id)),
  };
  await setCustomer(db, moved, targetId);
  return moved;
}

/** Points the given rows at `customerId` (both directions of a merge use it). */
export async function setCustomer(db: DbClient, rows: Partial<Record<MovedTable, number[]>>, customerId: number, onlyFrom?: number): Promise<void> {
  const w = (ids: number[] | undefined) => ({ id: { in: ids ?? [] }, ...(onlyFrom ? { customerId: onlyFrom } : {}) });
  const data = { customerId };
  if (rows.contacts?.length) await db.contact.updateMany({ where: w(rows.contacts), data });
  if (rows.communications?.length) await db.communication.updateMany({ where: w(rows.communications), data });
  if (rows.opportunities?.length) await db.opportunity.updateMany({ where: w(rows.opportunities), data });
  if (rows.quotes?.length) await db.quote.updateMany({ where: w(rows.quotes), data });
  if (rows.orders?.length) await db.order.updateMany({ where: w(rows.orders), data });
  if (rows.tasks?.length) await db.task.updateMany({ where: w(rows.tasks), data });
  if (rows.tags?.length) await db.customerTag.updateMany({ where: w(rows.tags), data });
}

/** Communications the buyer sent to the target after the merge through a contact that came from the source. */
export async function laterCommunicationsOfContacts(db: DbClient, customerId: number, contactIds: number[]): Promise<number[]> {
  if (!contactIds.length) return [];
  const rows = await db.communication.findMany({ where: { customerId, contactId: { in: contactIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}

export function createMergeRecord(db: DbClient, data: { sourceId: number; targetId: number; byId: number; snapshot: MergeSnapshot; at: Date }) {
  return db.merge.create({ data: { ...data, snapshot: data.snapshot as unknown as Prisma.InputJsonValue } });
}

export function findMerge(db: DbClient, id: number) {
  return db.merge.findUnique({ where: { id } });
}

export async function markMergeUndone(db: DbClient, id: number, at: Date): Promise<boolean> {
  const { count } = await db.merge.updateMany({ where: { id, undoneAt: null }, data: { undoneAt: at } });
  return count === 1;
}

export async function deleteTags(db: DbClient, ids: number[]): Promise<void> {
  if (ids.length) await db.customerTag.deleteMany({ where: { id: { in: ids } } });
}

/** Puts a tag back on a customer (undo), unless it has it again already. */
export async function restoreTag(db: DbClient, customerId: number, tag: MergeSnapshot['droppedTags'][number]): Promise<void> {
  await db.customerTag.upsert({ where: { customerId_tag: { customerId, tag: tag.tag } }, create: { customerId, ...tag }, update: {} });
}

export async function updateMergedCustomer(db: DbClient, id: number, data: Prisma.CustomerUncheckedUpdateInput): Promise<void> {
  await db.customer.update({ where: { id }, data });
}
