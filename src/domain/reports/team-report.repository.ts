import type { DbClient } from '../db/client';
import { customerWhereSql, ownerListSql, raw, sql, type ReportFilter } from './report-filter.repository';

export interface RepRow {
  memberId: number;
  name: string;
  newLeads: number;
  /** hours from a lead's creation to its first reply by us */
  frtMedianHours: number | null;
  frtP90Hours: number | null;
  followUpsDue: number;
  followUpsDone: number;
  quotes: number;
  wonValue: number;
  claims: number;
  releases: number;
}

/** One row per visible rep, every figure one aggregate per table joined by member (never a loop over rows). */
export async function teamRows(db: DbClient, filter: ReportFilter): Promise<RepRow[]> {
  const inPeriod = (column: string) => sql`${raw(column)} >= ${filter.from} AND ${raw(column)} < ${filter.to}`;
  const countryOnly = filter.country ? sql`AND c.country = ${filter.country}` : sql``;
  return db.$queryRaw<RepRow[]>`
    WITH members AS (
      SELECT m.id, m.display_name FROM team_members m WHERE ${ownerListSql('m', filter)} AND m.role IN ('rep', 'manager')
    ), leads AS (
      -- grouped by an expression on purpose: grouping by owner_id itself makes the planner walk the owner index
      -- through a million rows in random heap order (9 s on the bench) instead of one sequential scan and a sort
      SELECT c.owner_id + 0 AS id, count(*)::int AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_response_at - c.created_at) / 3600)
               FILTER (WHERE c.first_response_at IS NOT NULL)::float8 AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_response_at - c.created_at) / 3600)
               FILTER (WHERE c.first_response_at IS NOT NULL)::float8 AS p90
      FROM customers c
      WHERE ${customerWhereSql('c', filter)} AND ${inPeriod('c.created_at')} AND c.owner_id IS NOT NULL
      GROUP BY c.owner_id + 0
    ), tasks AS (
      SELECT t.assignee_id AS id, count(*)::int AS due, count(*) FILTER (WHERE t.status = 'done')::int AS done
      FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id
      WHERE ${inPeriod('t.due_at')} AND t.status <> 'cancelled' AND t.assignee_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY t.assignee_id
    ), quotes AS (
      SELECT q.created_by_id AS id, count(DISTINCT q.number)::int AS n
      FROM quotes q JOIN customers c ON c.id = q.customer_id
      WHERE ${inPeriod('q.created_at')} AND q.created_by_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY q.created_by_id
    ), won AS (
      SELECT o.owner_id AS id, sum(COALESCE(o.amount_base, o.amount))::float8 AS value
      FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE ${inPeriod('o.created_at')} AND o.status <> 'cancelled' AND o.owner_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY o.owner_id
    ), pool AS (
      SELECT p.member_id AS id, count(*) FILTER (WHERE p.kind = 'claim')::int AS claims,
             count(*) FILTER (WHERE p.kind = 'release')::int AS releases
      FROM pool_events p JOIN customers c ON c.id = p.customer_id
      WHERE ${inPeriod('p.at')} AND p.member_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY p.member_id
    )
    SELECT members.id AS "memberId", members.display_name AS name,
           COALESCE(leads.n, 0) AS "newLeads", leads.median AS "frtMedianHours", leads.p90 AS "frtP90Hours",
           COALESCE(tasks.due, 0) AS "followUpsDue", COALESCE(tasks.done, 0) AS "followUpsDone",
           COALESCE(quotes.n, 0) AS quotes, COALESCE(won.value, 0)::float8 AS "wonValue",
           COALESCE(pool.claims, 0) AS claims, COALESCE(pool.releases, 0) AS releases
    FROM members
    LEFT JOIN leads ON leads.id = members.id
    LEFT JOIN tasks ON tasks.id = members.id
    LEFT JOIN quotes ON quotes.id = members.id
    LEFT JOIN won ON won.id = members.id
    LEFT JOIN pool ON pool.id = members.id
    ORDER BY "wonValue" DESC, "newLeads" DESC, members.id`;
}
