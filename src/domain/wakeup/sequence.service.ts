import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.repository';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { isLocale } from '../i18n';
import { optOutLevel } from '../intent/confidence';
import { skipPendingForEnrollments } from '../outbox/outbox.repository';
import type { OutboxService } from '../outbox/outbox.service';
import type { Actor } from '../team/actor';
import { findMemberById } from '../team/team-member.repository';
import {
  creditReply,
  customerBrief,
  customerEnrollments,
  enrollmentMessages,
  hasLiveEnrollments,
  liveEnrollment,
  pauseEnrollment,
  sequenceResults,
  setEnrollmentStatus,
  stopEnrollments,
} from './sequence.repository';
import { hotReplyNotice, likelyOptOutNotice } from './wakeup.messages';

const DAY = 86_400_000;
/** a reply this soon after the last message of a completed sequence still counts as its result */
const REPLY_CREDIT_DAYS = 30;

export type StopReason = 'replied' | 'opted_out' | 'claimed' | 're_engaged' | 'won' | 'manual';

/** Rep-facing side of wake-up sequences: see, pause, resume, stop; and stopping at once on domain events. */
export function createSequenceService(deps: {
  db: PrismaClient;
  outbox: () => OutboxService;
  customers: CustomerService;
  logger: Logger;
  now: () => Date;
}) {
  const { db } = deps;

  /** Stops every live enrollment of the customer and skips its unsent messages, in one transaction. */
  async function stop(customerId: number, reason: StopReason, at: Date, revived = false) {
    // every rep contact lands here; most customers have no sequence running
    if (!(await hasLiveEnrollments(db, customerId))) return [];
    return stopLive(customerId, reason, at, revived);
  }

  function stopLive(customerId: number, reason: StopReason, at: Date, revived: boolean) {
    return inTransaction(db, async (tx) => {
      const stopped = await stopEnrollments(tx, customerId, reason, at, revived);
      if (stopped.length) await skipPendingForEnrollments(tx, stopped.map((e) => e.id), `stopped: ${reason}`);
      return stopped;
    });
  }

  /** A reply: one statement credits a recently completed sequence and says whether a live one is left to stop. */
  async function onReply(customerId: number, at: Date) {
    const { credited, live } = await creditReply(db, customerId, at, new Date(at.getTime() - REPLY_CREDIT_DAYS * DAY));
    return { credited, stopped: live ? await stopLive(customerId, 'replied', at, true) : [] };
  }

  /**
   * A message that is probably, not certainly, an opt-out ("not interested", "stop"): nothing automated goes out
   * (the live sequence is paused, its unsent step dropped) and the owner decides: `/sequence … stop` or `resume`.
   */
  async function onLikelyOptOut(event: { communicationId: number; customerId: number; channel: string; text: string }) {
    const enrollment = await liveEnrollment(db, event.customerId);
    let paused = false;
    if (enrollment?.status === 'active') paused = await inTransaction(db, (tx) => pauseEnrollment(tx, enrollment.id));
    const customer = await customerBrief(db, event.customerId);
    if (!customer?.ownerId) return;
    const member = await findMemberById(db, customer.ownerId);
    const locale = member && isLocale(member.locale) ? member.locale : 'en';
    const text = likelyOptOutNotice(locale, { customerId: customer.id, customerName: customer.name, channel: event.channel, text: event.text, paused: paused || enrollment?.status === 'paused' });
    await deps.outbox().notifyOnce(`optout-check:${event.communicationId}`, customer.ownerId, { text, customerId: customer.id }, deps.now());
  }

  async function onBuyerMessage(event: { communicationId: number; customerId: number; channel: string; text: string; intents: string[]; confidence?: Record<string, number>; occurredAt: Date }) {
    const level = optOutLevel(event.intents, event.confidence);
    if (level === 'likely') return onLikelyOptOut(event);
    const optedOut = level === 'certain';
    const { stopped, credited } = optedOut
      ? { stopped: await stop(event.customerId, 'opted_out', event.occurredAt), credited: 0 }
      : await onReply(event.customerId, event.occurredAt);
    if (!stopped.length && !credited) return;
    const customer = await customerBrief(db, event.customerId);
    if (!customer?.ownerId) return;
    const member = await findMemberById(db, customer.ownerId);
    const locale = member && isLocale(member.locale) ? member.locale : 'en';
    const text = hotReplyNotice(locale, { customerId: customer.id, customerName: customer.name, channel: event.channel, text: event.text, optedOut });
    await deps.outbox().notifyOnce(`hot:${event.communicationId}`, customer.ownerId, { text, customerId: customer.id }, deps.now());
  }

  async function live(actor: Actor, ref: string) {
    const customer = await deps.customers.resolveVisible(actor, ref);
    return { customer, enrollment: await liveEnrollment(db, customer.id) };
  }

  return {
    stop,

    /** A buyer's message ends (or, for a likely opt-out, pauses) the customer's live sequence. */
    onBuyerMessage,
    /** What else ends a sequence at once (registered in domain/reactions.ts). */
    onOptedOut: async (e: { customerId: number }) => void (await stop(e.customerId, 'opted_out', deps.now())),
    onClaimed: async (e: { customerId: number }) => void (await stop(e.customerId, 'claimed', deps.now())),
    // a rep's own message or call re-engages the buyer; automated sends do not emit this event
    onContacted: async (e: { customerId: number; memberId: number | null; at: Date }) => void (e.memberId !== null && (await stop(e.customerId, 're_engaged', e.at))),
    onStage: async (e: { customerId: number; to: string }) => void (e.to === 'won' && (await stop(e.customerId, 'won', deps.now()))),

    /** A customer's sequences (newest first) with each step's message. */
    async status(actor: Actor, via: string, ref: string) {
      const customer = await deps.customers.resolveVisible(actor, ref);
      const enrollments = await customerEnrollments(db, customer.id);
      const latest = enrollments[0] ? { ...enrollments[0], messages: await enrollmentMessages(db, enrollments[0].id) } : null;
      await recordAudit(db, { actorId: actor.id, via, action: 'view', entityType: 'sequence', entityId: latest?.id ?? null, customerId: customer.id });
      return { customer, latest, previous: enrollments.length ? enrollments.length - 1 : 0 };
    },

    async pause(actor: Actor, via: string, ref: string) {
      const { customer, enrollment } = await live(actor, ref);
      if (!enrollment || enrollment.status !== 'active') throw new DomainError('SEQUENCE_NOT_ACTIVE', { customer: customer.name });
      await inTransaction(db, async (tx) => {
        if (!(await pauseEnrollment(tx, enrollment.id))) throw new DomainError('SEQUENCE_NOT_ACTIVE', { customer: customer.name });
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'sequence', entityId: enrollment.id, customerId: customer.id, details: { status: 'paused' } });
      });
      return { customer, enrollment };
    },

    async resume(actor: Actor, via: string, ref: string) {
      const { customer, enrollment } = await live(actor, ref);
      if (!enrollment || enrollment.status !== 'paused') throw new DomainError('SEQUENCE_NOT_PAUSED', { customer: customer.name });
      await inTransaction(db, async (tx) => {
        await setEnrollmentStatus(tx, enrollment.id, ['paused'], 'active');
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'sequence', entityId: enrollment.id, customerId: customer.id, details: { status: 'active' } });
      });
      return { customer, enrollment };
    },

    async stopByRep(actor: Actor, via: string, ref: string) {
      const { customer, enrollment } = await live(actor, ref);
      if (!enrollment) throw new DomainError('SEQUENCE_NOT_ACTIVE', { customer: customer.name });
      await stop(customer.id, 'manual', deps.now());
      await recordAudit(db, { actorId: actor.id, via, action: 'update', entityType: 'sequence', entityId: enrollment.id, customerId: customer.id, details: { status: 'stopped' } });
      return { customer, enrollment };
    },

    /**
     * For the reports: enrollments started in [from, to) — enrolled, reached (≥1 message), messages sent,
     * replied (a buyer message during or within 30 days after), opted out, revived (replied and then a deal moved).
     */
    results: (from: Date, to: Date) => sequenceResults(db, from, to),
  };
}

export type SequenceService = ReturnType<typeof createSequenceService>;
