import type { DbClient } from '../db/client';
import { DomainError } from '../errors';
import type { ApproverRole } from './approval-rules';
import { activeMembers, type MemberRef } from '../team/member-ref.repository';
import { toCalendar, type WorkCalendar } from './working-hours';

/**
 * Who approves for a role, for this rep. The rep's manager (or their team's manager); a director; a member with the
 * finance duty; an admin. Each falls back up the chain (a rep with no manager goes to a director). The rep is never
 * their own approver: null means the role is covered by the rep's own authority.
 */
export async function resolveApprover(db: DbClient, role: ApproverRole, rep: MemberRef): Promise<MemberRef | null> {
  const directors = () => activeMembers(db, { role: 'director' });
  const admins = () => activeMembers(db, { role: 'admin' });
  const chains: Record<ApproverRole, Array<() => Promise<MemberRef[]>>> = {
    manager: [async () => managerOf(db, rep), directors, admins],
    director: [directors, admins],
    finance: [() => activeMembers(db, { duty: 'finance' }), admins, directors],
    admin: [admins],
  };
  for (const candidates of chains[role]) {
    const found = await candidates();
    if (found.some((m) => m.id === rep.id)) return null;
    const other = found.find((m) => m.id !== rep.id);
    if (other) return other;
  }
  throw new DomainError('NO_APPROVER', { role });
}

async function managerOf(db: DbClient, member: MemberRef): Promise<MemberRef[]> {
  const id = member.managerId ?? (member.teamManagerId !== member.id ? member.teamManagerId : null);
  if (!id) return [];
  const found = await activeMembers(db, {});
  return found.filter((m) => m.id === id);
}

/** Who a late approval goes to: the approver's own manager, else a director, else an admin (never the rep or the approver). */
export async function escalationTarget(db: DbClient, approver: MemberRef, repId: number): Promise<MemberRef | null> {
  const skip = (m: MemberRef) => m.id !== approver.id && m.id !== repId;
  for (const candidates of [() => managerOf(db, approver), () => activeMembers(db, { role: 'director' }), () => activeMembers(db, { role: 'admin' })]) {
    const found = (await candidates()).find(skip);
    if (found) return found;
  }
  return null;
}

export function calendarOf(member: MemberRef): WorkCalendar {
  return toCalendar(member.timezone, member.businessHours, member.holidays);
}
