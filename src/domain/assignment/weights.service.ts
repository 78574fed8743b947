import type { PrismaClient } from '../db/client';
import { inTransaction } from '../db/client';
import { recordAudit } from '../audit/audit.repository';
import { DomainError } from '../errors';
import { seesEverything, type Actor } from '../team/actor';
import { findMemberByName, managedMemberIds } from '../team/team-member.repository';
import { conversionSince, findTeamByName, setMemberWeight, setTeamWeightMode, teamOfManager, teamWithMembers, teamsInConversionMode } from './team-routing.repository';
import { interleavedCycle } from './weighted-round-robin';

export const MAX_WEIGHT = 100;
const CONVERSION_WINDOW_DAYS = 90;

export interface WeightChange {
  name: string;
  /** as typed, validated here so "0", "-1" and "x" get the same clear refusal */
  value: string;
}

/** A team's cycle spelled out ("alice-bob-carol-alice-bob-alice") so a manager sees what the weights mean. */
async function teamView(db: PrismaClient, teamId: number) {
  const team = await teamWithMembers(db, teamId);
  if (!team) return null;
  const names = new Map(team.members.map((m) => [m.id, m.name]));
  return {
    team: team.name,
    members: team.members.map((m) => ({ name: m.name, weight: m.weight, mode: m.weightMode, status: m.status })),
    cycle: interleavedCycle(team.members).map((id) => names.get(id)!),
  };
}

/**
 * Conversion weights: each rep's share of leads assigned in the last 90 days that reached a won deal, scaled to 1..10
 * against the best rep of the team (a rep with no leads yet gets the middle, 5, so newcomers are not starved).
 */
export function weightsFromConversion(rows: { memberId: number; assigned: number; won: number }[], memberIds: number[]): Map<number, number> {
  const rate = new Map(rows.map((r) => [r.memberId, r.assigned ? r.won / r.assigned : 0]));
  const best = Math.max(0, ...rate.values());
  return new Map(
    memberIds.map((id) => {
      if (!rate.has(id)) return [id, 5];
      return [id, best > 0 ? Math.max(1, Math.round((rate.get(id)! / best) * 10)) : 1];
    }),
  );
}

export function createWeightsService(deps: { db: PrismaClient }) {
  const { db } = deps;

  async function actorTeamId(actor: Actor, teamName?: string): Promise<number> {
    if (teamName) {
      const team = await findTeamByName(db, teamName);
      if (!team) throw new DomainError('TEAM_NOT_FOUND', { name: teamName });
      if (!seesEverything(actor) && team.managerId !== actor.id) throw new DomainError('FORBIDDEN');
      return team.id;
    }
    const team = await teamOfManager(db, actor.id, actor.teamId);
    if (!team) throw new DomainError('TEAM_NOT_FOUND', { name: '—' });
    return team.id;
  }

  async function recompute(teamId: number, now: Date) {
    const team = await teamWithMembers(db, teamId);
    if (!team) return;
    const ids = team.members.filter((m) => m.weightMode === 'conversion').map((m) => m.id);
    if (!ids.length) return;
    const rows = await conversionSince(db, ids, new Date(now.getTime() - CONVERSION_WINDOW_DAYS * 86_400_000));
    const weights = weightsFromConversion(rows, ids);
    for (const [id, weight] of weights) await setMemberWeight(db, id, weight, 'conversion');
  }

  return {
    async show(actor: Actor, teamName?: string) {
      return teamView(db, await actorTeamId(actor, teamName));
    },

    /** `/weights alice=3 bob=2`: all or nothing; a manager sets their own team's members, directors and admins anyone's. */
    async set(actor: Actor, via: string, changes: WeightChange[]) {
      if (actor.role === 'rep') throw new DomainError('FORBIDDEN');
      for (const c of changes) {
        if (!/^\d+$/.test(c.value.trim()) || Number(c.value) < 1 || Number(c.value) > MAX_WEIGHT) {
          throw new DomainError('WEIGHT_INVALID', { value: `${c.name}=${c.value}`, max: MAX_WEIGHT });
        }
      }
      const allowed = seesEverything(actor) ? null : new Set([actor.id, ...(await managedMemberIds(db, actor.id))]);
      const teamIds = new Set<number>();
      await inTransaction(db, async (tx) => {
        for (const c of changes) {
          const member = await findMemberByName(tx, c.name);
          if (!member) throw new DomainError('MEMBER_NOT_FOUND', { name: c.name });
          if (allowed && !allowed.has(member.id)) throw new DomainError('FORBIDDEN');
          await setMemberWeight(tx, member.id, Number(c.value), 'manual');
          if (member.teamId) teamIds.add(member.teamId);
          await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'team_member', entityId: member.id, details: { weight: Number(c.value), from: member.weight } });
        }
      });
      return Promise.all([...teamIds].map((id) => teamView(db, id)));
    },

    /** `/weights auto`: the team's weights follow conversion from now on (recomputed daily), starting at once. */
    async useConversion(actor: Actor, via: string, now: Date, teamName?: string) {
      if (actor.role === 'rep') throw new DomainError('FORBIDDEN');
      const teamId = await actorTeamId(actor, teamName);
      await setTeamWeightMode(db, teamId, 'conversion');
      await recompute(teamId, now);
      await recordAudit(db, { actorId: actor.id, via, action: 'update', entityType: 'team', entityId: teamId, details: { weightMode: 'conversion' } });
      return teamView(db, teamId);
    },

    /** Daily job: every team in conversion mode gets fresh weights. Re-running the same day gives the same weights. */
    async refreshConversionWeights(now: Date): Promise<number> {
      const teams = await teamsInConversionMode(db);
      for (const t of teams) await recompute(t.id, now);
      return teams.length;
    },
  };
}

export type WeightsService = ReturnType<typeof createWeightsService>;
