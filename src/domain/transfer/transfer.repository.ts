import type { DbClient } from '../db/client';

/** Transfer requests: a rep asks for a customer someone else owns; the owner or their manager decides. */

export function findPendingTransfer(db: DbClient, customerId: number, toId: number) {
  return db.transferRequest.findFirst({ where: { customerId, toId, status: 'pending' }, orderBy: { id: 'asc' } });
}

export function createTransferRequest(db: DbClient, data: { customerId: number; fromId: number | null; toId: number }) {
  return db.transferRequest.create({ data });
}

export function findTransfer(db: DbClient, id: number) {
  return db.transferRequest.findUnique({ where: { id } });
}

/** Decides a pending request; false when someone else decided it first (two approvers pressing at once). */
export async function decideTransfer(db: DbClient, id: number, status: 'approved' | 'declined', decidedById: number, at: Date): Promise<boolean> {
  const { count } = await db.transferRequest.updateMany({ where: { id, status: 'pending' }, data: { status, decidedById, decidedAt: at } });
  return count === 1;
}

/** Hands the customer and its open work (opportunities, tasks) from one owner to another. */
export async function moveOwnership(db: DbClient, customerId: number, fromId: number | null, toId: number, at: Date): Promise<void> {
  await db.customer.update({ where: { id: customerId }, data: { ownerId: toId, ownedSince: at } });
  await db.opportunity.updateMany({ where: { customerId, ownerId: fromId, stage: { notIn: ['won', 'lost'] } }, data: { ownerId: toId } });
  if (fromId !== null) await db.task.updateMany({ where: { customerId, assigneeId: fromId, status: 'open' }, data: { assigneeId: toId } });
}

export function findTransferCustomer(db: DbClient, id: number) {
  return db.customer.findUnique({ where: { id }, include: { owner: true } });
}

/** The manager of a member's team, for members without a direct manager. */
export async function teamManagerId(db: DbClient, teamId: number): Promise<number | null> {
  return (await db.team.findUnique({ where: { id: teamId }, select: { managerId: true } }))?.managerId ?? null;
}

/** True when the duplicate check blocked this member on this customer: the only way a rep learns of a customer they may not see. */
export async function wasBlockedOn(db: DbClient, memberId: number, customerId: number): Promise<boolean> {
  return (await db.auditLog.count({ where: { actorId: memberId, action: 'block', customerId } })) > 0;
}
