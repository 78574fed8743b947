import type { DbClient } from '../db/client';
import type { Task } from '../../generated/prisma/client';
import type { SopSettings } from './followup.settings';

export type { Task };
export type TaskWithCustomer = Task & { customer: { id: number; name: string } | null };

const DAY = 86_400_000;
const days = (n: number) => `${n * 86_400} seconds`;

/**
 * The SOP rules as three INSERT … SELECT statements; the dedupe key names the rule and the fact that triggered it,
 * so re-running (or two runs at once) never makes a task twice. Titles are written in the assignee's language.
 */
export async function createSopTasks(db: DbClient, sop: SopSettings, now: Date): Promise<number> {
  const newSince = new Date(now.getTime() - sop.newCustomerWindowDays * DAY);
  const first = await db.$executeRaw`INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at, status, dedupe_key, created_at)
    SELECT c.id, c.owner_id, CASE WHEN m.locale = 'zh' THEN '发送样品政策和产品目录：' ELSE 'Send the sample policy and catalogue: ' END || c.name, 'first_touch',
      COALESCE(c.owned_since, c.created_at) + ${days(sop.firstTouchDays)}::interval, 'open', 'sop:first_touch:' || c.id, ${now}
    FROM customers c JOIN team_members m ON m.id = c.owner_id
    WHERE c.merged_into_id IS NULL AND c.status IN ('lead', 'active') AND c.last_outbound_at IS NULL AND c.created_at >= ${newSince}
    ON CONFLICT (dedupe_key) DO NOTHING`;
  const second = await db.$executeRaw`INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at, status, dedupe_key, created_at)
    SELECT c.id, c.owner_id, CASE WHEN m.locale = 'zh' THEN '跟进未回复的消息：' ELSE 'Follow up (no reply): ' END || c.name, 'second_follow_up',
      c.last_outbound_at + ${days(sop.secondFollowUpDays)}::interval, 'open',
      'sop:second_follow_up:' || c.id || ':' || floor(extract(epoch FROM c.last_outbound_at))::bigint, ${now}
    FROM customers c JOIN team_members m ON m.id = c.owner_id
    WHERE c.merged_into_id IS NULL AND c.status IN ('lead', 'active') AND c.last_outbound_at IS NOT NULL
      AND (c.last_inbound_at IS NULL OR c.last_inbound_at < c.last_outbound_at)
      AND c.last_outbound_at > ${now}::timestamp - interval '60 days'
    ON CONFLICT (dedupe_key) DO NOTHING`;
  const flagBefore = new Date(now.getTime() - sop.highIntentDays * DAY);
  const lookback = new Date(now.getTime() - sop.highIntentLookbackDays * DAY);
  const hot = await db.$executeRaw`INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at, status, dedupe_key, created_at)
    SELECT DISTINCT ON (c.id) c.id, c.owner_id,
      CASE WHEN m.locale = 'zh' THEN '高意向客户未跟进：' ELSE 'High-intent buyer waiting: ' END || c.name, 'high_intent',
      x.occurred_at + ${days(sop.highIntentDays)}::interval, 'open', 'sop:high_intent:' || c.id || ':' || x.id, ${now}
    FROM communications x JOIN customers c ON c.id = x.customer_id JOIN team_members m ON m.id = c.owner_id
    WHERE x.direction = 'inbound' AND x.deleted_at IS NULL AND x.intents && ${sop.highIntents}::text[]
      AND x.occurred_at >= ${lookback} AND x.occurred_at <= ${flagBefore}
      AND c.merged_into_id IS NULL AND c.status NOT IN ('lost', 'pool')
      AND (c.last_outbound_at IS NULL OR c.last_outbound_at < x.occurred_at)
    ORDER BY c.id, x.occurred_at DESC
    ON CONFLICT (dedupe_key) DO NOTHING`;
  return first + second + hot;
}

