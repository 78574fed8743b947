-- CreateTable
CREATE TABLE "customer_progress" (
    "customer_id" INTEGER NOT NULL,
    "rank" SMALLINT NOT NULL,
    "all_lost" BOOLEAN NOT NULL,
    "ordered" BOOLEAN NOT NULL,
    "won" BOOLEAN NOT NULL,

    CONSTRAINT "customer_progress_pkey" PRIMARY KEY ("customer_id")
);

-- CreateIndex
CREATE INDEX "customers_merged_into_id_idx" ON "customers"("merged_into_id");

-- customer_progress is a maintained aggregate: these triggers keep it current in the same transaction as every write
-- to the rows it is computed from (deals, stage moves, quotes, orders), including merges that move those rows.
-- It is recomputed per touched customer from the source rows, never adjusted by deltas, so it cannot drift.
CREATE FUNCTION customer_progress_refresh(ids INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- one row per customer to lock on: concurrent writers for the same customer queue on it, and each then recomputes
  -- from what is committed by then (every statement below takes a fresh snapshot under READ COMMITTED)
  INSERT INTO customer_progress (customer_id, rank, all_lost, ordered, won)
  SELECT DISTINCT id, 0, false, false, false FROM unnest(ids) id WHERE id IS NOT NULL
  ON CONFLICT (customer_id) DO NOTHING;
  PERFORM 1 FROM customer_progress WHERE customer_id = ANY (ids) ORDER BY customer_id FOR UPDATE;
  UPDATE customer_progress p
  SET rank = COALESCE(f.rank, 0), all_lost = COALESCE(f.all_lost, false),
      ordered = COALESCE(f.ordered, false), won = COALESCE(f.won, false)
  FROM (SELECT DISTINCT id FROM unnest(ids) id WHERE id IS NOT NULL) t
  LEFT JOIN (
    SELECT x.customer_id, max(x.rank) AS rank, bool_and(x.opp_lost) AS all_lost, bool_or(x.ordered) AS ordered, bool_or(x.won) AS won
    FROM (
      SELECT o.customer_id,
             CASE o.stage WHEN 'contacted' THEN 1 WHEN 'quoted' THEN 2 WHEN 'sample' THEN 3 WHEN 'won' THEN 4 ELSE 0 END AS rank,
             o.stage = 'lost' AS opp_lost, false AS ordered, o.stage = 'won' AS won
      FROM opportunities o WHERE o.customer_id = ANY (ids)
      UNION ALL
      SELECT o.customer_id,
             CASE s.to_stage WHEN 'contacted' THEN 1 WHEN 'quoted' THEN 2 WHEN 'sample' THEN 3 WHEN 'won' THEN 4 ELSE 0 END,
             NULL, false, false
      FROM opportunities o JOIN stage_changes s ON s.opportunity_id = o.id
      WHERE o.customer_id = ANY (ids) AND s.undone_at IS NULL
      UNION ALL
      SELECT q.customer_id, 2, NULL, false, false FROM quotes q WHERE q.customer_id = ANY (ids)
      UNION ALL
      SELECT r.customer_id, 4, NULL, true, true FROM orders r WHERE r.customer_id = ANY (ids) AND r.status <> 'cancelled'
    ) x
    GROUP BY x.customer_id
  ) f ON f.customer_id = t.id
  WHERE p.customer_id = t.id
    -- no new row version when nothing changed (most writes leave a customer's progress as it was)
    AND (p.rank, p.all_lost, p.ordered, p.won) IS DISTINCT FROM
        (COALESCE(f.rank, 0), COALESCE(f.all_lost, false), COALESCE(f.ordered, false), COALESCE(f.won, false));
END $$;

-- statement-level with transition tables: a bulk write recomputes its customers in one set-based pass
-- deals, quotes and orders: rows carry customer_id; TG_ARGV[0] names the other column whose change moves the progress
CREATE FUNCTION customer_progress_on_customer_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM customer_progress_refresh(ARRAY(SELECT DISTINCT customer_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM customer_progress_refresh(ARRAY(SELECT DISTINCT customer_id FROM old_rows));
  ELSE
    EXECUTE format('SELECT ARRAY(SELECT DISTINCT unnest(ARRAY[o.customer_id, n.customer_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.%1$I IS DISTINCT FROM n.%1$I OR o.customer_id IS DISTINCT FROM n.customer_id)', TG_ARGV[0]) INTO ids;
    PERFORM customer_progress_refresh(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION customer_progress_on_stage_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM customer_progress_refresh(ARRAY(
      SELECT DISTINCT o.customer_id FROM new_rows s JOIN opportunities o ON o.id = s.opportunity_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM customer_progress_refresh(ARRAY(
      SELECT DISTINCT o.customer_id FROM old_rows s JOIN opportunities o ON o.id = s.opportunity_id));
  ELSE
    PERFORM customer_progress_refresh(ARRAY(
      SELECT DISTINCT o.customer_id
      FROM old_rows a JOIN new_rows b ON b.id = a.id
      JOIN opportunities o ON o.id IN (a.opportunity_id, b.opportunity_id)
      WHERE a.undone_at IS DISTINCT FROM b.undone_at OR a.to_stage IS DISTINCT FROM b.to_stage
         OR a.opportunity_id IS DISTINCT FROM b.opportunity_id));
  END IF;
  RETURN NULL;
END $$;

-- PostgreSQL allows transition tables only on single-event triggers: one trigger per event and table
DO $$
DECLARE
  target TEXT[];
BEGIN
  -- table, trigger function, its argument
  FOREACH target SLICE 1 IN ARRAY ARRAY[
    ['opportunities', 'customer_progress_on_customer_rows', 'stage'],
    ['stage_changes', 'customer_progress_on_stage_changes', ''],
    ['quotes', 'customer_progress_on_customer_rows', 'customer_id'],
    ['orders', 'customer_progress_on_customer_rows', 'status']
  ] LOOP
    EXECUTE format('CREATE TRIGGER customer_progress_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)', target[1], target[2], target[3]);
    EXECUTE format('CREATE TRIGGER customer_progress_upd AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)', target[1], target[2], target[3]);
    EXECUTE format('CREATE TRIGGER customer_progress_del AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)', target[1], target[2], target[3]);
  END LOOP;
END $$;

-- the rows already there
SELECT customer_progress_refresh(ARRAY(
  SELECT customer_id FROM opportunities UNION SELECT customer_id FROM quotes UNION SELECT customer_id FROM orders));
