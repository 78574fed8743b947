import type { DbClient } from '../db/client';

/**
 * The weekly digest's dedupe row (an outbox row, unique key): true only for the first claimer of the key. Written as
 * 'skipped' so the outbox sender never picks it up: the digest carries chart files and is sent directly.
 */
export async function claimDigest(db: DbClient, key: string, memberId: number, now: Date): Promise<boolean> {
  const created = await db.outbox.createMany({
    // a member id, not a chat: nothing personal to seal
    data: [{ dedupeKey: key, channel: 'member', chatId: String(memberId), text: 'weekly report digest', status: 'skipped', lastError: 'in progress', dueAt: now }],
    skipDuplicates: true,
  });
  return created.count === 1;
}

export async function finishDigest(db: DbClient, key: string, outcome: { sentAt: Date } | { error: string }): Promise<void> {
  await db.outbox.update({
    where: { dedupeKey: key },
    data: 'sentAt' in outcome ? { status: 'sent', sentAt: outcome.sentAt } : { status: 'failed', lastError: outcome.error.slice(0, 500) },
  });
}

export function activeManagers(db: DbClient) {
  return db.teamMember.findMany({ where: { role: 'manager', status: { not: 'left' } }, orderBy: { id: 'asc' } });
}