/** SOP tasks whose reason went away: done once the rep reached out, cancelled once the buyer answered. */
export async function closeSatisfiedSopTasks(db: DbClient, now: Date): Promise<number> {
  return db.$executeRaw`UPDATE tasks t SET
      status = CASE WHEN t.kind = 'second_follow_up' AND c.last_inbound_at >= c.last_outbound_at THEN 'cancelled' ELSE 'done' END,
      done_at = ${now}
    FROM customers c WHERE c.id = t.customer_id AND t.status = 'open' AND (
      (t.kind = 'first_touch' AND c.last_outbound_at IS NOT NULL) OR
      (t.kind = 'second_follow_up' AND (c.last_inbound_at >= c.last_outbound_at OR c.last_outbound_at > t.created_at)) OR
      (t.kind = 'high_intent' AND t.dedupe_key LIKE 'sop:high_intent:%'
        AND c.last_outbound_at >= (SELECT x.occurred_at FROM communications x WHERE x.id = split_part(t.dedupe_key, ':', 4)::int)))`;
}

export function openTasksFor(db: DbClient, assigneeId: number, dueBefore?: Date, limit = 50): Promise<TaskWithCustomer[]> {
  return db.task.findMany({
    where: { assigneeId, status: 'open', ...(dueBefore ? { dueAt: { lt: dueBefore } } : {}) },
    include: { customer: { select: { id: true, name: true } } },
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: limit,
  });
}

export function findTask(db: DbClient, id: number): Promise<TaskWithCustomer | null> {
  return db.task.findUnique({ where: { id }, include: { customer: { select: { id: true, name: true } } } });
}

export function createTask(db: DbClient, data: { customerId: number | null; assigneeId: number; title: string; kind: string; dueAt: Date; dedupeKey?: string; createdById?: number }) {
  return db.task.createManyAndReturn({ data: [data], skipDuplicates: true });
}

export function findTaskByKey(db: DbClient, dedupeKey: string) {
  return db.task.findUnique({ where: { dedupeKey }, include: { customer: { select: { id: true, name: true } } } });
}

/** Conditional updates: only an open task changes, so a double press does nothing the second time. */
export async function completeTask(db: DbClient, id: number, at: Date): Promise<boolean> {
  return (await db.task.updateMany({ where: { id, status: 'open' }, data: { status: 'done', doneAt: at } })).count === 1;
}

export async function rescheduleTask(db: DbClient, id: number, dueAt: Date): Promise<boolean> {
  return (await db.task.updateMany({ where: { id, status: 'open' }, data: { dueAt, nudgedAt: null } })).count === 1;
}

export async function reassignTask(db: DbClient, id: number, assigneeId: number): Promise<boolean> {
  return (await db.task.updateMany({ where: { id, status: 'open' }, data: { assigneeId, nudgedAt: null } })).count === 1;
}

/** Open tasks that fell due and have not been nudged since they last fell due. */
export function tasksToNudge(db: DbClient, now: Date, limit = 500) {
  return db.$queryRaw<{ id: number; assigneeId: number; title: string; dueAt: Date; customerId: number | null; timezone: string; locale: string }[]>`
    SELECT t.id, t.assignee_id AS "assigneeId", t.title, t.due_at AS "dueAt", t.customer_id AS "customerId", m.timezone, m.locale
    FROM tasks t JOIN team_members m ON m.id = t.assignee_id
    WHERE t.status = 'open' AND t.due_at <= ${now} AND (t.nudged_at IS NULL OR t.nudged_at < t.due_at) AND m.status = 'active'
    ORDER BY t.due_at LIMIT ${limit}`;
}

export async function markNudged(db: DbClient, id: number, dueAt: Date, at: Date): Promise<boolean> {
  return (await db.task.updateMany({ where: { id, dueAt }, data: { nudgedAt: at } })).count === 1;
}

/** Buyers of this owner who wrote since `since`: the latest message of each. */
export function inboundSince(db: DbClient, ownerId: number, since: Date, limit = 10) {
  return db.$queryRaw<{ customerId: number; name: string; text: string; channel: string; occurredAt: Date; count: bigint }[]>`
    SELECT DISTINCT ON (c.id) c.id AS "customerId", c.name, x.text, x.channel, x.occurred_at AS "occurredAt",
      count(*) OVER (PARTITION BY c.id) AS count
    FROM communications x JOIN customers c ON c.id = x.customer_id
    WHERE c.owner_id = ${ownerId} AND x.direction = 'inbound' AND x.deleted_at IS NULL AND x.occurred_at >= ${since}
    ORDER BY c.id, x.occurred_at DESC LIMIT ${limit}`;
}

export function activeMembers(db: DbClient) {
  return db.teamMember.findMany({ where: { status: 'active' }, select: { id: true, timezone: true, locale: true, displayName: true } });
}
