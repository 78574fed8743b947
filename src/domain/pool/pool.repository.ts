import { parseRecordId } from '../normalize/record-id';
import type { DbClient } from '../db/client';
import { escapeLike } from '../db/like';

export interface GradeDays {
  A: number;
  B: number;
  C: number;
}

/** When a customer's release clock started: the last follow-up, the day it got its owner, or its last claim. */
const CLOCK = `GREATEST(COALESCE(c.last_outbound_at, '-infinity'::timestamp), COALESCE(c.owned_since, c.created_at), COALESCE(c.claimed_at, '-infinity'::timestamp))`;
const DAYS_FOR_GRADE = `(CASE c.grade WHEN 'A' THEN $4::int WHEN 'B' THEN $5::int ELSE $6::int END)`;
const RELEASABLE = `c.owner_id IS NOT NULL AND c.status IN ('lead', 'active', 'dormant') AND c.merged_into_id IS NULL
  AND (c.protected_until IS NULL OR c.protected_until <= $3::timestamp)
  AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status NOT IN ('closed', 'cancelled'))`;

export async function customerIdBounds(db: DbClient): Promise<{ min: number; max: number }> {
  const rows = await db.$queryRaw<{ min: number | null; max: number | null }[]>`SELECT min(id) AS min, max(id) AS max FROM customers`;
  return { min: rows[0]?.min ?? 0, max: rows[0]?.max ?? 0 };
}

export interface ReleasedRow {
  id: number;
  name: string;
  ownerId: number;
  grade: string;
  reason: string;
}

/**
 * Releases the next due customers after `after` (up to `limit` of them, ids below `before`) in one short statement:
 * candidates are locked with SKIP LOCKED (a rep editing one right now keeps it until the next sweep), and each
 * release writes its pool event and audit entry in the same step. Small batches keep row locks short, so a rep's edit
 * never waits long behind the sweep. Re-running finds nothing more to release.
 */
export function releaseBatch(
  db: DbClient, range: { after: number; before: number; limit: number }, now: Date, days: GradeDays,
): Promise<ReleasedRow[]> {
  return db.$queryRawUnsafe<ReleasedRow[]>(
    `WITH due AS (
       SELECT c.id, c.owner_id, c.grade, ${DAYS_FOR_GRADE} AS days FROM customers c
       WHERE c.id > $1::int AND c.id < $2::int AND ${RELEASABLE}
         AND ${CLOCK} < $3::timestamp - make_interval(days => ${DAYS_FOR_GRADE})
       ORDER BY c.id LIMIT $7::int
       -- NO KEY UPDATE: a row referring to the customer (a message, task or audit entry being written, which holds a
       -- KEY SHARE lock) must not make the sweep skip it; only another change to the customer does
       FOR NO KEY UPDATE OF c SKIP LOCKED
     ), released AS (
       UPDATE customers c SET owner_id = NULL, status = 'pool', released_at = $3::timestamp, protected_until = NULL, updated_at = now()
       FROM due WHERE c.id = due.id
       RETURNING c.id, c.name, due.owner_id, due.grade, 'no follow-up for ' || due.days || ' days (grade ' || due.grade || ')' AS reason
     ), events AS (
       INSERT INTO pool_events (customer_id, member_id, kind, reason, at) SELECT id, owner_id, 'release', reason, $3::timestamp FROM released
     ), audited AS (
       INSERT INTO audit_log (at, actor_id, via, action, entity_type, entity_id, customer_id, details)
       SELECT $3::timestamp, NULL, 'job', 'release', 'customer', id::text, id, jsonb_build_object('reason', reason, 'previousOwnerId', owner_id) FROM released
     )
     SELECT id, name, owner_id AS "ownerId", grade, reason FROM released ORDER BY id`,
    range.after, range.before, now, days.A, days.B, days.C, range.limit,
  );
}

export interface WarnedRow {
  id: number;
  name: string;
  ownerId: number;
  releaseAt: Date;
}

/**
 * Records a warning for customers that will be released within `warnDays`, once per clock: a customer already warned
 * since its last follow-up is not warned again.
 */
export function warnRange(db: DbClient, range: { from: number; to: number }, now: Date, days: GradeDays, warnDays: number): Promise<WarnedRow[]> {
  return db.$queryRawUnsafe<WarnedRow[]>(
    `WITH due AS (
       SELECT c.id, c.name, c.owner_id, ${CLOCK} + make_interval(days => ${DAYS_FOR_GRADE}) AS release_at, ${CLOCK} AS clock FROM customers c
       WHERE c.id >= $1::int AND c.id < $2::int AND ${RELEASABLE}
         AND ${CLOCK} < $3::timestamp - make_interval(days => ${DAYS_FOR_GRADE} - $7::int)
         AND ${CLOCK} >= $3::timestamp - make_interval(days => ${DAYS_FOR_GRADE})
     ), fresh AS (
       SELECT due.* FROM due
       WHERE NOT EXISTS (SELECT 1 FROM pool_events e WHERE e.customer_id = due.id AND e.kind = 'warn' AND e.at >= due.clock)
     ), events AS (
       INSERT INTO pool_events (customer_id, member_id, kind, reason, at)
       SELECT id, owner_id, 'warn', 'release due ' || to_char(release_at, 'YYYY-MM-DD'), $3::timestamp FROM fresh
     )
     SELECT id, name, owner_id AS "ownerId", release_at AS "releaseAt" FROM fresh`,
    range.from, range.to, now, days.A, days.B, days.C, warnDays,
  );
}

