import type { DbClient } from '../db/client';
import { customerWhereSql, type ReportFilter } from './report-filter.repository';

export interface GradeRow {
  grade: string;
  customers: number;
  dormant: number;
}

export interface AbcRow {
  /** A: the customers making the first 80% of 12-month order value; B: the next 15%; C: the rest with orders */
  abc: string;
  customers: number;
  value: number;
}

export interface RfmRow {
  segment: string;
  customers: number;
}

export interface AtRiskRow {
  id: number;
  name: string;
  reasons: string[];
}

export interface WakeupRow {
  enrolled: number;
  sent: number;
  replied: number;
  revived: number;
}

/** Stored grade (A/B/C) per visible customer, with how many of each are dormant. */
export function gradeRows(db: DbClient, filter: ReportFilter): Promise<GradeRow[]> {
  return db.$queryRaw<GradeRow[]>`
    SELECT c.grade, count(*)::int AS customers, count(*) FILTER (WHERE c.status = 'dormant')::int AS dormant
    FROM customers c WHERE ${customerWhereSql('c', filter)} GROUP BY c.grade ORDER BY c.grade`;
}

// The last 12 months of orders per visible customer: recency, frequency, monetary (base currency).
function rfmBase(filter: ReportFilter, now: Date) {
  const since = new Date(now.getTime() - 365 * 86_400_000);
  return { since, where: customerWhereSql('c', filter) };
}

/** ABC by order value (Pareto over the last 12 months). */
export function abcRows(db: DbClient, filter: ReportFilter, now: Date): Promise<AbcRow[]> {
  const { since, where } = rfmBase(filter, now);
  return db.$queryRaw<AbcRow[]>`
    WITH m AS (
      SELECT o.customer_id, sum(COALESCE(o.amount_base, o.amount))::float8 AS v
      FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE ${where} AND o.status <> 'cancelled' AND o.created_at >= ${since}
      GROUP BY o.customer_id
    ), ranked AS (
      SELECT v, (sum(v) OVER (ORDER BY v DESC, customer_id ROWS UNBOUNDED PRECEDING) - v) / NULLIF(sum(v) OVER (), 0) AS before
      FROM m
    )
    SELECT CASE WHEN before < 0.8 THEN 'A' WHEN before < 0.95 THEN 'B' ELSE 'C' END AS abc,
           count(*)::int AS customers, sum(v)::float8 AS value
    FROM ranked GROUP BY 1 ORDER BY 1`;
}

/**
 * RFM segments over the last 12 months: recency score 3/2/1 (≤90/≤180/older days since the last order), frequency
 * 3/2/1 (4+/2–3/1 orders), monetary tercile. Champions, loyal, new, at risk, hibernating, needs attention.
 */
export function rfmRows(db: DbClient, filter: ReportFilter, now: Date): Promise<RfmRow[]> {
  const { since, where } = rfmBase(filter, now);
  return db.$queryRaw<RfmRow[]>`
    WITH m AS (
      SELECT o.customer_id, count(*) AS f, sum(COALESCE(o.amount_base, o.amount)) AS v,
             extract(epoch FROM (${now}::timestamp - max(o.created_at))) / 86400 AS days
      FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE ${where} AND o.status <> 'cancelled' AND o.created_at >= ${since}
      GROUP BY o.customer_id
    ), scored AS (
      SELECT CASE WHEN days <= 90 THEN 3 WHEN days <= 180 THEN 2 ELSE 1 END AS r,
             CASE WHEN f >= 4 THEN 3 WHEN f >= 2 THEN 2 ELSE 1 END AS f,
             ntile(3) OVER (ORDER BY v) AS m
      FROM m
    )
    SELECT CASE
             WHEN r = 3 AND f >= 2 AND m = 3 THEN 'champions'
             WHEN r >= 2 AND f >= 2 THEN 'loyal'
             WHEN r = 3 AND f = 1 THEN 'new'
             WHEN r = 1 AND f >= 2 THEN 'at_risk'
             WHEN r = 1 THEN 'hibernating'
             ELSE 'needs_attention'
           END AS segment, count(*)::int AS customers
    FROM scored GROUP BY 1 ORDER BY 2 DESC`;
}

/**
 * Visible customers at risk: order frequency fell (fewer than half the orders of the half-year before, which had 2+),
 * or a complaint / risk-signal message (payment extension, split order) in the last 90 days. Count plus the first few.
 */
export async function atRisk(db: DbClient, filter: ReportFilter, now: Date, limit = 5): Promise<{ total: number; top: AtRiskRow[] }> {
  const half = new Date(now.getTime() - 182 * 86_400_000);
  const year = new Date(now.getTime() - 365 * 86_400_000);
  const recent = new Date(now.getTime() - 90 * 86_400_000);
  const rows = await db.$queryRaw<(AtRiskRow & { total: number })[]>`
    WITH falling AS (
      SELECT o.customer_id FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE ${customerWhereSql('c', filter)} AND o.status <> 'cancelled' AND o.created_at >= ${year}
      GROUP BY o.customer_id
      HAVING count(*) FILTER (WHERE o.created_at < ${half}) >= 2
         AND count(*) FILTER (WHERE o.created_at >= ${half}) * 2 < count(*) FILTER (WHERE o.created_at < ${half})
    ), signals AS (
      SELECT m.customer_id, array_agg(DISTINCT i) AS intents
      FROM communications m CROSS JOIN LATERAL unnest(m.intents) i
      WHERE m.occurred_at >= ${recent} AND m.direction = 'inbound'
        AND m.intents && ARRAY['complaint', 'payment_extension', 'order_split']::text[]
        AND i IN ('complaint', 'payment_extension', 'order_split')
      GROUP BY m.customer_id
    ), risky AS (
      SELECT c.id, c.name,
             array_remove(ARRAY[CASE WHEN falling.customer_id IS NOT NULL THEN 'falling_orders' END], NULL)
               || COALESCE(signals.intents, ARRAY[]::text[]) AS reasons
      -- only the flagged customers are looked up (by primary key), not the whole table scanned
      FROM (SELECT customer_id FROM falling UNION SELECT customer_id FROM signals) flagged
      JOIN customers c ON c.id = flagged.customer_id
      LEFT JOIN falling ON falling.customer_id = c.id
      LEFT JOIN signals ON signals.customer_id = c.id
      WHERE ${customerWhereSql('c', filter)}
    )
    SELECT id, name, reasons, (count(*) OVER ())::int AS total FROM risky
    ORDER BY cardinality(reasons) DESC, id LIMIT ${limit}`;
  return { total: rows[0]?.total ?? 0, top: rows.map(({ id, name, reasons }) => ({ id, name, reasons })) };
}

/** Wake-up sequences started in the period on visible customers: sent, replied, revived. */
export async function wakeupResults(db: DbClient, filter: ReportFilter): Promise<WakeupRow> {
  const rows = await db.$queryRaw<WakeupRow[]>`
    SELECT count(*)::int AS enrolled,
           count(*) FILTER (WHERE e.last_sent_at IS NOT NULL)::int AS sent,
           count(*) FILTER (WHERE e.revived_at IS NOT NULL OR e.stop_reason IN ('reply', 'replied', 'buyer_replied', 'inbound'))::int AS replied,
           count(*) FILTER (WHERE e.revived_at IS NOT NULL)::int AS revived
    FROM sequence_enrollments e JOIN customers c ON c.id = e.customer_id
    WHERE ${customerWhereSql('c', filter)} AND e.sequence = 'wakeup'
      AND e.started_at >= ${filter.from} AND e.started_at < ${filter.to}`;
  return rows[0];
}
