import type { DbClient } from '../db/client';
import type { AuditAction } from './audit.repository';

/**
 * How many audit rows match since a moment, and the oldest of them: the audit log doubles as the record that rate
 * limits count (what was tried is audited anyway), so a limit holds across processes and restarts, with no store besides.
 */
export async function recentAudits(
  db: DbClient,
  filter: { actions: AuditAction[]; since: Date; actorId?: number; entityType?: string; entityId?: string; via?: { not: string[] }; detail?: { key: string; equals: string } },
): Promise<{ count: number; oldest: Date | null }> {
  const where = {
    action: { in: filter.actions },
    at: { gte: filter.since },
    ...(filter.actorId !== undefined ? { actorId: filter.actorId } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.via ? { via: { notIn: filter.via.not } } : {}),
    ...(filter.detail ? { details: { path: [filter.detail.key], equals: filter.detail.equals } } : {}),
  };
  const [count, oldest] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findFirst({ where, orderBy: { at: 'asc' }, select: { at: true } }),
  ]);
  return { count, oldest: oldest?.at ?? null };
}
