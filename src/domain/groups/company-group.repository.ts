import type { DbClient } from '../db/client';
import { NEWEST_FIRST } from '../db/timeline-order';

/** Company groups (多抬头): several legal entities of one buyer, linked by customers.group_id. */

export function findGroup(db: DbClient, id: number) {
  return db.companyGroup.findUnique({
    where: { id },
    include: { customers: { where: { mergedIntoId: null }, select: { id: true, name: true, ownerId: true, country: true, lastContactAt: true, owner: { select: { displayName: true } } }, orderBy: { id: 'asc' } } },
  });
}

export function createGroup(db: DbClient, data: { name: string; ownerId: number | null }) {
  return db.companyGroup.create({ data });
}

export async function setCustomerGroup(db: DbClient, customerIds: number[], groupId: number | null): Promise<void> {
  await db.customer.updateMany({ where: { id: { in: customerIds } }, data: { groupId } });
}

export function countGroupMembers(db: DbClient, groupId: number): Promise<number> {
  return db.customer.count({ where: { groupId, mergedIntoId: null } });
}

export async function deleteGroup(db: DbClient, groupId: number): Promise<void> {
  await db.customer.updateMany({ where: { groupId }, data: { groupId: null } });
  await db.companyGroup.delete({ where: { id: groupId } });
}

/** The latest communications across the given customers (the group's combined history). */
export function groupCommunications(db: DbClient, customerIds: number[], limit: number) {
  return db.communication.findMany({
    where: { customerId: { in: customerIds }, deletedAt: null },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: { id: true, customerId: true, occurredAt: true, direction: true, kind: true, channel: true, text: true, attachments: true },
  });
}

/** Customers about to be grouped, with the group each is in. */
export function findGroupingCustomers(db: DbClient, ids: number[]) {
  return db.customer.findMany({
    where: { id: { in: ids }, mergedIntoId: null },
    select: { id: true, name: true, ownerId: true, country: true, groupId: true, group: { select: { id: true, name: true } } },
  });
}

export async function renameGroup(db: DbClient, id: number, name: string): Promise<void> {
  await db.companyGroup.update({ where: { id }, data: { name } });
}
