import type { DbClient } from '../db/client';
import { DomainError } from '../errors';
import { seesEverything, type Actor } from '../team/actor';

/**
 * Who may change which routing rule. Directors and admins: any, and the default rule (it decides for every team).
 * A manager: only rules that send leads to a team they manage, to themselves, or to a member of their teams; so no
 * manager can re-route another team's leads, to themselves or anyone.
 */
export async function assertMayChangeRule(
  db: DbClient,
  actor: Actor,
  rule: { name: string; isDefault: boolean; targetType: 'team' | 'member'; targetId: number | null },
): Promise<void> {
  if (seesEverything(actor)) return;
  const refuse = (reason: 'default' | 'other_team') => {
    throw new DomainError('FORBIDDEN', { action: 'rule', reason, rule: rule.name });
  };
  if (actor.role !== 'manager') refuse('other_team');
  if (rule.isDefault) refuse('default');
  if (rule.targetId === null) return; // an unknown target is reported by the rule check itself
  const managed = await db.team.findMany({ where: { managerId: actor.id }, select: { id: true } });
  const teamIds = managed.map((t) => t.id);
  if (rule.targetType === 'team') {
    if (!teamIds.includes(rule.targetId)) refuse('other_team');
    return;
  }
  if (rule.targetId === actor.id) return;
  const member = await db.teamMember.findUnique({ where: { id: rule.targetId }, select: { managerId: true, teamId: true } });
  if (!member || !(member.managerId === actor.id || (member.teamId !== null && teamIds.includes(member.teamId)))) refuse('other_team');
}
