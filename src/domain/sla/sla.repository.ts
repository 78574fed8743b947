import type { DbClient } from '../db/client';

export interface UnansweredLead {
  id: number;
  name: string;
  ownerId: number;
  ownerName: string;
  ownerLocale: string;
  ownerTimezone: string;
  managerId: number | null;
  /** the later of the buyer's first message and the moment the current owner got the lead */
  clockStart: Date;
  ownedSince: Date | null;
  teamTimezone: string | null;
  businessHours: unknown;
  holidays: string[] | null;
}

/** Owned leads whose buyer wrote and nobody answered yet, started within the lookback and at least `minMinutes` ago. */
export function unansweredLeads(db: DbClient, now: Date, lookbackStart: Date, minMinutes: number): Promise<UnansweredLead[]> {
  return db.$queryRaw<UnansweredLead[]>`
    SELECT c.id, c.name, c.owner_id AS "ownerId", m.display_name AS "ownerName", m.locale AS "ownerLocale", m.timezone AS "ownerTimezone",
           COALESCE(m.manager_id, t.manager_id) AS "managerId",
           GREATEST(c.first_contact_at, COALESCE(c.owned_since, c.first_contact_at)) AS "clockStart", c.owned_since AS "ownedSince",
           t.timezone AS "teamTimezone", t.business_hours AS "businessHours", t.holidays
    FROM customers c
    JOIN team_members m ON m.id = c.owner_id
    LEFT JOIN teams t ON t.id = m.team_id
    WHERE c.first_response_at IS NULL AND c.last_inbound_at IS NOT NULL
      AND (c.last_outbound_at IS NULL OR c.last_outbound_at < c.first_contact_at)
      AND c.status IN ('lead', 'active') AND c.merged_into_id IS NULL
      AND c.first_contact_at >= ${lookbackStart}::timestamp
      AND GREATEST(c.first_contact_at, COALESCE(c.owned_since, c.first_contact_at)) <= ${now}::timestamp - make_interval(mins => ${minMinutes}::int)
    ORDER BY c.id`;
}

/** The SLA task is the dedupe key of its notice: inserted once per lead, owner and step. Returns true the first time. */
export async function createSlaTask(db: DbClient, task: { customerId: number; assigneeId: number; title: string; dueAt: Date; dedupeKey: string }): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at, status, dedupe_key, created_at)
    VALUES (${task.customerId}::int, ${task.assigneeId}::int, ${task.title}, 'sla', ${task.dueAt}::timestamp, 'open', ${task.dedupeKey}, now())
    ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`;
  return rows.length > 0;
}

/** SLA tasks of leads that got their answer (or changed owner) are done. */
export function closeAnsweredSlaTasks(db: DbClient, now: Date): Promise<number> {
  return db.$executeRaw`
    UPDATE tasks t SET status = 'done', done_at = ${now}::timestamp
    FROM customers c
    WHERE t.customer_id = c.id AND t.kind = 'sla' AND t.status = 'open' AND c.first_response_at IS NOT NULL`;
}
