import type { Locale } from '../i18n';

export type Role = 'rep' | 'manager' | 'director' | 'admin';
export const ROLES: readonly Role[] = ['rep', 'manager', 'director', 'admin'];

/** A linked team member acting in a chat or from the CLI. Strangers have no Actor. */
export interface Actor {
  id: number;
  name: string;
  displayName: string;
  role: Role;
  regions: string[];
  productLines: string[];
  locale: Locale;
  timezone: string;
  managerId: number | null;
  teamId: number | null;
}

export function isManagerOrAbove(actor: Actor): boolean {
  return actor.role !== 'rep';
}

export function seesEverything(actor: Actor): boolean {
  return actor.role === 'director' || actor.role === 'admin';
}
