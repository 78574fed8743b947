/**
 * Interleaved weighted round robin: one cycle visits every member once per "round" while their weight lasts,
 * so weights 3:2:1 for A, B, C give A-B-C-A-B-A (not A-A-A-B-B-C), then the cycle repeats.
 * Pure functions: the caller holds the team's row lock and stores the cursor.
 */
import type { Skipped } from './assignment-reason';
import { unavailability, type AvailabilityFacts } from './availability';

export interface RoundRobinMember {
  id: number;
  weight: number;
}

/** The member ids in cycle order. Members keep their given order inside each round. */
export function interleavedCycle(members: readonly RoundRobinMember[]): number[] {
  const positive = members.filter((m) => m.weight > 0);
  const rounds = Math.max(0, ...positive.map((m) => m.weight));
  const cycle: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const member of positive) if (member.weight > round) cycle.push(member.id);
  }
  return cycle;
}

export interface RoundRobinPick {
  memberId: number;
  /** 1-based slot in the cycle ("round robin 4/6") */
  slot: number;
  cycleLength: number;
  /** the cursor to store: the slot after the one taken */
  nextCursor: number;
  /** members passed over because they could not take a lead now */
  skipped: number[];
}

/**
 * The next member from `cursor` who can take a lead. Unavailable members are passed over without moving the others:
 * with A off, A-B-C-A-B-A behaves as B-C-B. Null when nobody in the cycle is available.
 */
export function pickNext(cycle: readonly number[], cursor: number, available: (memberId: number) => boolean): RoundRobinPick | null {
  const length = cycle.length;
  if (!length) return null;
  const start = ((cursor % length) + length) % length;
  const skipped: number[] = [];
  for (let step = 0; step < length; step += 1) {
    const index = (start + step) % length;
    const memberId = cycle[index];
    if (available(memberId)) return { memberId, slot: index + 1, cycleLength: length, nextCursor: (index + 1) % length, skipped };
    if (!skipped.includes(memberId)) skipped.push(memberId);
  }
  return null;
}

/** A member of the cycle with what availability needs; `openLeads` is counted only where a cap is set. */
export interface CycleMember extends AvailabilityFacts {
  id: number;
  name: string;
  weight: number;
}

export interface PlannedLead {
  at: Date;
  /** the lead will count towards its owner's open leads (status lead), so a cap can be reached inside one batch */
  opensLead: boolean;
}

export type PlannedPick =
  | { memberId: number; slot: number; cycleLength: number; skipped: Skipped[] }
  | { memberId: null; cycleLength: number; unavailable: Skipped[] };

/**
 * Several leads of one team in arrival order, as if assigned one after another: each takes the next available slot
 * from the cursor left by the one before, and a rep who reaches their cap inside the batch is skipped from then on.
 * `members` in id order (the cycle order). Pure: the caller holds the team lock and stores `nextCursor`.
 */
export function planRoundRobin(members: readonly CycleMember[], cursor: number, leads: readonly PlannedLead[]) {
  const inCycle = members.filter((m) => m.weight > 0).map((m) => ({ ...m }));
  const byId = new Map(inCycle.map((m) => [m.id, m]));
  const cycle = interleavedCycle(inCycle);
  let nextCursor = cursor;
  const picks: PlannedPick[] = leads.map((lead) => {
    const why = (id: number) => unavailability(byId.get(id)!, lead.at);
    const pick = pickNext(cycle, nextCursor, (id) => why(id) === null);
    if (!pick) {
      const unavailable = inCycle.map((m) => ({ name: m.name, why: why(m.id) ?? ('off' as const) }));
      return { memberId: null, cycleLength: cycle.length, unavailable };
    }
    nextCursor = pick.nextCursor;
    if (lead.opensLead) byId.get(pick.memberId)!.openLeads += 1;
    const skipped = pick.skipped.map((id) => ({ name: byId.get(id)!.name, why: why(id)! }));
    return { memberId: pick.memberId, slot: pick.slot, cycleLength: pick.cycleLength, skipped };
  });
  return { picks, nextCursor };
}
