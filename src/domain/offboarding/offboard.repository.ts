import type { DbClient } from '../db/client';
import { OFFBOARDING_REASON } from '../assignment/assignment.repository';

export interface OffboardCounts {
  customers: number;
  tasks: number;
  opportunities: number;
  orders: number;
  sequences: number;
  reports: number;
  identities: number;
}

/**
 * Moves everything a leaving member holds, in the caller's transaction: owned customers (to a colleague, or to the
 * public pool with a release event each), open tasks, open opportunities and orders in progress, their direct
 * reports and managed teams; sequences follow their customers (paused when the customer goes to the pool, since no
 * one would answer a reply). Then the member's chat accounts are unlinked and they are marked as left.
 * Set-based statements only: a rep with 20,000 customers moves as fast as one with 20.
 */
export async function moveMemberBook(
  db: DbClient,
  move: { fromId: number; toId: number | null; taskAssigneeId: number; managerForReports: number | null; at: Date },
): Promise<OffboardCounts> {
  const { fromId, toId, at } = move;
  const moved = await db.$queryRaw<{ id: number }[]>`
    UPDATE customers SET owner_id = ${toId}::int, owned_since = CASE WHEN ${toId}::int IS NULL THEN NULL ELSE ${at}::timestamp END,
           status = CASE WHEN ${toId}::int IS NULL THEN 'pool' ELSE status END,
           released_at = CASE WHEN ${toId}::int IS NULL THEN ${at}::timestamp ELSE released_at END, updated_at = ${at}::timestamp
    WHERE owner_id = ${fromId} RETURNING id`;
  const ids = moved.map((r) => r.id);
  if (toId === null) {
    await db.$executeRaw`INSERT INTO pool_events (customer_id, member_id, kind, reason, at)
      SELECT unnest(${ids}::int[]), ${fromId}, 'release', 'offboarded', ${at}::timestamp`;
  } else {
    await db.$executeRaw`INSERT INTO assignments (customer_id, member_id, reason, at)
      SELECT unnest(${ids}::int[]), ${toId}, ${OFFBOARDING_REASON}, ${at}::timestamp`;
  }
  const tasks = await db.task.updateMany({ where: { assigneeId: fromId, status: 'open' }, data: { assigneeId: move.taskAssigneeId } });
  const opportunities = await db.opportunity.updateMany({ where: { ownerId: fromId, stage: { notIn: ['won', 'lost'] } }, data: { ownerId: toId } });
  const orders = await db.order.updateMany({ where: { ownerId: fromId, status: { notIn: ['closed', 'cancelled'] } }, data: { ownerId: toId ?? move.taskAssigneeId } });
  const sequences = toId === null
    ? await db.sequenceEnrollment.updateMany({ where: { customerId: { in: ids }, status: 'active' }, data: { status: 'paused', stopReason: 'owner_left' } })
    : { count: await db.sequenceEnrollment.count({ where: { customerId: { in: ids }, status: { in: ['active', 'paused'] } } }) };
  const reports = await db.teamMember.updateMany({ where: { managerId: fromId }, data: { managerId: move.managerForReports } });
  await db.team.updateMany({ where: { managerId: fromId }, data: { managerId: move.managerForReports } });
  const identities = await db.channelIdentity.deleteMany({ where: { teamMemberId: fromId } });
  await db.linkCode.updateMany({ where: { teamMemberId: fromId, usedAt: null }, data: { usedAt: at } });
  await db.teamMember.update({ where: { id: fromId }, data: { status: 'left', maxOpenLeads: 0 } });
  return {
    customers: ids.length, tasks: tasks.count, opportunities: opportunities.count, orders: orders.count,
    sequences: sequences.count, reports: reports.count, identities: identities.count,
  };
}
