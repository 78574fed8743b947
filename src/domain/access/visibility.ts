import type { DbClient } from '../db/client';
import { seesEverything, type Actor } from '../team/actor';
import { expandRegions } from '../team/regions';
import { managedMemberIds } from '../team/team-member.repository';

/**
 * Which customers an actor may read. The one rule every command, search, report, notification and export goes
 * through: a rep sees what they own (and, if the company allows it, their regions' unowned customers),
 * a manager their team's, directors and admins everything.
 */
export type CustomerScope = { kind: 'all' } | { kind: 'some'; ownerIds: number[]; unownedCountries: string[] };

export interface VisibilityPolicy {
  repsSeeRegionUnowned: boolean;
}

export async function customerScope(db: DbClient, actor: Actor, policy: VisibilityPolicy): Promise<CustomerScope> {
  if (seesEverything(actor)) return { kind: 'all' };
  const regionCountries = expandRegions(actor.regions);
  if (actor.role === 'manager') {
    const team = await managedMemberIds(db, actor.id);
    return { kind: 'some', ownerIds: [actor.id, ...team], unownedCountries: regionCountries };
  }
  return { kind: 'some', ownerIds: [actor.id], unownedCountries: policy.repsSeeRegionUnowned ? regionCountries : [] };
}

/** The same rule for one customer already loaded. */
export function scopeAllows(scope: CustomerScope, customer: { ownerId: number | null; country: string | null }): boolean {
  if (scope.kind === 'all') return true;
  if (customer.ownerId !== null) return scope.ownerIds.includes(customer.ownerId);
  return customer.country !== null && scope.unownedCountries.includes(customer.country);
}
