import type { DbClient } from '../db/client';

/** A team member as approvals and hand-offs need them: who, how to reach, and when they work. */
export interface MemberRef {
  id: number;
  name: string;
  displayName: string;
  role: string;
  duties: string[];
  locale: string;
  timezone: string;
  managerId: number | null;
  teamManagerId: number | null;
  businessHours: unknown;
  holidays: string[];
}

const INCLUDE = { team: { select: { managerId: true, businessHours: true, holidays: true } } } as const;

function toRef(m: {
  id: number; name: string; displayName: string; role: string; duties: string[]; locale: string; timezone: string; managerId: number | null;
  team: { managerId: number | null; businessHours: unknown; holidays: string[] } | null;
}): MemberRef {
  return {
    id: m.id, name: m.name, displayName: m.displayName, role: m.role, duties: m.duties, locale: m.locale, timezone: m.timezone,
    managerId: m.managerId, teamManagerId: m.team?.managerId ?? null, businessHours: m.team?.businessHours ?? null, holidays: m.team?.holidays ?? [],
  };
}

export async function findMemberRef(db: DbClient, id: number): Promise<MemberRef | null> {
  const m = await db.teamMember.findUnique({ where: { id }, include: INCLUDE });
  return m ? toRef(m) : null;
}

/** Active members with a role or a duty, oldest first (a stable choice when several qualify). */
export async function activeMembers(db: DbClient, filter: { role?: string; duty?: string }): Promise<MemberRef[]> {
  const rows = await db.teamMember.findMany({
    where: { status: 'active', ...(filter.role ? { role: filter.role } : {}), ...(filter.duty ? { duties: { has: filter.duty } } : {}) },
    include: INCLUDE,
    orderBy: { id: 'asc' },
  });
  return rows.map(toRef);
}

/** Open tasks per member, to hand work to the least loaded of several with the same duty. */
export async function openTaskCounts(db: DbClient, memberIds: number[]): Promise<Map<number, number>> {
  const rows = await db.task.groupBy({ by: ['assigneeId'], where: { assigneeId: { in: memberIds }, status: 'open' }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.assigneeId, r._count._all]));
}
