import type { Logger } from '../../logger';
import { DEFAULT_BUSINESS_HOURS, nextOpening, scheduleFor } from '../calendar/business-hours';
import type { PrismaClient } from '../db/client';
import { insideReplyWindow, type ChannelCapabilities } from '../channel-contract';
import type { OutboxRow } from '../outbox/outbox.repository';
import { checkAutomatedSend } from '../outbox/automated-sends';
import { outboxPayloadSchema, type OutboxPolicy, type OutboxService, type PolicyDecision } from '../outbox/outbox.service';
import { resolveTimezone } from '../normalize/timezone';
import { readSetting, writeSetting } from '../settings/settings.repository';
import { SLA_SETTINGS_KEY, slaSettingsSchema } from '../sla/sla.settings';
import { openerFacts, opensConversation, ownerSchedule, recordFirstAnswer, sendState } from './first-answer.repository';
import { FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema, type FirstAnswerSettings } from './first-answer.settings';
import { firstAnswerText, isFirstAnswerLanguage, type FirstAnswerLanguage } from './first-answer.texts';
import { editFirstAnswer, type FirstAnswerChange } from './first-answer.edit';
import type { Actor } from '../team/actor';

export type FirstAnswerOutcome = 'queued' | 'exists' | 'off' | 'not_a_buyer_message' | 'not_new' | 'opted_out' | 'not_customer_facing' | string;

/** The outbox key of a conversation's first answer: one per opening message, so retries and redeliveries send it once. */
export const firstAnswerKey = (communicationId: number) => `first-answer:${communicationId}`;

/**
 * The first answer to a buyer who opens a conversation (no message from them in the quiet days before): who will
 * answer (the owner, or "our sales team" while the lead waits in the pool) and when (shortly inside the owner's
 * working hours, else the next opening of their team's calendar). Planned after routing, so the owner is known;
 * sent through the outbox (key per opening message) with the channel's automated-send policy checked at send time.
 */
export function createFirstAnswer(deps: {
  db: PrismaClient;
  outbox: () => OutboxService;
  capabilities: (channel: string) => ChannelCapabilities | undefined;
  defaultTimezone: string;
  logger: Logger;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function when(ownerId: number | null, at: Date): Promise<{ owner: string | null; opensAt: Date | null; ownerZone: string }> {
    const sla = await readSetting(db, SLA_SETTINGS_KEY, slaSettingsSchema);
    const member = ownerId ? await ownerSchedule(db, ownerId) : null;
    const live = member && member.status !== 'left' ? member : null;
    const schedule = scheduleFor(live?.team ?? null, { timezone: live?.timezone ?? deps.defaultTimezone, hours: sla.businessHours ?? DEFAULT_BUSINESS_HOURS });
    const opening = nextOpening(schedule, at);
    // inside working hours (or no calendar at all): "shortly"
    const opensAt = opening && opening.getTime() > at.getTime() ? opening : null;
    return { owner: live?.displayName ?? null, opensAt, ownerZone: schedule.timezone };
  }

  const policy: OutboxPolicy = {
    async check(row: OutboxRow, at: Date): Promise<PolicyDecision> {
      const state = await sendState(db, row.customerId, row.contactId, row.channel);
      if (state.optedOut) return { action: 'skip', reason: 'opted_out' };
      const capabilities = deps.capabilities(row.channel);
      // a channel with a reply window (the WhatsApp Business Platform): free text only within it of the buyer's last message
      const windowHours = capabilities?.replyWindowHours ?? null;
      if (!insideReplyWindow(windowHours, state.lastInboundAt, at)) {
        return { action: 'skip', reason: 'reply_window' };
      }
      const payload = outboxPayloadSchema.parse(row.payload ?? {});
      return (await checkAutomatedSend(db, capabilities?.automated, row, payload.zone ?? null, at)) ?? { action: 'send' };
    },
    async sent(row: OutboxRow, at: Date) {
      const payload = outboxPayloadSchema.parse(row.payload ?? {});
      await recordFirstAnswer(db, { customerId: row.customerId, contactId: row.contactId, channel: row.channel, chatId: row.chatId, text: row.text, language: payload.language ?? null, at });
    },
  };

  return {
    policy,

    /** After a buyer's message (and its routing): the first answer if the message opens a conversation. */
    async plan(communicationId: number): Promise<FirstAnswerOutcome> {
      const { setting, facts } = await openerFacts(db, communicationId, FIRST_ANSWER_SETTINGS_KEY);
      const settings = firstAnswerSettingsSchema.parse(setting);
      if (!settings.enabled) return 'off';
      if (!facts) return 'not_a_buyer_message';
      if (!opensConversation(facts, settings.quietDays)) return 'not_new';
      if (facts.optedOut || facts.intents.includes('opt_out')) return 'opted_out';
      if (!deps.capabilities(facts.channel)?.customerFacing) return 'not_customer_facing';
      const at = now();
      const { owner, opensAt, ownerZone } = await when(facts.ownerId, at);
      const buyerZone = facts.zone ?? resolveTimezone(null, facts.country) ?? null;
      const language: FirstAnswerLanguage = isFirstAnswerLanguage(facts.language) ? facts.language : 'en';
      const text = firstAnswerText({ language, template: settings.texts[language], owner, opensAt, zone: buyerZone ?? ownerZone });
      const outcome = await deps.outbox().sendLater({
        dedupeKey: firstAnswerKey(communicationId), channel: facts.channel, chatId: facts.chatId, text,
        customerId: facts.customerId, contactId: facts.contactId, dueAt: at,
        payload: { kind: 'first_answer', language, ...(buyerZone ? { zone: buyerZone } : {}) },
      }, at);
      deps.logger.debug({ communicationId, outcome }, 'first answer planned');
      return outcome;
    },

    settings: () => readSetting(db, FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema),
    saveSettings: (value: FirstAnswerSettings) => writeSetting(db, FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema, value),
    /** `/firstanswer on|off` and `/firstanswer <lang> <text>` (admins; see first-answer.edit) */
    edit: (actor: Actor, via: string, change: FirstAnswerChange) => editFirstAnswer(db, actor, via, change),
  };
}

export type FirstAnswer = ReturnType<typeof createFirstAnswer>;
