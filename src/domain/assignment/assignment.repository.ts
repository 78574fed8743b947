import type { DbClient } from '../db/client';

/** The facts routing needs about one customer, with the owner of its company group if any (sticky ownership). */
export interface LeadRow {
  id: number;
  name: string;
  country: string | null;
  grade: string;
  status: string;
  source: string;
  productLines: string[];
  ownerId: number | null;
  ownerStatus: string | null;
  mergedIntoId: number | null;
  groupId: number | null;
  groupName: string | null;
  groupOwnerId: number | null;
}

export async function loadLead(db: DbClient, customerId: number): Promise<LeadRow | null> {
  return (await loadLeads(db, [customerId]))[0] ?? null;
}

/** Several leads in one query (a burst of queued assignments); missing ids are simply absent. */
export function loadLeads(db: DbClient, customerIds: number[]): Promise<LeadRow[]> {
  return db.$queryRaw<LeadRow[]>`
    SELECT c.id, c.name, c.country, c.grade, c.status, c.source, c.product_lines AS "productLines",
           c.owner_id AS "ownerId", o.status AS "ownerStatus", c.merged_into_id AS "mergedIntoId",
           c.group_id AS "groupId", g.name AS "groupName",
           COALESCE(g.owner_id, (SELECT s.owner_id FROM customers s JOIN team_members sm ON sm.id = s.owner_id
                                 WHERE s.group_id = c.group_id AND s.id <> c.id AND sm.status <> 'left'
                                 ORDER BY s.owned_since NULLS LAST, s.id LIMIT 1)) AS "groupOwnerId"
    FROM customers c
    LEFT JOIN team_members o ON o.id = c.owner_id
    LEFT JOIN company_groups g ON g.id = c.group_id
    WHERE c.id = ANY(${customerIds}::int[])`;
}

export interface LockedTeam {
  id: number;
  name: string;
  rrCursor: number;
  managerId: number | null;
}

/**
 * Takes the team's row lock until the transaction ends: the one place round robin positions are handed out.
 * NO KEY UPDATE is FOR UPDATE minus blocking foreign-key checks (a member joining the team) that never touch the cursor.
 */
export async function lockTeam(tx: DbClient, teamId: number): Promise<LockedTeam | null> {
  const rows = await tx.$queryRaw<LockedTeam[]>`
    SELECT id, name, rr_cursor AS "rrCursor", manager_id AS "managerId" FROM teams WHERE id = ${teamId}::int FOR NO KEY UPDATE`;
  return rows[0] ?? null;
}

export interface RoutingMember {
  id: number;
  name: string;
  displayName: string;
  weight: number;
  status: string;
  leaveFrom: Date | null;
  leaveUntil: Date | null;
  maxOpenLeads: number | null;
  openLeads: number;
  managerId: number | null;
  locale: string;
}

const MEMBER_COLUMNS = `m.id, m.name, m.display_name AS "displayName", m.weight, m.status, m.leave_from AS "leaveFrom",
  m.leave_until AS "leaveUntil", m.max_open_leads AS "maxOpenLeads", m.manager_id AS "managerId", m.locale,
  CASE WHEN m.max_open_leads IS NULL THEN 0
       ELSE (SELECT count(*)::int FROM customers c WHERE c.owner_id = m.id AND c.status = 'lead') END AS "openLeads"`;

/** A team's members in cycle order (by id), with open leads counted only where a cap is set. Read after lockTeam. */
export function teamRoutingMembers(tx: DbClient, teamId: number): Promise<RoutingMember[]> {
  return tx.$queryRawUnsafe<RoutingMember[]>(
    `SELECT ${MEMBER_COLUMNS} FROM team_members m WHERE m.team_id = $1 AND m.status <> 'left' ORDER BY m.id`,
    teamId,
  );
}

export async function routingMember(tx: DbClient, memberId: number): Promise<RoutingMember | null> {
  const rows = await tx.$queryRawUnsafe<RoutingMember[]>(`SELECT ${MEMBER_COLUMNS} FROM team_members m WHERE m.id = $1`, memberId);
  return rows[0] ?? null;
}

export interface AssignWrite {
  customerId: number;
  memberId: number;
  ruleId: number | null;
  reason: string;
  /** the owner the customer must still have (null: unowned), so a lead never gets two owners */
  expectedOwnerId: number | null;
  /** round robin: the team whose cursor moves, only if the assignment happened */
  team?: { id: number; nextCursor: number };
  actorId: number | null;
  via: string;
  at: Date;
}

