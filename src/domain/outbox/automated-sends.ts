import { randomInt } from 'node:crypto';
import type { DbClient } from '../db/client';
import type { AutomatedSendPolicy } from '../channel-contract';
import { isWithinBusinessHours, nextSendTime, weeklyHours } from '../calendar/business-hours';
import type { OutboxRow } from './outbox.repository';
import type { PolicyDecision } from './outbox.service';

const DAY = 86_400_000;
/** outbox kinds a person did not send: what a channel's automated-send policy limits */
export const AUTOMATED_KINDS = ['wakeup', 'first_answer'] as const;

interface Counts {
  wrote: boolean;
  account: number;
  chat: number;
  lastAt: Date | null;
}

/**
 * The channel's rules for automated messages, checked just before one leaves (after the outbox claim): the buyer
 * wrote to this account before, the day's caps for the account and the chat, a random gap since the account's last
 * automated message, and the buyer's hours. One query. Null: send.
 */
export async function checkAutomatedSend(db: DbClient, policy: AutomatedSendPolicy | undefined, row: OutboxRow, zone: string | null, now: Date): Promise<PolicyDecision | null> {
  if (!policy) return null;
  const since = new Date(now.getTime() - DAY);
  const [counts] = await db.$queryRaw<Counts[]>`
    SELECT EXISTS (SELECT 1 FROM communications m WHERE m.contact_id = ${row.contactId}::int AND m.channel = ${row.channel}
                   AND m.direction = 'inbound') AS wrote,
           (SELECT count(*)::int FROM outbox o WHERE o.channel = ${row.channel} AND o.status = 'sent' AND o.sent_at >= ${since}
              AND o.member_id IS NULL AND o.payload->>'kind' = ANY(${[...AUTOMATED_KINDS]}::text[])) AS account,
           (SELECT count(*)::int FROM outbox o WHERE o.channel = ${row.channel} AND o.status = 'sent' AND o.sent_at >= ${since}
              AND o.contact_id = ${row.contactId}::int AND o.payload->>'kind' = ANY(${[...AUTOMATED_KINDS]}::text[])) AS chat,
           (SELECT max(o.sent_at) FROM outbox o WHERE o.channel = ${row.channel} AND o.status = 'sent' AND o.member_id IS NULL
              AND o.payload->>'kind' = ANY(${[...AUTOMATED_KINDS]}::text[])) AS "lastAt"`;
  if (policy.onlyPriorWriters && (row.contactId === null || !counts.wrote)) return { action: 'skip', reason: 'never_wrote' };
  if (counts.account >= policy.dailyCap || counts.chat >= policy.perChatDailyCap) {
    return { action: 'defer', until: new Date(now.getTime() + DAY / 4 + randomInt(0, 3_600_000)), reason: 'daily_cap' };
  }
  const [min, max] = policy.gapSeconds;
  const gapEnd = counts.lastAt ? counts.lastAt.getTime() + (min + randomInt(0, Math.max(1, max - min + 1))) * 1000 : 0;
  if (gapEnd > now.getTime()) return { action: 'defer', until: new Date(gapEnd), reason: 'automated_gap' };
  if (policy.buyerHours) {
    if (!zone) return { action: 'skip', reason: 'no_timezone' };
    const hours = weeklyHours(policy.buyerHours);
    if (!isWithinBusinessHours(now, zone, hours)) {
      return { action: 'defer', until: nextSendTime(now, zone, hours, { jitterMinutes: 30, random: randomInt(0, 1000) / 1000 }), reason: 'outside_buyer_hours' };
    }
  }
  return null;
}
