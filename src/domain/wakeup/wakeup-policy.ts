import { insideReplyWindow, type ChannelCapabilities } from '../channel-contract';
import { randomInt } from 'node:crypto';
import type { Logger } from '../../logger';
import type { PrismaClient } from '../db/client';
import { isLocale } from '../i18n';
import type { OutboxRow } from '../outbox/outbox.repository';
import { outboxPayloadSchema, type OutboxPolicy, type OutboxService, type PolicyDecision } from '../outbox/outbox.service';
import { findMemberById } from '../team/team-member.repository';
import { isWithinBusinessHours, nextSendTime } from '../calendar/business-hours';
import { customerBrief, recordWakeupSent, sendState } from './sequence.repository';
import { readWakeupSettings, type WakeupSettings } from './wakeup.settings';
import { skipNotice } from './wakeup.messages';
import { checkAutomatedSend } from '../outbox/automated-sends';

const DAY = 86_400_000;
/** settings are read at most this often per process on the send path (an edit applies within seconds) */
const SETTINGS_TTL_MS = 5_000;

/**
 * The last word before a wake-up message leaves, checked after the outbox claim (so a stop that committed
 * first always wins): the sequence is still active, nobody opted out, it is business hours where the buyer is,
 * and no other automated message reached them within the minimum gap. One query for all of it: it runs per send.
 */
export function createWakeupPolicy(deps: {
  db: PrismaClient;
  outbox: () => OutboxService;
  logger: Logger;
  stop: (customerId: number, reason: string, at: Date) => Promise<unknown>;
  /** what the channel can do now: its reply window is checked again at send time (the plan was made days before) */
  capabilities?: (channel: string) => ChannelCapabilities | undefined;
}): OutboxPolicy {
  const { db } = deps;
  let cached: { settings: WakeupSettings; until: number } | null = null;
  async function settings() {
    if (!cached || cached.until < Date.now()) cached = { settings: await readWakeupSettings(db), until: Date.now() + SETTINGS_TTL_MS };
    return cached.settings;
  }

  return {
    async check(row: OutboxRow, now: Date): Promise<PolicyDecision> {
      if (!row.enrollmentId || !row.customerId) return { action: 'skip', reason: 'stopped: missing' };
      const state = await sendState(db, row.id, row.enrollmentId, row.customerId, row.contactId, row.channel);
      if (state.status !== 'active') return { action: 'skip', reason: `stopped: ${state.stopReason ?? state.status ?? 'missing'}` };
      if (state.contactGone || state.customerOptedOut) {
        await deps.stop(row.customerId, 'opted_out', now);
        return { action: 'skip', reason: 'opted_out' };
      }
      const payload = outboxPayloadSchema.parse(row.payload ?? {});
      const capabilities = deps.capabilities?.(row.channel);
      const windowHours = capabilities?.replyWindowHours ?? null;
      // free text only inside the channel's reply window (an approved template may go outside it)
      if (!payload.template && !insideReplyWindow(windowHours, state.lastInboundAt, now)) {
        return { action: 'skip', reason: 'reply_window' };
      }
      const { minGapDays, businessHours, tailMinutes } = await settings();
      const zone = payload.zone;
      if (!zone) return { action: 'skip', reason: 'no_timezone' };
      const gapEnd = state.lastAutomatedAt ? state.lastAutomatedAt.getTime() + minGapDays * DAY : 0;
      if (gapEnd > now.getTime() || !isWithinBusinessHours(now, zone, businessHours)) {
        // late (crash, Redis loss, clock jump) or too soon after another message: the next proper moment
        const until = nextSendTime(new Date(Math.max(gapEnd, now.getTime())), zone, businessHours, {
          jitterMinutes: 30,
          tailMinutes,
          random: randomInt(0, 1000) / 1000,
        });
        return { action: 'defer', until, reason: gapEnd > now.getTime() ? 'min_gap' : 'outside_business_hours' };
      }
      // the channel's own limits on automated messages (whatsapp-web.js: only to numbers that wrote before, caps, gaps)
      return (await checkAutomatedSend(db, capabilities?.automated, row, zone, now)) ?? { action: 'send' };
    },

    async sent(row: OutboxRow, at: Date) {
      const payload = outboxPayloadSchema.parse(row.payload ?? {});
      await recordWakeupSent(db, {
        enrollmentId: row.enrollmentId!, lastStep: payload.lastStep === true, customerId: row.customerId, contactId: row.contactId,
        channel: row.channel, chatId: row.chatId, text: row.text, language: payload.language ?? null, at,
      });
    },

    async skipped(row: OutboxRow, reason: string, now: Date) {
      if (reason.startsWith('stopped') || !row.customerId) return;
      const customer = await customerBrief(db, row.customerId);
      if (!customer?.ownerId) return;
      const member = await findMemberById(db, customer.ownerId);
      const locale = member && isLocale(member.locale) ? member.locale : 'en';
      const text = skipNotice(locale, reason, { customerId: row.customerId, customerName: customer.name, step: row.step ?? 0, detail: row.channel });
      await deps.outbox().notifyOnce(`notice:outbox:${row.id}`, customer.ownerId, { text, customerId: row.customerId }, now);
    },
  };
}
