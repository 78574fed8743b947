import { recentAudits } from '../audit/audit-counts.repository';
import type { DbClient } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../team/actor';

/**
 * Duplicate checks a member may run from chat per hour (each `/new` and "create anyway", refused or not). Every check
 * against the whole book is a question "do we already have this buyer?", so a member guessing emails or phones at
 * speed is stopped here; a real rep capturing buyers by hand stays far below it (bulk capture is `crm import`).
 */
export const CAPTURE_CHECKS_PER_HOUR = 30;
const HOUR = 3_600_000;

export async function assertCaptureAllowed(db: DbClient, actor: Actor, now: Date = new Date()): Promise<void> {
  const { count, oldest } = await recentAudits(db, {
    actions: ['create', 'block'], entityType: 'customer', actorId: actor.id, since: new Date(now.getTime() - HOUR), via: { not: ['cli', 'import', 'job'] },
  });
  if (count < CAPTURE_CHECKS_PER_HOUR) return;
  const retryAt = new Date((oldest ?? now).getTime() + HOUR);
  throw new DomainError('RATE_LIMITED', { what: 'duplicate_check', limit: CAPTURE_CHECKS_PER_HOUR, windowMinutes: 60, retryMinutes: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000)) });
}
