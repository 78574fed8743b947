import type { DbClient } from '../db/client';
import { customerWhereSql, sql, type ReportFilter } from './report-filter.repository';

export const FUNNEL_STEPS = ['lead', 'contacted', 'quoted', 'sample', 'won'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface FunnelCounts {
  lead: number;
  contacted: number;
  quoted: number;
  sample: number;
  won: number;
  lost: number;
}

export interface StageStall {
  stage: string;
  open: number;
  /** open deals with no stage move for 14+ days */
  idle: number;
  medianDays: number | null;
}

// rank of a stage on the way to won; lost is off the path
const RANK = sql`CASE stage WHEN 'contacted' THEN 1 WHEN 'quoted' THEN 2 WHEN 'sample' THEN 3 WHEN 'won' THEN 4 ELSE 0 END`;
const TO_RANK = sql`CASE s.to_stage WHEN 'contacted' THEN 1 WHEN 'quoted' THEN 2 WHEN 'sample' THEN 3 WHEN 'won' THEN 4 ELSE 0 END`;

/**
 * Customers that became leads in the period (the cohort) and how far each got: the furthest of its opportunities'
 * stages (current or any un-undone stage move), an outbound contact, a quote, an order. Steps are cumulative.
 */
export async function funnelCounts(db: DbClient, filter: ReportFilter): Promise<FunnelCounts> {
  const rows = await db.$queryRaw<FunnelCounts[]>`
    WITH cohort AS (
      SELECT c.id, c.last_outbound_at FROM customers c
      WHERE ${customerWhereSql('c', filter)} AND c.created_at >= ${filter.from} AND c.created_at < ${filter.to}
    ), moves AS (
      -- one hash aggregate per table (small next to customers), joined to the cohort once, not a lookup per row
      SELECT s.opportunity_id, max(${TO_RANK}) AS rank FROM stage_changes s WHERE s.undone_at IS NULL GROUP BY s.opportunity_id
    ), opp AS (
      SELECT o.customer_id, max(GREATEST(${RANK}, COALESCE(moves.rank, 0))) AS rank, bool_and(o.stage = 'lost') AS all_lost
      FROM opportunities o LEFT JOIN moves ON moves.opportunity_id = o.id
      GROUP BY o.customer_id
    ), quoted AS (
      SELECT DISTINCT q.customer_id FROM quotes q
    ), ordered AS (
      SELECT DISTINCT o.customer_id FROM orders o WHERE o.status <> 'cancelled'
    ), reached AS (
      SELECT GREATEST(COALESCE(opp.rank, 0),
                      CASE WHEN cohort.last_outbound_at IS NOT NULL THEN 1 ELSE 0 END,
                      CASE WHEN quoted.customer_id IS NOT NULL THEN 2 ELSE 0 END,
                      CASE WHEN ordered.customer_id IS NOT NULL THEN 4 ELSE 0 END) AS rank,
             COALESCE(opp.all_lost, false) AND ordered.customer_id IS NULL AS lost
      FROM cohort
      LEFT JOIN opp ON opp.customer_id = cohort.id
      LEFT JOIN quoted ON quoted.customer_id = cohort.id
      LEFT JOIN ordered ON ordered.customer_id = cohort.id
    )
    SELECT count(*)::int AS lead,
           count(*) FILTER (WHERE rank >= 1)::int AS contacted,
           count(*) FILTER (WHERE rank >= 2)::int AS quoted,
           count(*) FILTER (WHERE rank >= 3)::int AS sample,
           count(*) FILTER (WHERE rank >= 4)::int AS won,
           count(*) FILTER (WHERE lost)::int AS lost
    FROM reached`;
  return rows[0];
}

/** Open deals of visible customers per stage: how many, how many idle 14+ days, median days since their last move. */
export async function stageStalls(db: DbClient, filter: ReportFilter, now: Date): Promise<StageStall[]> {
  const idleBefore = new Date(now.getTime() - 14 * 86_400_000);
  return db.$queryRaw<StageStall[]>`
    WITH moves AS (SELECT s.opportunity_id, max(s.at) AS at FROM stage_changes s GROUP BY s.opportunity_id)
    SELECT o.stage,
           count(*)::int AS open,
           count(*) FILTER (WHERE COALESCE(moves.at, o.created_at) < ${idleBefore})::int AS idle,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (${now}::timestamp - COALESCE(moves.at, o.created_at))) / 86400)::float8 AS "medianDays"
    FROM opportunities o
    JOIN customers c ON c.id = o.customer_id
    LEFT JOIN moves ON moves.opportunity_id = o.id
    WHERE ${customerWhereSql('c', filter)} AND o.stage NOT IN ('won', 'lost')
    GROUP BY o.stage
    ORDER BY min(${RANK})`;
}

export interface ChannelRow {
  source: string;
  leads: number;
  won: number;
  wonValue: number;
}

/** Per lead source: leads in the period, how many of them were won, and the order value (base currency) booked in it. */
export async function channelBreakdown(db: DbClient, filter: ReportFilter): Promise<ChannelRow[]> {
  return db.$queryRaw<ChannelRow[]>`
    WITH cohort AS (
      SELECT c.id, c.source FROM customers c
      WHERE ${customerWhereSql('c', filter)} AND c.created_at >= ${filter.from} AND c.created_at < ${filter.to}
    ), won AS (
      SELECT customer_id FROM opportunities WHERE stage = 'won'
      UNION
      SELECT customer_id FROM orders WHERE status <> 'cancelled'
    ), leads AS (
      SELECT cohort.source, count(*)::int AS leads, count(won.customer_id)::int AS won
      FROM cohort LEFT JOIN won ON won.customer_id = cohort.id GROUP BY cohort.source
    ), value AS (
      SELECT c.source, sum(COALESCE(o.amount_base, o.amount))::float8 AS value
      FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE ${customerWhereSql('c', filter)} AND o.status <> 'cancelled' AND o.created_at >= ${filter.from} AND o.created_at < ${filter.to}
      GROUP BY c.source
    )
    SELECT COALESCE(leads.source, value.source) AS source, COALESCE(leads.leads, 0) AS leads, COALESCE(leads.won, 0) AS won,
           COALESCE(value.value, 0)::float8 AS "wonValue"
    FROM leads FULL JOIN value ON value.source = leads.source
    ORDER BY leads DESC, "wonValue" DESC`;
}
