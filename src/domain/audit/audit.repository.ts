import type { DbClient } from '../db/client';
import type { Prisma } from '../../generated/prisma/client';

/** The actions the audit log knows; every export, merge, erase, transfer, claim and approval writes one. */
export type AuditAction =
  | 'view'
  | 'search'
  | 'create'
  | 'update'
  | 'block'
  | 'log'
  | 'contact_add'
  | 'export'
  | 'import'
  | 'merge'
  | 'unmerge'
  | 'erase'
  | 'transfer_request'
  | 'transfer'
  | 'claim'
  | 'release'
  | 'assign'
  | 'approve'
  | 'reject'
  | 'request_change'
  | 'link'
  | 'link_failed'
  | 'offboard'
  | 'stage'
  | 'report'
  | 'alert';

export interface AuditEntry {
  actorId: number | null;
  /** channel or `cli` / `job` */
  via: string;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  customerId?: number | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(db: DbClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      via: entry.via,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      customerId: entry.customerId ?? null,
      details: entry.details,
    },
  });
}

export function auditForCustomer(db: DbClient, customerId: number, limit = 50) {
  return db.auditLog.findMany({ where: { customerId }, orderBy: { at: 'desc' }, take: limit });
}

/** One page of the audit log in id order (export streams it page by page; never the whole table in memory). */
export function auditPage(db: DbClient, query: { afterId: number; from?: Date; to?: Date; limit: number }) {
  return db.auditLog.findMany({
    where: { id: { gt: query.afterId }, at: { gte: query.from, lt: query.to } },
    orderBy: { id: 'asc' },
    take: query.limit,
  });
}
