import type { DbClient } from '../db/client';

export interface BulkReader {
  memberId: number;
  name: string;
  managerId: number | null;
  cards: number;
}

/**
 * Reps who viewed or exported more than `threshold` distinct customers in the hour before `now`
 * (card views count per customer; an export without one customer counts its `details.count`).
 */
export function bulkReaders(db: DbClient, now: Date, threshold: number): Promise<BulkReader[]> {
  const since = new Date(now.getTime() - 3_600_000);
  return db.$queryRaw<BulkReader[]>`
    SELECT m.id AS "memberId", m.name, COALESCE(m.manager_id, t.manager_id) AS "managerId",
           (count(DISTINCT a.customer_id) + COALESCE(sum(CASE WHEN a.customer_id IS NULL THEN (a.details->>'count')::int END), 0))::int AS cards
    FROM audit_log a
    JOIN team_members m ON m.id = a.actor_id
    LEFT JOIN teams t ON t.id = m.team_id
    WHERE a.at >= ${since} AND a.at <= ${now} AND a.action IN ('view', 'export') AND a.entity_type = 'customer' AND m.role = 'rep'
    GROUP BY m.id, m.name, m.manager_id, t.manager_id
    HAVING count(DISTINCT a.customer_id) + COALESCE(sum(CASE WHEN a.customer_id IS NULL THEN (a.details->>'count')::int END), 0) > ${threshold}`;
}

/**
 * The alert's dedupe row: a review task for the manager, unique per rep and clock hour, so an at-least-once job
 * (or two instances) alerts once. Returns false when it already exists.
 */
export async function claimBulkReadAlert(db: DbClient, reader: BulkReader & { managerId: number }, now: Date): Promise<boolean> {
  const hour = now.toISOString().slice(0, 13);
  const created = await db.task.createMany({
    data: [{
      assigneeId: reader.managerId, kind: 'reminder', title: `Review bulk customer access by ${reader.name} (${reader.cards} cards in an hour)`,
      dueAt: now, dedupeKey: `bulk-read:${reader.memberId}:${hour}`,
    }],
    skipDuplicates: true,
  });
  return created.count === 1;
}
