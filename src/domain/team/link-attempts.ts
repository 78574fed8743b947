import { recentAudits } from '../audit/audit-counts.repository';
import { recordAudit } from '../audit/audit.repository';
import type { DbClient } from '../db/client';
import { DomainError } from '../errors';
import { handleIndex } from './identity.repository';

/**
 * `/link` codes are 9 digits: guessing is only stopped by counting. Failed attempts are audited (by keyed hashes of
 * the account and the chat, never the handles themselves) and, past these limits in the window, refused unread.
 */
export const LINK_FAILURES_PER_ACCOUNT = 5;
/** a group chat holds several people, each may mistype once or twice */
export const LINK_FAILURES_PER_CHAT = 10;
export const LINK_WINDOW_MINUTES = 15;

type Account = { channel: string; externalId: string; chatId: string };
const keys = (a: Account) => ({ account: handleIndex(`${a.channel}:${a.externalId}`), chat: handleIndex(`${a.channel}:chat:${a.chatId}`) });

export async function assertLinkAllowed(db: DbClient, account: Account, now: Date = new Date()): Promise<void> {
  const since = new Date(now.getTime() - LINK_WINDOW_MINUTES * 60_000);
  const k = keys(account);
  const [byAccount, byChat] = await Promise.all([
    recentAudits(db, { actions: ['link_failed'], since, entityType: 'link_attempt', entityId: k.account }),
    recentAudits(db, { actions: ['link_failed'], since, entityType: 'link_attempt', detail: { key: 'chat', equals: k.chat } }),
  ]);
  const over = byAccount.count >= LINK_FAILURES_PER_ACCOUNT ? byAccount : byChat.count >= LINK_FAILURES_PER_CHAT ? byChat : null;
  if (!over) return;
  const retryAt = (over.oldest ?? now).getTime() + LINK_WINDOW_MINUTES * 60_000;
  throw new DomainError('RATE_LIMITED', {
    what: 'link', limit: byAccount.count >= LINK_FAILURES_PER_ACCOUNT ? LINK_FAILURES_PER_ACCOUNT : LINK_FAILURES_PER_CHAT,
    windowMinutes: LINK_WINDOW_MINUTES, retryMinutes: Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000)),
  });
}

export function recordLinkFailure(db: DbClient, account: Account, reason: 'invalid_or_expired'): Promise<void> {
  const k = keys(account);
  return recordAudit(db, { actorId: null, via: account.channel, action: 'link_failed', entityType: 'link_attempt', entityId: k.account, details: { chat: k.chat, reason } });
}