/**
 * One statement: sets the owner only if the customer still has the expected owner, and in the same step records the
 * assignment, the audit entry and the team's new cursor. Returns the assignment id, or null when someone was faster.
 */
export async function writeAssignment(tx: DbClient, w: AssignWrite): Promise<number | null> {
  const details = JSON.stringify({ memberId: w.memberId, ruleId: w.ruleId, reason: w.reason, previousOwnerId: w.expectedOwnerId });
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH owned AS (
      UPDATE customers SET owner_id = ${w.memberId}::int, owned_since = ${w.at}::timestamp, updated_at = now(),
             status = CASE WHEN status = 'pool' THEN 'lead' ELSE status END
      WHERE id = ${w.customerId}::int AND owner_id IS NOT DISTINCT FROM ${w.expectedOwnerId}::int AND merged_into_id IS NULL
      RETURNING id
    ), assigned AS (
      INSERT INTO assignments (customer_id, member_id, rule_id, reason, at)
      SELECT id, ${w.memberId}::int, ${w.ruleId}::int, ${w.reason}, ${w.at}::timestamp FROM owned RETURNING id
    ), cursor AS (
      UPDATE teams SET rr_cursor = ${w.team?.nextCursor ?? 0}::int
      WHERE id = ${w.team?.id ?? null}::int AND EXISTS (SELECT 1 FROM owned)
    ), audited AS (
      INSERT INTO audit_log (at, actor_id, via, action, entity_type, entity_id, customer_id, details)
      SELECT ${w.at}::timestamp, ${w.actorId}::int, ${w.via}, 'assign', 'customer', id::text, id, ${details}::jsonb FROM owned
    )
    SELECT id FROM assigned`;
  return rows[0]?.id ?? null;
}

/** the outbox key of an assignment's notice to its new owner (exactly once per assignment) */
export const ASSIGNED_NOTICE_KEY = 'assigned:';

/** an offboarding hands customers over in bulk, with a summary of its own (no notice per customer) */
export const OFFBOARDING_REASON = 'offboarding hand-over';

/**
 * The lead's last assignment, when it made `ownerId` the owner between `from` and `to` and its owner's notice was
 * never planned (no outbox row under its key): a process that died between the assignment's commit and the notice.
 */
export async function untoldAssignment(db: DbClient, customerId: number, ownerId: number, from: Date, to: Date): Promise<{ id: number; reason: string } | null> {
  const rows = await db.$queryRaw<{ id: number; reason: string }[]>`
    SELECT a.id, a.reason FROM assignments a
    WHERE a.id = (SELECT max(id) FROM assignments WHERE customer_id = ${customerId}::int)
      AND a.member_id = ${ownerId}::int AND a.at BETWEEN ${from}::timestamp AND ${to}::timestamp
      AND a.reason <> ${OFFBOARDING_REASON}
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key = ${ASSIGNED_NOTICE_KEY}::text || a.id)`;
  return rows[0] ?? null;
}

/** A lead nobody could take waits in the public pool (公海), with the reason in its history. */
export async function parkInPool(tx: DbClient, customerId: number, reason: string, at: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH parked AS (
      UPDATE customers SET status = 'pool', released_at = ${at}::timestamp, updated_at = now()
      WHERE id = ${customerId}::int AND owner_id IS NULL AND status <> 'pool' AND merged_into_id IS NULL RETURNING id
    ), logged AS (
      INSERT INTO pool_events (customer_id, member_id, kind, reason, at) SELECT id, NULL, 'release', ${reason}, ${at}::timestamp FROM parked
    ), audited AS (
      INSERT INTO audit_log (at, actor_id, via, action, entity_type, entity_id, customer_id, details)
      SELECT ${at}::timestamp, NULL, 'job', 'release', 'customer', id::text, id, jsonb_build_object('reason', ${reason}::text) FROM parked
    )
    SELECT id FROM parked`;
  return rows.length > 0;
}

/** Directors and admins: told when a lead could not be routed. */
export async function leadershipIds(db: DbClient): Promise<number[]> {
  const rows = await db.teamMember.findMany({ where: { role: { in: ['director', 'admin'] }, status: { not: 'left' } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Leads with no owner, made before `before`, not merged away (routing never finished for them), oldest first. */
export function unownedLeads(db: DbClient, before: Date, limit: number): Promise<{ id: number; source: string }[]> {
  return db.customer.findMany({
    where: { status: 'lead', ownerId: null, mergedIntoId: null, createdAt: { lt: before } },
    select: { id: true, source: true },
    orderBy: { id: 'asc' },
    take: limit,
  });
}
