import type { DbClient } from '../db/client';
import { customerWhereSql, inPeriodSql, ownerListSql, raw, sql, type ReportFilter } from './report-filter.repository';

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

export interface RepLeads {
  id: number;
  n: number;
  frt: [number, number] | null;
}

/**
 * New leads per owner in the period, with the first-response median and p90. Its own statement (one pass over the
 * customers) so the service can run it next to the per-member activity figures rather than after them.
 */
export function teamLeads(db: DbClient, filter: ReportFilter): Promise<RepLeads[]> {
  return db.$queryRaw<RepLeads[]>`
    -- grouped by an expression on purpose: grouping by owner_id itself makes the planner walk the owner index
    -- through a million rows in random heap order (9 s on the bench) instead of one sequential scan and a sort;
    -- both percentiles come from one array call: one sort of each rep's response times instead of two
    SELECT c.owner_id + 0 AS id, count(*)::int AS n,
           percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_response_at - c.created_at) / 3600)
             -- a first reply before the customer was created here is history brought in (import, demo), not a response
             FILTER (WHERE c.first_response_at >= c.created_at)::float8[] AS frt
    FROM customers c
    WHERE ${customerWhereSql('c', filter)} AND ${inPeriodSql('c.created_at', filter)} AND c.owner_id IS NOT NULL
    GROUP BY c.owner_id + 0`;
}

/** The member rows with their leads filled in, in the report's order: won value, then new leads, then member id. */
export function withLeads(rows: RepRow[], leads: RepLeads[]): RepRow[] {
  const byId = new Map(leads.map((l) => [l.id, l]));
  return rows
    .map((r) => {
      const l = byId.get(r.memberId);
      return { ...r, newLeads: l?.n ?? 0, frtMedianHours: l?.frt?.[0] ?? null, frtP90Hours: l?.frt?.[1] ?? null };
    })
    .sort((x, y) => y.wonValue - x.wonValue || y.newLeads - x.newLeads || x.memberId - y.memberId);
}

/**
 * One row per visible rep with follow-ups, quotes, won value and pool moves, every figure one aggregate per table
 * joined by member (never a loop over rows). New leads and response times come from teamLeads (see withLeads).
 */
export async function teamRows(db: DbClient, filter: ReportFilter): Promise<RepRow[]> {
  const countryOnly = filter.country ? sql`AND c.country = ${filter.country}` : sql``;
  // quotes and orders always have a customer (foreign key), so the customers join only matters for a country cut:
  // without one it is left out rather than paid for as a pass over the customers table
  const customerFor = (alias: string) =>
    filter.country ? sql`JOIN customers c ON c.id = ${raw(alias)}.customer_id` : sql``;
  return db.$queryRaw<RepRow[]>`
    WITH members AS (
      SELECT m.id, m.display_name FROM team_members m WHERE ${ownerListSql('m', filter)} AND m.role IN ('rep', 'manager')
    ), tasks AS (
      SELECT t.assignee_id AS id, count(*)::int AS due, count(*) FILTER (WHERE t.status = 'done')::int AS done
      FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id
      WHERE ${inPeriodSql('t.due_at', filter)} AND t.status <> 'cancelled' AND t.assignee_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY t.assignee_id
    ), quotes AS (
      SELECT q.created_by_id AS id, count(DISTINCT q.number)::int AS n
      FROM quotes q ${customerFor('q')}
      WHERE ${inPeriodSql('q.created_at', filter)} AND q.created_by_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY q.created_by_id
    ), won AS (
      SELECT o.owner_id AS id, sum(COALESCE(o.amount_base, o.amount))::float8 AS value
      FROM orders o ${customerFor('o')}
      WHERE ${inPeriodSql('o.created_at', filter)} AND o.status <> 'cancelled' AND o.owner_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY o.owner_id
    ), pool AS (
      SELECT p.member_id AS id, count(*) FILTER (WHERE p.kind = 'claim')::int AS claims,
             count(*) FILTER (WHERE p.kind = 'release')::int AS releases
      FROM pool_events p JOIN customers c ON c.id = p.customer_id
      WHERE ${inPeriodSql('p.at', filter)} AND p.member_id IN (SELECT id FROM members) ${countryOnly}
      GROUP BY p.member_id
    )
    SELECT members.id AS "memberId", members.display_name AS name,
           0 AS "newLeads", NULL::float8 AS "frtMedianHours", NULL::float8 AS "frtP90Hours",
           COALESCE(tasks.due, 0) AS "followUpsDue", COALESCE(tasks.done, 0) AS "followUpsDone",
           COALESCE(quotes.n, 0) AS quotes, COALESCE(won.value, 0)::float8 AS "wonValue",
           COALESCE(pool.claims, 0) AS claims, COALESCE(pool.releases, 0) AS releases
    FROM members
    LEFT JOIN tasks ON tasks.id = members.id
    LEFT JOIN quotes ON quotes.id = members.id
    LEFT JOIN won ON won.id = members.id
    LEFT JOIN pool ON pool.id = members.id
    ORDER BY members.id`;
}
