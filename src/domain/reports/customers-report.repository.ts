import type { DbClient } from '../db/client';
import { customerWhereSql, inPeriodSql, visibleCustomerIdSql, type ReportFilter } from './report-filter.repository';

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

/** Stored grade (A/B/C) per visible customer, with how many of each are dormant: one pass over the customers. */
export function gradeRows(db: DbClient, filter: ReportFilter): Promise<GradeRow[]> {
  return db.$queryRaw<GradeRow[]>`
    SELECT c.grade, count(*)::int AS customers, count(*) FILTER (WHERE c.status = 'dormant')::int AS dormant
    FROM customers c WHERE ${customerWhereSql('c', filter)} GROUP BY c.grade ORDER BY c.grade`;
}

/**
 * Wake-up sequences started in the period on visible customers: sent, replied, revived. Visibility is a condition on
 * the enrollment's customer id (see visibleCustomerIdSql), so a director's report never scans the customers table.
 */
export async function wakeupResults(db: DbClient, filter: ReportFilter): Promise<WakeupRow> {
  const rows = await db.$queryRaw<WakeupRow[]>`
    SELECT count(*)::int AS enrolled,
           count(*) FILTER (WHERE e.last_sent_at IS NOT NULL)::int AS sent,
           count(*) FILTER (WHERE e.revived_at IS NOT NULL OR e.stop_reason IN ('reply', 'replied', 'buyer_replied', 'inbound'))::int AS replied,
           count(*) FILTER (WHERE e.revived_at IS NOT NULL)::int AS revived
    FROM sequence_enrollments e
    WHERE e.sequence = 'wakeup' AND ${inPeriodSql('e.started_at', filter)}
      AND ${visibleCustomerIdSql('e.customer_id', filter)}`;
  return rows[0];
}

export interface OrderSegments {
  abc: AbcRow[];
  rfm: RfmRow[];
  atRisk: { total: number; top: AtRiskRow[] };
}

/**
 * ABC, RFM and the at-risk list from one statement: the last 12 months of orders are summed per customer once and
 * joined to the visible customers once (these were three separate order×customer joins, each a full customers scan).
 *
 * ABC: Pareto over 12-month order value (A: the customers making the first 80%; B: the next 15%; C: the rest).
 * RFM: recency score 3/2/1 (≤90/≤180/older days since the last order), frequency 3/2/1 (4+/2–3/1 orders), monetary
 * tercile → champions, loyal, new, at risk, hibernating, needs attention.
 * At risk: order frequency fell (fewer than half the orders of the half-year before, which had 2+), or a complaint /
 * risk-signal message (payment extension, split order) in the last 90 days. Count plus the first few.
 */
export async function orderSegments(db: DbClient, filter: ReportFilter, now: Date, limit = 5): Promise<OrderSegments> {
  const year = new Date(now.getTime() - 365 * 86_400_000);
  const half = new Date(now.getTime() - 182 * 86_400_000);
  const recent = new Date(now.getTime() - 90 * 86_400_000);
  const where = customerWhereSql('c', filter);
  const rows = await db.$queryRaw<[{ abc: AbcRow[] | null; rfm: RfmRow[] | null; risky: (AtRiskRow & { total: number })[] | null }]>`
    WITH vm AS MATERIALIZED (
      -- visibility before grouping, so only the reader's customers are aggregated. Amounts are summed as whole cents
      -- in int8 (exact: the columns are numeric(18,2)) and turned back into numeric: the same sum, but a far lighter
      -- aggregate state per customer than numeric's own (a hash of 140k customers was 80 MB)
      SELECT o.customer_id, count(*) AS f, sum((COALESCE(o.amount_base, o.amount) * 100)::int8)::numeric / 100 AS v,
             extract(epoch FROM (${now}::timestamp - max(o.created_at))) / 86400 AS days,
             count(*) FILTER (WHERE o.created_at < ${half}) AS older, count(*) FILTER (WHERE o.created_at >= ${half}) AS newer
      FROM orders o
      WHERE o.status <> 'cancelled' AND o.created_at >= ${year} AND ${visibleCustomerIdSql('o.customer_id', filter)}
      GROUP BY o.customer_id
    ), ranked AS (
      SELECT v::float8 AS v,
             (sum(v::float8) OVER (ORDER BY v::float8 DESC, customer_id ROWS UNBOUNDED PRECEDING) - v::float8) / NULLIF(sum(v::float8) OVER (), 0) AS before
      FROM vm
    ), abc AS (
      SELECT CASE WHEN before < 0.8 THEN 'A' WHEN before < 0.95 THEN 'B' ELSE 'C' END AS abc,
             count(*)::int AS customers, sum(v)::float8 AS value
      FROM ranked GROUP BY 1
    ), scored AS (
      SELECT CASE WHEN days <= 90 THEN 3 WHEN days <= 180 THEN 2 ELSE 1 END AS r,
             CASE WHEN f >= 4 THEN 3 WHEN f >= 2 THEN 2 ELSE 1 END AS f,
             ntile(3) OVER (ORDER BY v) AS m
      FROM vm
    ), rfm AS (
      SELECT CASE
               WHEN r = 3 AND f >= 2 AND m = 3 THEN 'champions'
               WHEN r >= 2 AND f >= 2 THEN 'loyal'
               WHEN r = 3 AND f = 1 THEN 'new'
               WHEN r = 1 AND f >= 2 THEN 'at_risk'
               WHEN r = 1 THEN 'hibernating'
               ELSE 'needs_attention'
             END AS segment, count(*)::int AS customers
      FROM scored GROUP BY 1
    ), falling AS (
      SELECT customer_id FROM vm WHERE older >= 2 AND newer * 2 < older
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
      FROM (SELECT customer_id FROM falling UNION SELECT customer_id FROM signals) flagged
      -- OFFSET 0 keeps this a lookup by primary key per flagged customer (a few thousand at most); flattened, the
      -- planner misjudges the flagged count and scans the whole customers table instead
      CROSS JOIN LATERAL (SELECT c.id, c.name FROM customers c WHERE c.id = flagged.customer_id AND ${where} OFFSET 0) c
      LEFT JOIN falling ON falling.customer_id = c.id
      LEFT JOIN signals ON signals.customer_id = c.id
    )
    SELECT (SELECT json_agg(a ORDER BY a.abc) FROM abc a) AS abc,
           (SELECT json_agg(r ORDER BY r.customers DESC) FROM rfm r) AS rfm,
           (SELECT json_agg(top ORDER BY cardinality(top.reasons) DESC, top.id) FROM (
              SELECT id, name, reasons, (count(*) OVER ())::int AS total FROM risky ORDER BY cardinality(reasons) DESC, id LIMIT ${limit}
            ) top) AS risky`;
  const { abc, rfm, risky } = rows[0];
  return {
    abc: abc ?? [],
    rfm: rfm ?? [],
    atRisk: { total: risky?.[0]?.total ?? 0, top: (risky ?? []).map(({ id, name, reasons }) => ({ id, name, reasons })) },
  };
}
