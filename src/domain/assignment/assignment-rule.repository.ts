import type { DbClient, Prisma } from '../db/client';
import { ruleMatchSchema, type RoutingRule } from './rule-match';

export interface RuleWithTarget extends RoutingRule {
  targetName: string;
}

/** Rules in order with their target's name (a team or a member); a rule whose target is gone keeps `?`. */
export async function listRules(db: DbClient): Promise<RuleWithTarget[]> {
  const rows = await db.assignmentRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  const teamIds = rows.filter((r) => r.targetType === 'team').map((r) => r.targetId);
  const memberIds = rows.filter((r) => r.targetType === 'member').map((r) => r.targetId);
  const [teams, members] = await Promise.all([
    teamIds.length ? db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, name: true } }) : [],
    memberIds.length ? db.teamMember.findMany({ where: { id: { in: memberIds } }, select: { id: true, name: true } }) : [],
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    position: r.position,
    match: ruleMatchSchema.parse(r.match ?? {}),
    targetType: r.targetType === 'member' ? 'member' : 'team',
    targetId: r.targetId,
    isDefault: r.isDefault,
    targetName: (r.targetType === 'team' ? teams : members).find((t) => t.id === r.targetId)?.name ?? '?',
  }));
}

/** Rules in order, without target names: what routing reads for every lead (one query). */
export async function listRoutingRules(db: DbClient): Promise<RoutingRule[]> {
  const rows = await db.assignmentRule.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => ({
    id: r.id, name: r.name, position: r.position, match: ruleMatchSchema.parse(r.match ?? {}),
    targetType: r.targetType === 'member' ? 'member' : 'team', targetId: r.targetId, isDefault: r.isDefault,
  }));
}

export interface NewRule {
  name: string;
  position: number;
  match: RoutingRule['match'];
  targetType: 'member' | 'team';
  targetId: number;
  isDefault: boolean;
}

export function insertRule(db: DbClient, rule: NewRule) {
  return db.assignmentRule.create({ data: { ...rule, match: rule.match as Prisma.InputJsonValue } });
}

export async function ruleNames(db: DbClient): Promise<string[]> {
  return (await db.assignmentRule.findMany({ select: { name: true } })).map((r) => r.name);
}

export async function maxRulePosition(db: DbClient): Promise<number> {
  const top = await db.assignmentRule.aggregate({ _max: { position: true } });
  return top._max.position ?? 0;
}

export function deleteRuleByName(db: DbClient, name: string) {
  return db.assignmentRule.deleteMany({ where: { name: { equals: name, mode: 'insensitive' } } });
}

export function deleteDefaultRules(db: DbClient) {
  return db.assignmentRule.deleteMany({ where: { isDefault: true } });
}

export function deleteAllRules(db: DbClient) {
  return db.assignmentRule.deleteMany({});
}
