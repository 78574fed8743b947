import { z } from 'zod';
import { recordAudit } from '../audit/audit.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { readSetting, writeSetting } from '../settings/settings.repository';
import { insertRule, maxRulePosition, ruleNames } from './assignment-rule.repository';
import { findTeamByName, setMemberTeam, upsertTeam } from './team-routing.repository';

/**
 * Remembers that the first run made its default rule, so a default an admin removed on purpose is not made again
 * at the next start (leads then go to the pool and its watchers are told).
 */
const FIRST_RUN_KEY = 'routing.first_run';
const firstRunSchema = z.object({ defaultRule: z.enum(['created', 'existed']).optional(), ruleId: z.number().int().optional() }).prefault({});

export type DefaultRouteOutcome =
  | { status: 'created'; rule: string; targetType: 'team' | 'member'; target: string }
  | { status: 'exists' | 'done_before' | 'nobody' };

/**
 * Makes the first run's default rule once. `replaceFirstRun`: the demo book takes over a default the first start
 * made for the first admin (a newcomer runs `start`, then `seed-demo`); a default someone else made is never touched.
 */
async function makeDefault(
  db: PrismaClient,
  target: { type: 'team' | 'member'; id: number; name: string },
  via: string,
  replaceFirstRun = false,
): Promise<DefaultRouteOutcome> {
  return inTransaction(db, async (tx) => {
    // two processes starting together make one default rule
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('routing.first_run'))`;
    const state = await readSetting(tx, FIRST_RUN_KEY, firstRunSchema);
    const current = await tx.assignmentRule.findFirst({ where: { isDefault: true } });
    const ours = replaceFirstRun && state.defaultRule === 'created' && current !== null && current.id === state.ruleId;
    if (ours && current.targetType === target.type && current.targetId === target.id) return { status: 'exists' };
    if (!ours && state.defaultRule) return { status: 'done_before' };
    if (current && !ours) {
      await writeSetting(tx, FIRST_RUN_KEY, firstRunSchema, { defaultRule: 'existed' });
      return { status: 'exists' };
    }
    if (current) await tx.assignmentRule.delete({ where: { id: current.id } });
    const taken = new Set((await ruleNames(tx)).map((n) => n.toLowerCase()));
    const name = taken.has('default') ? `default-${target.name}` : 'default';
    const rule = await insertRule(tx, { name, position: (await maxRulePosition(tx)) + 1, match: {}, targetType: target.type, targetId: target.id, isDefault: true });
    await recordAudit(tx, {
      actorId: null, via, action: 'create', entityType: 'assignment_rule', entityId: rule.id,
      details: { firstRun: true, target: `${target.type}:${target.name}`, replaced: current?.id ?? null },
    });
    await writeSetting(tx, FIRST_RUN_KEY, firstRunSchema, { defaultRule: 'created', ruleId: rule.id });
    return { status: 'created', rule: name, targetType: target.type, target: target.name };
  });
}

/**
 * A fresh install routes from its first start: when there is no default rule yet (and the first run never made
 * one), every lead no other rule matches goes to the first admin. Nothing happens before an admin exists (the next
 * start, or `user add --role admin`, makes it then).
 */
export async function ensureDefaultRouteToFirstAdmin(db: PrismaClient, via = 'cli'): Promise<DefaultRouteOutcome> {
  if ((await readSetting(db, FIRST_RUN_KEY, firstRunSchema)).defaultRule) return { status: 'done_before' };
  const admin = await db.teamMember.findFirst({ where: { role: 'admin', status: { not: 'left' } }, orderBy: { id: 'asc' } });
  if (!admin) return { status: 'nobody' };
  return makeDefault(db, { type: 'member', id: admin.id, name: admin.name }, via);
}

/**
 * The demo book routes too: its reps form a team (managed by the demo manager) and the default rule sends every
 * lead no other rule matches to it, by weighted round robin.
 */
export async function ensureDemoTeamRoute(
  db: PrismaClient,
  demo: { team: string; manager: string; reps: readonly string[]; timezone: string },
): Promise<DefaultRouteOutcome> {
  const manager = await db.teamMember.findUnique({ where: { name: demo.manager } });
  const team = (await findTeamByName(db, demo.team)) ?? (await upsertTeam(db, { name: demo.team, timezone: demo.timezone, managerId: manager?.id ?? null }));
  for (const name of demo.reps) {
    const rep = await db.teamMember.findUnique({ where: { name } });
    if (rep && rep.teamId === null) await setMemberTeam(db, rep.id, team.id);
  }
  return makeDefault(db, { type: 'team', id: team.id, name: team.name }, 'seed', true);
}
