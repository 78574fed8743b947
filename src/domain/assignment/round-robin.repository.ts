import type { DbClient } from '../db/client';
import type { CycleMember } from './weighted-round-robin';

type Member = CycleMember & { locale: string };

export interface TeamState {
  team: { id: number; name: string; rrCursor: number } | null;
  /** the leads as they are now (read with `lock`: locked until the transaction ends) */
  leads: { id: number; ownerId: number | null; status: string; mergedIntoId: number | null }[];
  /** the cycle's members in id order; open leads counted only where a cap is set */
  members: Member[];
  fingerprint: string;
}

const MEMBERS = `SELECT m.id, m.name, m.weight, m.status, m.locale, m.leave_from AS "leaveFrom", m.leave_until AS "leaveUntil",
    m.max_open_leads AS "maxOpenLeads",
    CASE WHEN m.max_open_leads IS NULL THEN 0
         ELSE (SELECT count(*)::int FROM customers c WHERE c.owner_id = m.id AND c.status = 'lead') END AS "openLeads"
  FROM team_members m WHERE m.team_id = $1::int AND m.status <> 'left' AND m.weight > 0 ORDER BY m.id`;

/** What a team's members look like now, compared before a write planned without the lock (see writeIfUnchanged). */
const FINGERPRINT = `SELECT md5(COALESCE(string_agg(concat_ws(':', m.id, m.weight, m.status, m.leave_from, m.leave_until, m.max_open_leads), ',' ORDER BY m.id), ''))
  FROM team_members m WHERE m.team_id = $1::int AND m.status <> 'left' AND m.weight > 0`;

const parseMember = (m: Member): Member => ({
  ...m, leaveFrom: m.leaveFrom && new Date(`${m.leaveFrom}Z`), leaveUntil: m.leaveUntil && new Date(`${m.leaveUntil}Z`),
});

/**
 * In one round trip: the team (with its row lock when `lock`: the one place round robin positions are handed out),
 * the batch's customers (locked in id order when `lock`), the cycle's members and their fingerprint. NO KEY UPDATE
 * leaves foreign-key checks (a member joining the team, a message stored for the lead) alone. Under the lock, members are read with the statement's
 * snapshot, taken before any wait for the lock: where a member has a cap, their open leads are counted again after it.
 */
export async function readTeam(tx: DbClient, teamId: number, customerIds: number[], lock: boolean): Promise<TeamState> {
  const rows = await tx.$queryRawUnsafe<{ id: number; name: string; rrCursor: number; fingerprint: string; leads: TeamState['leads'] | null; members: Member[] | null }[]>(
    `WITH team AS (SELECT id, name, rr_cursor FROM teams WHERE id = $1::int ${lock ? 'FOR NO KEY UPDATE' : ''})
     SELECT team.id, team.name, team.rr_cursor AS "rrCursor", (${FINGERPRINT}) AS fingerprint,
            (SELECT json_agg(json_build_object('id', c.id, 'ownerId', c.owner_id, 'status', c.status, 'mergedIntoId', c.merged_into_id))
             FROM (SELECT id, owner_id, status, merged_into_id FROM customers WHERE id = ANY($2::int[]) ORDER BY id ${lock ? 'FOR NO KEY UPDATE' : ''}) c) AS leads,
            (SELECT json_agg(m) FROM (${MEMBERS}) m) AS members
     FROM team`,
    teamId, customerIds,
  );
  const row = rows[0];
  if (!row) return { team: null, leads: [], members: [], fingerprint: '' };
  let members = (row.members ?? []).map(parseMember);
  if (lock && members.some((m) => m.maxOpenLeads !== null)) members = await tx.$queryRawUnsafe<Member[]>(MEMBERS, teamId);
  return { team: { id: row.id, name: row.name, rrCursor: row.rrCursor }, leads: row.leads ?? [], members, fingerprint: row.fingerprint };
}

export interface RoundRobinWrite {
  customerId: number;
  memberId: number;
  ruleId: number;
  reason: string;
  expectedOwnerId: number | null;
  at: Date;
  actorId: number | null;
  via: string;
}

const INPUT = `SELECT * FROM unnest($3::int[], $4::int[], $5::int[], $6::text[], $7::int[], $8::timestamp[], $9::int[], $10::text[])
  WITH ORDINALITY AS t(customer_id, member_id, rule_id, reason, expected_owner_id, at, actor_id, via, ord)`;

