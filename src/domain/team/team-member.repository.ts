import type { DbClient } from '../db/client';
import type { TeamMember } from '../../generated/prisma/client';
import { isLocale } from '../i18n';
import type { Actor, Role } from './actor';

export type { TeamMember };

export function toActor(member: TeamMember): Actor {
  return {
    id: member.id,
    name: member.name,
    displayName: member.displayName,
    role: member.role as Role,
    regions: member.regions,
    productLines: member.productLines,
    locale: isLocale(member.locale) ? member.locale : 'en',
    timezone: member.timezone,
    managerId: member.managerId,
    teamId: member.teamId,
  };
}

export interface NewTeamMember {
  name: string;
  displayName: string;
  role: Role;
  regions: string[];
  productLines: string[];
  locale: string;
  timezone: string;
  managerId?: number | null;
  teamId?: number | null;
  weight?: number;
  preferredChannel?: string | null;
}

export function createTeamMember(db: DbClient, data: NewTeamMember): Promise<TeamMember> {
  return db.teamMember.create({ data });
}

export function findMemberByName(db: DbClient, name: string): Promise<TeamMember | null> {
  return db.teamMember.findFirst({ where: { name: { equals: name.trim(), mode: 'insensitive' } } });
}

export function findMemberById(db: DbClient, id: number): Promise<TeamMember | null> {
  return db.teamMember.findUnique({ where: { id } });
}

export function listMembers(db: DbClient): Promise<TeamMember[]> {
  return db.teamMember.findMany({ orderBy: { id: 'asc' } });
}

export function updateMember(db: DbClient, id: number, data: Partial<NewTeamMember> & { status?: string }): Promise<TeamMember> {
  return db.teamMember.update({ where: { id }, data });
}

/** Ids of the members a manager answers for: direct reports and members of the teams they manage. */
export async function managedMemberIds(db: DbClient, managerId: number): Promise<number[]> {
  const rows = await db.teamMember.findMany({
    where: { OR: [{ managerId }, { team: { managerId } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Admins still working here (who is told about a channel that needs a person). */
export async function activeAdminIds(db: DbClient): Promise<number[]> {
  const rows = await db.teamMember.findMany({ where: { role: 'admin', status: { not: 'left' } }, select: { id: true } });
  return rows.map((r) => r.id);
}
