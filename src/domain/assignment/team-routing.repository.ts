import type { DbClient, Prisma } from '../db/client';

export function findTeamByName(db: DbClient, name: string) {
  return db.team.findFirst({ where: { name: { equals: name.trim(), mode: 'insensitive' } } });
}

export function findTeamById(db: DbClient, id: number) {
  return db.team.findUnique({ where: { id } });
}

export function teamWithMembers(db: DbClient, teamId: number) {
  return db.team.findUnique({
    where: { id: teamId },
    include: { members: { where: { status: { not: 'left' } }, orderBy: { id: 'asc' } }, manager: true },
  });
}

/** The team a manager runs (the one they manage, else their own). */
export function teamOfManager(db: DbClient, memberId: number, teamId: number | null) {
  return db.team.findFirst({ where: { OR: [{ managerId: memberId }, ...(teamId ? [{ id: teamId }] : [])] }, orderBy: { id: 'asc' } });
}

export function setMemberWeight(db: DbClient, memberId: number, weight: number, weightMode: 'manual' | 'conversion') {
  return db.teamMember.update({ where: { id: memberId }, data: { weight, weightMode } });
}

export interface TeamUpsert {
  name: string;
  timezone?: string;
  managerId?: number | null;
  businessHours?: Prisma.InputJsonValue | null;
  holidays?: string[];
}

export async function upsertTeam(db: DbClient, team: TeamUpsert) {
  const existing = await findTeamByName(db, team.name);
  const data = {
    timezone: team.timezone,
    managerId: team.managerId,
    businessHours: team.businessHours === null ? undefined : team.businessHours,
    holidays: team.holidays,
  };
  return existing ? db.team.update({ where: { id: existing.id }, data }) : db.team.create({ data: { name: team.name, ...data } });
}

export function setMemberTeam(db: DbClient, memberId: number, teamId: number, weight?: number) {
  return db.teamMember.update({ where: { id: memberId }, data: { teamId, ...(weight ? { weight, weightMode: 'manual' } : {}) } });
}

/** Per member: leads assigned in the window and how many of those customers have a won opportunity since. */
export function conversionSince(db: DbClient, memberIds: number[], since: Date) {
  return db.$queryRaw<{ memberId: number; assigned: number; won: number }[]>`
    SELECT a.member_id AS "memberId", count(DISTINCT a.customer_id)::int AS assigned,
           count(DISTINCT a.customer_id) FILTER (WHERE EXISTS (
             SELECT 1 FROM opportunities o WHERE o.customer_id = a.customer_id AND o.stage = 'won' AND o.updated_at >= a.at))::int AS won
    FROM assignments a
    WHERE a.member_id = ANY(${memberIds}::int[]) AND a.at >= ${since}::timestamp
    GROUP BY a.member_id`;
}

export function teamsInConversionMode(db: DbClient) {
  return db.team.findMany({ where: { members: { some: { weightMode: 'conversion', status: { not: 'left' } } } }, select: { id: true } });
}

export function setTeamWeightMode(db: DbClient, teamId: number, weightMode: 'manual' | 'conversion') {
  return db.teamMember.updateMany({ where: { teamId }, data: { weightMode } });
}