/** The writes of a batch, done only where `$ok` (a boolean SQL expression) holds. */
const WRITES = (ok: string) => `owned AS (
    UPDATE customers c SET owner_id = i.member_id, owned_since = i.at, updated_at = now(),
           status = CASE WHEN c.status = 'pool' THEN 'lead' ELSE c.status END
    FROM input i
    WHERE ${ok} AND c.id = i.customer_id AND c.owner_id IS NOT DISTINCT FROM i.expected_owner_id AND c.merged_into_id IS NULL
    RETURNING c.id
  ), assigned AS (
    INSERT INTO assignments (customer_id, member_id, rule_id, reason, at)
    SELECT i.customer_id, i.member_id, i.rule_id, i.reason, i.at FROM input i JOIN owned o ON o.id = i.customer_id ORDER BY i.ord
    RETURNING id, customer_id
  ), moved AS (
    UPDATE teams SET rr_cursor = $2::int WHERE id = $1::int AND EXISTS (SELECT 1 FROM owned)
  ), audited AS (
    INSERT INTO audit_log (at, actor_id, via, action, entity_type, entity_id, customer_id, details)
    SELECT i.at, i.actor_id, i.via, 'assign', 'customer', i.customer_id::text, i.customer_id,
           jsonb_build_object('memberId', i.member_id, 'ruleId', i.rule_id, 'reason', i.reason, 'previousOwnerId', i.expected_owner_id)
    FROM input i JOIN owned o ON o.id = i.customer_id ORDER BY i.ord
  )`;

// timestamps go as ISO text: a zone in a literal is ignored by ::timestamp, which keeps the stored UTC wall time
const columns = (writes: RoundRobinWrite[]) => [
  writes.map((w) => w.customerId), writes.map((w) => w.memberId), writes.map((w) => w.ruleId), writes.map((w) => w.reason),
  writes.map((w) => w.expectedOwnerId), writes.map((w) => w.at.toISOString()), writes.map((w) => w.actorId), writes.map((w) => w.via),
];

/**
 * One statement for the whole batch, inside the caller's locked transaction: owners set (only where the customer
 * still has the expected owner), assignments inserted in batch order (so their ids follow the cycle), one audit entry
 * each, and the team's new cursor. Returns the assignment id per customer written.
 */
export async function writeRoundRobin(tx: DbClient, teamId: number, nextCursor: number, writes: RoundRobinWrite[]): Promise<Map<number, number>> {
  if (!writes.length) return new Map();
  const rows = await tx.$queryRawUnsafe<{ id: number; customerId: number }[]>(
    `WITH input AS (${INPUT}), ${WRITES('true')} SELECT id, customer_id AS "customerId" FROM assigned`,
    teamId, nextCursor, ...columns(writes),
  );
  return new Map(rows.map((r) => [r.customerId, r.id]));
}

export type ConditionalWrite =
  | { ok: true; assigned: Map<number, number> }
  /** someone moved first: the team as it is now, and the customers that no longer have their expected owner */
  | { ok: false; rrCursor: number | null; fingerprint: string; taken: number[] };

/**
 * The batch planned WITHOUT holding the lock, written in ONE statement that takes the team's lock (and the customers')
 * only for its own duration: it writes only if the cursor and the members are still those the plan started from and
 * every customer still has its expected owner; otherwise it writes nothing and says what changed, for a new plan.
 */
export async function writeIfUnchanged(
  db: DbClient, teamId: number, planned: { rrCursor: number; fingerprint: string }, nextCursor: number, writes: RoundRobinWrite[],
): Promise<ConditionalWrite> {
  const rows = await db.$queryRawUnsafe<{ ok: boolean; rrCursor: number | null; fingerprint: string; taken: number[] | null; assigned: { id: number; c: number }[] | null }[]>(
    `WITH team AS (SELECT id, rr_cursor FROM teams WHERE id = $1::int FOR NO KEY UPDATE),
     input AS (${INPUT}),
     locked AS (
       SELECT c.id FROM customers c JOIN input i ON i.customer_id = c.id
       WHERE (SELECT id FROM team) IS NOT NULL AND c.owner_id IS NOT DISTINCT FROM i.expected_owner_id AND c.merged_into_id IS NULL
       ORDER BY c.id FOR NO KEY UPDATE OF c
     ),
     state AS (
       SELECT (SELECT rr_cursor FROM team) AS rr_cursor, (${FINGERPRINT}) AS fingerprint,
              (SELECT count(*) FROM locked) = (SELECT count(*) FROM input) AS unowned
     ),
     ok AS (SELECT rr_cursor = $11::int AND fingerprint = $12::text AND unowned AS ok FROM state),
     ${WRITES('(SELECT ok FROM ok)')}
     SELECT (SELECT ok FROM ok) AS ok, (SELECT rr_cursor FROM state) AS "rrCursor", (SELECT fingerprint FROM state) AS fingerprint,
            (SELECT array_agg(i.customer_id) FROM input i WHERE i.customer_id NOT IN (SELECT id FROM locked)) AS taken,
            (SELECT json_agg(json_build_object('id', id, 'c', customer_id)) FROM assigned) AS assigned`,
    teamId, nextCursor, ...columns(writes), planned.rrCursor, planned.fingerprint,
  );
  const row = rows[0];
  if (row.ok) return { ok: true, assigned: new Map((row.assigned ?? []).map((a) => [a.c, a.id])) };
  return { ok: false, rrCursor: row.rrCursor, fingerprint: row.fingerprint, taken: row.taken ?? [] };
}
