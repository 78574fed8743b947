import type { DbClient } from '../db/client';
import { customerWhereSql, inPeriodSql, sql, visibleCustomerIdSql, type ReportFilter } from './report-filter.repository';

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

// rank of a stage on the way to won; lost is off the path (the same ranks as customer_progress_refresh in SQL)
const RANK = sql`CASE stage WHEN 'contacted' THEN 1 WHEN 'quoted' THEN 2 WHEN 'sample' THEN 3 WHEN 'won' THEN 4 ELSE 0 END`;

/**
 * Customers that became leads in the period (the cohort) and how far each got: the furthest of its opportunities'
 * stages (current or any un-undone stage move), an outbound contact, a quote, an order. Steps are cumulative.
 * Everything but the outbound contact is customer_progress, kept current by triggers on those tables, so this is one
 * pass over the cohort joined to one row per customer (not an aggregate over every deal, move, quote and order).
 */
export async function funnelCounts(db: DbClient, filter: ReportFilter): Promise<FunnelCounts> {
  const rows = await db.$queryRaw<FunnelCounts[]>`
    WITH reached AS (
      SELECT GREATEST(COALESCE(p.rank, 0), CASE WHEN c.last_outbound_at IS NOT NULL THEN 1 ELSE 0 END) AS rank,
             COALESCE(p.all_lost AND NOT p.ordered, false) AS lost
      FROM customers c LEFT JOIN customer_progress p ON p.customer_id = c.id
      WHERE ${customerWhereSql('c', filter)} AND ${inPeriodSql('c.created_at', filter)}
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
  // visibility is a condition on the deal's customer id (see visibleCustomerIdSql), not a join to every customer
  return db.$queryRaw<StageStall[]>`
    WITH moves AS (SELECT s.opportunity_id, max(s.at) AS at FROM stage_changes s GROUP BY s.opportunity_id)
    SELECT o.stage,
           count(*)::int AS open,
           count(*) FILTER (WHERE COALESCE(moves.at, o.created_at) < ${idleBefore})::int AS idle,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (${now}::timestamp - COALESCE(moves.at, o.created_at))) / 86400)::float8 AS "medianDays"
    FROM opportunities o
    LEFT JOIN moves ON moves.opportunity_id = o.id
    WHERE o.stage NOT IN ('won', 'lost') AND ${visibleCustomerIdSql('o.customer_id', filter)}
    GROUP BY o.stage
    ORDER BY min(${RANK})`;
}

export interface ChannelRow {
  source: string;
  leads: number;
  won: number;
  wonValue: number;
}

/**
 * Per lead source, for the cohort of customers that became leads in the period: how many, how many of them were won
 * (a won deal or an order: customer_progress.won) and the value of their orders. One cohort for all three figures, so a
 * row never shows a won value without a won lead; channelValue runs beside this one over the same cohort.
 */
export function channelLeads(db: DbClient, filter: ReportFilter): Promise<Omit<ChannelRow, 'wonValue'>[]> {
  return db.$queryRaw<Omit<ChannelRow, 'wonValue'>[]>`
    SELECT c.source, count(*)::int AS leads, count(p.customer_id)::int AS won
    FROM customers c
    -- only the won customers: a smaller hash to probe for every customer scanned
    LEFT JOIN (SELECT customer_id FROM customer_progress WHERE won) p ON p.customer_id = c.id
    WHERE ${customerWhereSql('c', filter)} AND ${inPeriodSql('c.created_at', filter)}
    GROUP BY c.source`;
}

/** Per lead source: the order value (base currency, cancelled orders left out) of the period's cohort of leads. */
export function channelValue(db: DbClient, filter: ReportFilter): Promise<Pick<ChannelRow, 'source' | 'wonValue'>[]> {
  return db.$queryRaw<Pick<ChannelRow, 'source' | 'wonValue'>[]>`
    SELECT c.source, sum(COALESCE(o.amount_base, o.amount))::float8 AS "wonValue"
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE ${customerWhereSql('c', filter)} AND o.status <> 'cancelled' AND ${inPeriodSql('c.created_at', filter)}
    GROUP BY c.source`;
}

/** Every source with leads or value in the period, most leads first, then most value. */
export function channelRows(leads: Omit<ChannelRow, 'wonValue'>[], value: Pick<ChannelRow, 'source' | 'wonValue'>[]): ChannelRow[] {
  const rows = new Map<string, ChannelRow>(leads.map((l) => [l.source, { ...l, wonValue: 0 }]));
  for (const v of value) rows.set(v.source, { ...(rows.get(v.source) ?? { source: v.source, leads: 0, won: 0 }), wonValue: v.wonValue ?? 0 });
  return [...rows.values()].sort((x, y) => y.leads - x.leads || y.wonValue - x.wonValue);
}