export interface PoolRow {
  id: number;
  name: string;
  country: string | null;
  grade: string;
  productLines: string[];
  releasedAt: Date | null;
  reason: string | null;
}

/** The public pool, newest releases first; filters by countries and a product word. */
export function listPool(db: DbClient, filter: { countries?: string[]; product?: string; limit: number }): Promise<PoolRow[]> {
  const product = filter.product ? `%${escapeLike(filter.product.toLowerCase())}%` : null;
  return db.$queryRaw<PoolRow[]>`
    SELECT c.id, c.name, c.country, c.grade, c.product_lines AS "productLines", c.released_at AS "releasedAt",
           (SELECT e.reason FROM pool_events e WHERE e.customer_id = c.id AND e.kind = 'release' ORDER BY e.at DESC LIMIT 1) AS reason
    FROM customers c
    WHERE c.status = 'pool' AND c.owner_id IS NULL AND c.merged_into_id IS NULL
      AND (${filter.countries ?? null}::text[] IS NULL OR c.country = ANY(${filter.countries ?? null}::text[]))
      AND (${product}::text IS NULL OR EXISTS (SELECT 1 FROM unnest(c.product_lines) p WHERE lower(p) LIKE ${product}::text)
           OR lower(c.name) LIKE ${product}::text)
    ORDER BY c.released_at DESC NULLS LAST, c.id DESC
    LIMIT ${filter.limit}::int`;
}

/** Serialises one rep's claims (so two at once cannot both pass the limit); NO KEY UPDATE leaves FK checks alone. */
export async function lockMemberForClaim(tx: DbClient, memberId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM team_members WHERE id = ${memberId}::int FOR NO KEY UPDATE`;
}

export async function claimsSince(tx: DbClient, memberId: number, since: Date): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pool_events WHERE member_id = ${memberId}::int AND kind = 'claim' AND at >= ${since}::timestamp`;
  return rows[0]?.n ?? 0;
}

/** Takes the customer only if it is still in the pool, with its history and audit entry; null when someone was faster. */
export async function claimCustomer(tx: DbClient, customerId: number, memberId: number, now: Date, protectedUntil: Date, via: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH claimed AS (
      UPDATE customers SET owner_id = ${memberId}::int, owned_since = ${now}::timestamp, claimed_at = ${now}::timestamp,
             protected_until = ${protectedUntil}::timestamp, status = 'active', updated_at = now()
      WHERE id = ${customerId}::int AND owner_id IS NULL AND status = 'pool' AND merged_into_id IS NULL
      RETURNING id
    ), events AS (
      INSERT INTO pool_events (customer_id, member_id, kind, reason, at) SELECT id, ${memberId}::int, 'claim', NULL, ${now}::timestamp FROM claimed
    ), audited AS (
      INSERT INTO audit_log (at, actor_id, via, action, entity_type, entity_id, customer_id, details)
      SELECT ${now}::timestamp, ${memberId}::int, ${via}, 'claim', 'customer', id::text, id, jsonb_build_object('protectedUntil', ${protectedUntil.toISOString()}::text) FROM claimed
    )
    SELECT id FROM claimed`;
  return rows[0]?.id ?? null;
}

/** Who holds a customer now and since when (for "already claimed by X"). */
export async function holderOf(db: DbClient, customerId: number) {
  const rows = await db.$queryRaw<{ name: string; status: string; owner: string | null; claimedAt: Date | null }[]>`
    SELECT c.name, c.status, m.display_name AS owner, c.claimed_at AS "claimedAt"
    FROM customers c LEFT JOIN team_members m ON m.id = c.owner_id WHERE c.id = ${customerId}::int`;
  return rows[0] ?? null;
}

/** Pool customers by "#id", id or name (the pool is public: no visibility filter, and no contact details are read). */
export function findPoolRefs(db: DbClient, ref: string) {
  const trimmed = ref.trim().replace(/^#/, '');
  const id = parseRecordId(trimmed) ?? -1;
  return db.$queryRaw<{ id: number; name: string; status: string; ownerId: number | null }[]>`
    SELECT id, name, status, owner_id AS "ownerId" FROM customers
    WHERE merged_into_id IS NULL AND (id = ${id}::int OR lower(name) = lower(${trimmed}) OR (${id}::int = -1 AND status = 'pool' AND name ILIKE ${`%${escapeLike(trimmed)}%`}))
    ORDER BY (id = ${id}::int) DESC, (lower(name) = lower(${trimmed})) DESC, id LIMIT 5`;
}

export function createFollowUpTask(db: DbClient, task: { customerId: number; assigneeId: number; title: string; dueAt: Date; dedupeKey: string }) {
  return db.task.upsert({
    where: { dedupeKey: task.dedupeKey },
    create: { ...task, kind: 'follow_up', createdById: task.assigneeId },
    update: {},
  });
}

export function customerOwnerAndClock(db: DbClient, customerId: number) {
  return db.customer.findUnique({
    where: { id: customerId },
    select: { id: true, name: true, ownerId: true, grade: true, lastOutboundAt: true, ownedSince: true, claimedAt: true, createdAt: true, status: true },
  });
}

export async function teamAverageWeight(db: DbClient, teamId: number): Promise<number | null> {
  const team = await db.teamMember.aggregate({ where: { teamId, status: 'active' }, _avg: { weight: true } });
  return team._avg.weight;
}
