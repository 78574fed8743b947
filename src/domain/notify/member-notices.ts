import type { OutboxService } from '../outbox/outbox.service';
import type { MemberNotification } from '../outbound/notifier';

/**
 * Notices to team members (a transfer request, an approval card, its decision) leave through the outbox: one row per
 * key, so a repeated flow or job tells nobody twice, and a channel that is down delays the notice instead of losing it
 * (retries and send limits of the outbox; at least once across a crash, see AFTER_UNCONFIRMED_SEND).
 */
export interface MemberNotices {
  tell(key: string, memberId: number, notification: MemberNotification & { customerId?: number | null }): Promise<void>;
}

export function createMemberNotices(outbox: () => OutboxService, now: () => Date = () => new Date()): MemberNotices {
  return {
    // sent at once, as the member is usually waiting for it (an approval card after /quote); a refused send is
    // queued for the outbox's retries, a second call with the same key sends nothing
    async tell(key, memberId, notification) {
      const result = await outbox().notifyOnce(key, memberId, { ...notification, kind: 'notice' }, now());
      if ((result.outcome === 'retry' || result.outcome === 'deferred') && 'dueAt' in result) {
        const row = await outbox().byKey(key);
        if (row) await outbox().queueDelivery([{ id: row.id, dueAt: result.dueAt }]);
      }
    },
  };
}
