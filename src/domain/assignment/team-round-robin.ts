import type { PrismaClient } from '../db/client';
import { formatReason, type AssignmentReason, type Skipped } from './assignment-reason';
import { createKeyedBatcher } from '../micro-batcher';
import { readTeam, writeIfUnchanged, writeRoundRobin, type RoundRobinWrite, type TeamState } from './round-robin.repository';
import { planRoundRobin } from './weighted-round-robin';

export interface TeamLeadRequest {
  teamId: number;
  ruleId: number;
  ruleName: string;
  customerId: number;
  /** the owner the customer must still have (null: unowned), so a lead never gets two owners */
  expectedOwnerId: number | null;
  at: Date;
  actorId: number | null;
  via: string;
}

export type TeamLeadResult =
  | { kind: 'assigned'; memberId: number; locale: string; assignmentId: number; reason: AssignmentReason }
  /** someone else gave the customer an owner first (or merged it): nothing written */
  | { kind: 'taken' }
  /** nobody in the team can take a lead now (or the team is gone); the cursor did not move */
  | { kind: 'nobody'; teamExists: boolean; unavailable: Skipped[] };

/** Leads per batch: enough to amortise the lock under a burst, small enough to keep each statement short. */
const MAX_BATCH = 64;
/** Optimistic attempts before a batch falls back to planning under the lock (which always succeeds). */
const OPTIMISTIC_ATTEMPTS = 4;

type Plan = { outcome: Map<TeamLeadRequest, TeamLeadResult>; writes: RoundRobinWrite[]; nextCursor: number };

/** The batch's picks from a read of the team; customers in `taken` (or owned by someone else by now) are left alone. */
function plan(state: TeamState, requests: TeamLeadRequest[], taken: ReadonlySet<number>): Plan {
  const current = new Map(state.leads.map((l) => [l.id, l]));
  // a customer queued twice in one batch goes to the first request; the others find it taken
  const claimed = new Set<number>();
  const planned = requests.filter((r) => {
    const lead = current.get(r.customerId);
    if (!lead || taken.has(r.customerId) || lead.mergedIntoId !== null || lead.ownerId !== r.expectedOwnerId || claimed.has(r.customerId)) return false;
    claimed.add(r.customerId);
    return true;
  });
  const { picks, nextCursor } = planRoundRobin(
    state.members, state.team!.rrCursor,
    planned.map((r) => ({ at: r.at, opensLead: ['lead', 'pool'].includes(current.get(r.customerId)!.status) })),
  );
  const locale = new Map(state.members.map((m) => [m.id, m.locale]));
  const outcome = new Map<TeamLeadRequest, TeamLeadResult>();
  const writes: RoundRobinWrite[] = [];
  planned.forEach((r, i) => {
    const pick = picks[i];
    if (pick.memberId === null) {
      outcome.set(r, { kind: 'nobody', teamExists: true, unavailable: pick.unavailable });
      return;
    }
    const reason: AssignmentReason = { kind: 'round_robin', rule: r.ruleName, slot: pick.slot, cycle: pick.cycleLength, skipped: pick.skipped };
    outcome.set(r, { kind: 'assigned', memberId: pick.memberId, locale: locale.get(pick.memberId) ?? 'en', assignmentId: 0, reason });
    writes.push({
      customerId: r.customerId, memberId: pick.memberId, ruleId: r.ruleId, reason: formatReason(reason, 'en'),
      expectedOwnerId: r.expectedOwnerId, at: r.at, actorId: r.actorId, via: r.via,
    });
  });
  return { outcome, writes, nextCursor };
}

function results(requests: TeamLeadRequest[], p: Plan, written: Map<number, number>): TeamLeadResult[] {
  return requests.map((r): TeamLeadResult => {
    const result = p.outcome.get(r);
    if (!result) return { kind: 'taken' };
    if (result.kind !== 'assigned') return result;
    const assignmentId = written.get(r.customerId);
    // the write checked every customer before writing any, so this only guards against a broken invariant
    return assignmentId === undefined ? { kind: 'taken' } : { ...result, assignmentId };
  });
}

const noTeam = (requests: TeamLeadRequest[]) => requests.map((): TeamLeadResult => ({ kind: 'nobody', teamExists: false, unavailable: [] }));
const capped = (state: TeamState) => state.members.some((m) => m.maxOpenLeads !== null);

/**
 * Weighted round robin for concurrent callers (the jobs of one process): the leads of one team that arrive while that
 * team's previous batch is being written are assigned together, in arrival order. The batch is planned from a read
 * without any lock and written in ONE statement that holds the team's row lock only while it runs and writes only if
 * nothing changed since the read (else it is planned again from what that statement saw). So the lock is never held
 * across a round trip, other processes queue on it for milliseconds, and the team's order stays exact. A team with a
 * capped rep is planned under the lock instead, so open-lead counts are exact.
 */
export function createTeamRoundRobin(db: PrismaClient) {
  function underLock(teamId: number, requests: TeamLeadRequest[], ids: number[]): Promise<TeamLeadResult[]> {
    return db.$transaction(async (tx) => {
      const state = await readTeam(tx, teamId, ids, true);
      if (!state.team) return noTeam(requests);
      const p = plan(state, requests, new Set());
      return results(requests, p, await writeRoundRobin(tx, teamId, p.nextCursor, p.writes));
    }, { maxWait: 10_000, timeout: 15_000 });
  }

  async function runBatch(teamId: number, requests: TeamLeadRequest[]): Promise<TeamLeadResult[]> {
    const ids = [...new Set(requests.map((r) => r.customerId))];
    let state = await readTeam(db, teamId, ids, false);
    const taken = new Set<number>();
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt += 1) {
      if (!state.team) return noTeam(requests);
      if (capped(state)) break;
      const p = plan(state, requests, taken);
      if (!p.writes.length) return results(requests, p, new Map());
      const written = await writeIfUnchanged(db, teamId, { rrCursor: state.team.rrCursor, fingerprint: state.fingerprint }, p.nextCursor, p.writes);
      if (written.ok) return results(requests, p, written.assigned);
      for (const id of written.taken) taken.add(id);
      // usually only the cursor moved (another process's batch): plan again from it; else read the team again
      state = written.rrCursor !== null && written.fingerprint === state.fingerprint
        ? { ...state, team: { ...state.team, rrCursor: written.rrCursor } }
        : await readTeam(db, teamId, ids, false);
    }
    return underLock(teamId, requests, ids);
  }

  const batcher = createKeyedBatcher(runBatch, MAX_BATCH);
  return {
    /** Assigns one lead in its team's next batch; resolves when that batch is written. */
    assign: (request: TeamLeadRequest) => batcher.submit(request.teamId, request),
  };
}

export type TeamRoundRobin = ReturnType<typeof createTeamRoundRobin>;
