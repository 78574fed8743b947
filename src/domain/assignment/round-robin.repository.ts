import type { DbClient } from '../db/client';
import type { Unavailable } from './availability';

/** Why a member cannot take a lead now, in SQL: the same rule as availability.ts (kept side by side, tested together). */
const WHY = `CASE WHEN m.status <> 'active' THEN 'off'
  WHEN (m.leave_from IS NOT NULL OR m.leave_until IS NOT NULL) AND (m.leave_from IS NULL OR m.leave_from <= $6::timestamp)
       AND (m.leave_until IS NULL OR $6::timestamp <= m.leave_until) THEN 'leave'
  WHEN m.max_open_leads IS NOT NULL
       AND (SELECT count(*) FROM customers c WHERE c.owner_id = m.id AND c.status = 'lead') >= m.max_open_leads THEN 'capacity'
  END`;

const WORD = `CASE why WHEN 'leave' THEN 'on leave' WHEN 'capacity' THEN 'at capacity' ELSE 'off' END`;

/**
 * Weighted round robin as ONE statement, so the team row is locked only while it runs: lock the team, lay out the
 * interleaved cycle (round r of every member whose weight exceeds r, members by id), take the first available slot
 * from the cursor, set the owner only if the customer still has the expected one, record assignment + audit, move the
 * cursor. Nothing is written when nobody is available or someone else was faster.
 */
const ROUND_ROBIN_SQL = `
WITH team AS (
  SELECT id, rr_cursor FROM teams WHERE id = $1::int FOR NO KEY UPDATE
), members AS (
  SELECT m.id, m.name, m.weight, ${WHY} AS why FROM team_members m WHERE m.team_id = $1::int AND m.status <> 'left' AND m.weight > 0
), slots AS (
  SELECT s.id, s.name, s.why, (row_number() OVER (ORDER BY s.r, s.id) - 1)::int AS pos
  FROM (SELECT m.id, m.name, m.why, r FROM members m CROSS JOIN LATERAL generate_series(0, m.weight - 1) AS r) s
), len AS (
  SELECT count(*)::int AS l FROM slots
), ranked AS (
  SELECT slots.*, ((slots.pos - (team.rr_cursor % len.l) + len.l) % len.l) AS dist FROM slots, team, len WHERE len.l > 0
), pick AS (
  SELECT id, pos, dist FROM ranked WHERE why IS NULL ORDER BY dist LIMIT 1
), passed AS (
  SELECT ranked.name, ranked.why, min(ranked.dist) AS first FROM ranked, pick WHERE ranked.why IS NOT NULL AND ranked.dist < pick.dist GROUP BY ranked.name, ranked.why
), reason AS (
  SELECT pick.id, pick.pos, 'rule ' || $2::text || ', round robin ' || (pick.pos + 1) || '/' || len.l
         || COALESCE(' (skipped: ' || (SELECT string_agg(name || ' ' || ${WORD}, ', ' ORDER BY first) FROM passed) || ')', '') AS text
  FROM pick, len
), owned AS (
  UPDATE customers c SET owner_id = reason.id, owned_since = $6::timestamp, updated_at = now(),
         status = CASE WHEN c.status = 'pool' THEN 'lead' ELSE c.status END
  FROM reason
  WHERE c.id = $4::int AND c.owner_id IS NOT DISTINCT FROM $5::int AND c.merged_into_id IS NULL
  RETURNING c.id, reason.id AS member_id, reason.pos, reason.text
), assigned AS (
  INSERT INTO assignments (customer_id, member_id, rule_id, reason, at)
  SELECT id, member_id, $3::int, text, $6::timestamp FROM owned RETURNING id
), moved AS (
  UPDATE teams SET rr_cursor = (SELECT (pos + 1) % (SELECT l FROM len) FROM owned) WHERE id = $1::int AND EXISTS (SELECT 1 FROM owned)
), audited AS (
  INSERT INTO audit_log (at, actor_id, via, action, entity_type, entity_id, customer_id, details)
  SELECT $6::timestamp, $7::int, $8::text, 'assign', 'customer', id::text, id,
         jsonb_build_object('memberId', member_id, 'ruleId', $3::int, 'reason', text, 'previousOwnerId', $5::int) FROM owned
)
SELECT (SELECT id FROM assigned) AS "assignmentId",
       (SELECT member_id FROM owned) AS "memberId",
       (SELECT pos + 1 FROM pick) AS slot,
       (SELECT l FROM len) AS "cycleLength",
       (SELECT COALESCE(json_agg(json_build_object('name', name, 'why', why) ORDER BY first), '[]') FROM passed) AS skipped,
       (SELECT COALESCE(json_agg(json_build_object('name', name, 'why', why) ORDER BY id), '[]') FROM members WHERE why IS NOT NULL) AS unavailable,
       (SELECT locale FROM team_members WHERE id = (SELECT member_id FROM owned)) AS locale,
       (SELECT count(*) FROM pick)::int AS picked`;

export interface RoundRobinResult {
  assignmentId: number | null;
  memberId: number | null;
  slot: number | null;
  cycleLength: number;
  skipped: { name: string; why: Unavailable }[];
  unavailable: { name: string; why: Unavailable }[];
  locale: string | null;
  /** 0 when nobody in the team can take a lead now */
  picked: number;
}

export interface RoundRobinRequest {
  teamId: number;
  ruleId: number;
  ruleName: string;
  customerId: number;
  expectedOwnerId: number | null;
  at: Date;
  actorId: number | null;
  via: string;
}

export async function roundRobinAssign(db: DbClient, r: RoundRobinRequest): Promise<RoundRobinResult> {
  const rows = await db.$queryRawUnsafe<RoundRobinResult[]>(
    ROUND_ROBIN_SQL, r.teamId, r.ruleName, r.ruleId, r.customerId, r.expectedOwnerId, r.at, r.actorId, r.via,
  );
  return rows[0];
}

/**
 * Members' open leads are read with the statement's snapshot, which is taken before a wait for the team lock. Where a
 * member has a cap, the lock is taken first in its own statement so the count includes the assignment just before.
 */
export async function teamHasCaps(db: DbClient, teamId: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ capped: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM team_members WHERE team_id = ${teamId}::int AND max_open_leads IS NOT NULL AND status <> 'left') AS capped`;
  return rows[0]?.capped ?? false;
}

export async function lockTeamRow(tx: DbClient, teamId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM teams WHERE id = ${teamId}::int FOR NO KEY UPDATE`;
  return rows.length > 0;
}
