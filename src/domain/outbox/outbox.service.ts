import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../../logger';
import type { DbClient, PrismaClient } from '../db/client';
import { SendOutcomeUnknownError, type DeliveryReport, type OutboundButton, type OutboundFile } from '../channel-contract';
import type { Messenger } from '../outbound/messenger';
import type { Notifier } from '../outbound/notifier';
import { readRateLimits } from './rate-limits';
import { unsubscribeToken } from '../crypto/unsubscribe-token';
import { attemptsToOutlast, backoffDelay, type BackoffPolicy } from '../retry-backoff';
import { outboundOfReply, replyPayloadShape, storedFileSchema, toOutboundFiles, toStoredFiles } from './reply-payload';
import {
  claimOutbox,
  claimPlainNoticesFor,
  clearOutboxContent,
  finishOutbox,
  findOutboxById,
  findOutboxByKey,
  insertOutboxRows,
  insertOutboxRowsBulk,
  markSendStarted,
  outboxNeedingJobs,
  recordOutboxDelivery,
  releaseOutbox,
  type NewOutboxRow,
  type OutboxRow,
} from './outbox.repository';

/** What an outbox row is for; the kind picks the policy consulted just before the send. */
export const outboxPayloadSchema = z.object({
  kind: z.enum(['wakeup', 'nudge', 'digest', 'notice', 'reply', 'first_answer', 'rep_message']),
  buttons: z
    .array(z.object({ label: z.string(), action: z.string(), value: z.string().optional(), style: z.enum(['primary', 'danger']).optional() }))
    .optional(),
  /** an approved platform template (sent outside a reply window) */
  template: z.object({ name: z.string(), language: z.string(), parameters: z.array(z.string()).optional() }).optional(),
  /** buyer messages: the zone their business hours are checked in at send time, and the language written */
  zone: z.string().optional(),
  language: z.string().optional(),
  /** the sequence's last step: sending it completes the enrollment */
  lastStep: z.boolean().optional(),
  /** files sent with the text (a chart, a PDF), kept only until the row is finished */
  files: z.array(storedFileSchema).optional(),
  ...replyPayloadShape,
});
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;

export type PolicyDecision = { action: 'send' } | { action: 'skip'; reason: string } | { action: 'defer'; until: Date; reason: string };

/** Rules of one kind of row, checked after the claim and told the outcome (e.g. the wake-up sequence's rules). */
export interface OutboxPolicy {
  check(row: OutboxRow, now: Date): Promise<PolicyDecision>;
  /** `externalId`: the platform's id of the message, where it gives one */
  sent?(row: OutboxRow, at: Date, externalId: string | null): Promise<void>;
  skipped?(row: OutboxRow, reason: string, now: Date): Promise<void>;
}

export type DeliverOutcome =
  | { outcome: 'sent' | 'skipped' | 'failed' | 'not_claimed' | 'unconfirmed' }
  | { outcome: 'deferred' | 'retry' | 'not_due'; dueAt: Date };

export interface DeliverOptions {
  now: Date;
  /**
   * waits for the channel's rate limit; buyer messages are sent through it. It throws SendSlotLater when the slot is
   * far off: the row goes back to pending for that time, and the try does not count as an attempt.
   */
  throttle?: (channel: string) => Promise<void>;
  workerId?: string;
}

export const OUTBOX_LEASE_MS = 5 * 60_000;
/** a member's plain notices sent as one message: at most this many, within this many characters (Telegram: 4,096) */
export const NOTICES_TOGETHER = 20;
const NOTICE_CHARS = 3_500;
export const NOTICE_SEPARATOR = '\n\n· · ·\n\n';

/**
 * What happens to a row whose sender died after calling the platform and before recording the outcome (the platform
 * may or may not have delivered it). No adapter can ask its platform whether a message was delivered (the Telegram
 * Bot API has no such lookup; Slack and WhatsApp Web could, and would be the place to reconcile), so the row is not
 * sent blindly again: it becomes 'unconfirmed' (at most once). Buyer wake-ups, nudges and digests: a second copy is
 * worse than a lost one. The owner's notice of a buyer message is the exception (at least once): a lost notice is a
 * lost lead, a doubled one costs a glance.
 */
export const AFTER_UNCONFIRMED_SEND: Record<OutboxPayload['kind'], 'resend' | 'give_up'> = {
  wakeup: 'give_up',
  first_answer: 'give_up',
  nudge: 'give_up',
  digest: 'give_up',
  notice: 'resend',
  // a reply the member may or may not have seen: they can ask again; repeating it would tell them twice
  reply: 'give_up',
  // a rep's message to a buyer: a second copy reads as a glitch; the rep sees the chat and can send again
  rep_message: 'give_up',
};

/** 1, 2, 4, 8 min, then every 10 min: a channel down for up to ~45 min is waited out (8 attempts) */
export const OUTBOX_RETRY: BackoffPolicy = { initialMs: 60_000, maxMs: 10 * 60_000 };
export const OUTBOX_MAX_ATTEMPTS = 8;
/** a member waits for a command's reply: 2, 4, 8 s … then every 10 min, ~45 min in all (attemptsToOutlast) */
export const REPLY_RETRY: BackoffPolicy = { initialMs: 2_000, maxMs: 10 * 60_000 };
export const REPLY_MAX_ATTEMPTS = attemptsToOutlast(REPLY_RETRY, 45 * 60_000);
/** a person waits for these (a command's answer, their own message to a buyer): retried soon, and not throttled */
const isPersonal = (kind: OutboxPayload['kind']) => kind === 'reply' || kind === 'rep_message';
const retryOf = (kind: OutboxPayload['kind']) =>
  isPersonal(kind) ? { policy: REPLY_RETRY, max: REPLY_MAX_ATTEMPTS } : { policy: OUTBOX_RETRY, max: OUTBOX_MAX_ATTEMPTS };

/**
 * Exactly-once effect on at-least-once jobs: a row (unique dedupe key) exists before anything is sent; a send
 * happens only after a conditional claim (pending → sending); the row is marked sent by the claimer. Replays,
 * duplicates and a second worker find nothing to claim; a crashed worker's claim expires and is taken over.
 */
export function createOutboxService(deps: {
  db: PrismaClient;
  messenger: Messenger;
  notifier: Notifier;
  logger: Logger;
  policies: () => Partial<Record<OutboxPayload['kind'], OutboxPolicy>>;
}) {
  const { db, messenger, notifier, logger } = deps;
  const processId = randomUUID().slice(0, 8);

  function payloadOf(row: OutboxRow): OutboxPayload {
    const parsed = outboxPayloadSchema.safeParse(row.payload ?? {});
    return parsed.success ? parsed.data : { kind: 'notice' };
  }

  /** `started` records the attempt; it runs right before the platform is called (after any rate-limit wait). */
  async function send(row: OutboxRow, payload: OutboxPayload, options: DeliverOptions, started: () => Promise<void>): Promise<string | null> {
    const buttons = payload.buttons as OutboundButton[] | undefined;
    const files = toOutboundFiles(payload.files);
    if (row.memberId !== null) {
      await started();
      const channel = await notifier.notifyMember(row.memberId, { text: row.text, buttons, files });
      if (!channel) throw new UnreachableError('member has no reachable chat account');
      return null;
    }
    // someone is waiting for it: not held back by the automated buyer messages' send rate
    if (!isPersonal(payload.kind)) await options.throttle?.(row.channel);
    await started();
    // a wake-up can be declined in one click where the channel offers it (email's List-Unsubscribe)
    const unsubscribe = payload.kind === 'wakeup' && row.contactId !== null ? { unsubscribe: { token: unsubscribeToken(row.contactId) } } : {};
    const message = payload.kind === 'reply'
      ? outboundOfReply(row, payload)
      : { channel: row.channel, chatId: row.chatId, threadId: payload.threadId, text: row.text, buttons, files, template: payload.template, ...unsubscribe };
    const sent = await messenger.send(message);
    return sent.externalIds[0] ?? null;
  }

  // a finished row keeps no files, and a person's message no text either: the timeline has it (see clearOutboxContent)
  async function forgetContent(row: OutboxRow, payload: OutboxPayload): Promise<void> {
    if (!isPersonal(payload.kind) && !payload.files) return;
    const kept = isPersonal(payload.kind) ? { kind: payload.kind } : { ...payload, files: undefined };
    await clearOutboxContent(db, row.id, kept, isPersonal(payload.kind) ? '' : row.text)
      .catch((err) => logger.error({ err, outbox: row.id }, 'could not clear a finished outbox row'));
  }

  /**
   * A member's plain notices that are due together leave as one message (oldest first): a burst of buyer messages
   * would otherwise be one chat message each, and Telegram takes 1 message/s per chat, so a rep's tenth new lead
   * waited behind a minute of notices (and the rep scrolled through them).
   */
  async function noticesGoingWith(row: OutboxRow, payload: OutboxPayload, now: Date, workerId: string): Promise<OutboxRow[]> {
    if (row.memberId === null || payload.kind !== 'notice' || payload.buttons?.length || payload.files?.length) return [];
    return claimPlainNoticesFor(db, row.memberId, row.id, now, {
      leaseUntil: new Date(now.getTime() + OUTBOX_LEASE_MS), workerId, limit: NOTICES_TOGETHER - 1,
      maxChars: NOTICE_CHARS - row.text.length - NOTICES_TOGETHER * NOTICE_SEPARATOR.length,
    }).catch((err: unknown) => (logger.warn({ err, outbox: row.id }, 'could not gather waiting notices; sending one'), []));
  }

  async function deliver(id: number, options: DeliverOptions): Promise<DeliverOutcome> {
    const { now } = options;
    const workerId = options.workerId ?? `${processId}-${randomUUID().slice(0, 8)}`;
    const row = await claimOutbox(db, id, now, new Date(now.getTime() + OUTBOX_LEASE_MS), workerId);
    if (!row) return { outcome: 'not_claimed' };
    const payload = payloadOf(row);
    const policy = deps.policies()[payload.kind];
    const finish = async (outcome: Parameters<typeof finishOutbox>[3]) => {
      if (await finishOutbox(db, id, workerId, outcome)) await forgetContent(row, payload);
    };
    if (row.sendStartedAt && AFTER_UNCONFIRMED_SEND[payload.kind] === 'give_up') {
      const reason = 'unconfirmed: the sender stopped after calling the platform; not sent again (at most once)';
      await finish({ status: 'unconfirmed', at: now, error: reason });
      logger.warn({ outbox: id, kind: payload.kind }, 'outbox row left unconfirmed after a crash mid-send');
      await policy?.skipped?.(row, reason, now);
      return { outcome: 'unconfirmed' };
    }
    const decision = policy ? await policy.check(row, now) : ({ action: 'send' } as const);
    if (decision.action === 'skip') {
      await finish({ status: 'skipped', at: now, error: decision.reason });
      await policy?.skipped?.(row, decision.reason, now);
      return { outcome: 'skipped' };
    }
    if (decision.action === 'defer') {
      await releaseOutbox(db, id, workerId, decision.until, decision.reason);
      return { outcome: 'deferred', dueAt: decision.until };
    }
    const companions = await noticesGoingWith(row, payload, now, workerId);
    // the companions' own jobs found them claimed and ended: a companion given back needs a job again
    const releaseCompanions = async (dueAt: Date, error: string, options?: { notAnAttempt?: boolean }) => {
      for (const other of companions) await releaseOutbox(db, other.id, workerId, dueAt, error, options);
      if (companions.length && deliverySink) await deliverySink(companions.map((other) => ({ id: other.id, dueAt })));
    };
    const finishCompanions = async (outcome: Parameters<typeof finishOutbox>[3]) => {
      for (const other of companions) await finishOutbox(db, other.id, workerId, outcome);
    };
    try {
      const started = async () => {
        if (!(await markSendStarted(db, id, workerId, new Date()))) throw new LostClaimError('the claim was taken over before the send');
        // a companion taken over meanwhile (its lease ran out) is sent by both: notices are at least once
        for (const other of companions) await markSendStarted(db, other.id, workerId, new Date());
      };
      const outgoing = companions.length ? { ...row, text: [row, ...companions].sort((a, b) => a.id - b.id).map((r) => r.text).join(NOTICE_SEPARATOR) } : row;
      const externalId = await send(outgoing, payload, options, started);
      // the send happened: from here on nothing may turn it into a retry
      const at = now;
      await finish({ status: 'sent', at, externalId: externalId ?? undefined });
      await finishCompanions({ status: 'sent', at });
      await policy?.sent?.(row, at, externalId).catch((err) => logger.error({ err, outbox: id }, 'after-send bookkeeping failed'));
      return { outcome: 'sent' };
    } catch (error) {
      if (error instanceof LostClaimError) {
        await releaseCompanions(now, 'sent with a notice whose claim was lost', { notAnAttempt: true });
        return { outcome: 'not_claimed' };
      }
      if (error instanceof SendSlotLater) {
        const dueAt = new Date(now.getTime() + error.delayMs);
        // (a buyer's row: a member's notices, the only rows sent together, are not held to the channel's send rate)
        await releaseOutbox(db, id, workerId, dueAt, 'waits for the send rate', { notAnAttempt: true });
        return { outcome: 'deferred', dueAt };
      }
      if (error instanceof SendOutcomeUnknownError && AFTER_UNCONFIRMED_SEND[payload.kind] === 'give_up') {
        const reason = `unconfirmed: ${error.message}; not sent again (at most once)`;
        await finishOutbox(db, id, workerId, { status: 'unconfirmed', at: now, error: reason });
        logger.warn({ outbox: id, kind: payload.kind }, 'outbox row left unconfirmed: the sender died mid-send');
        await policy?.skipped?.(row, reason, now);
        return { outcome: 'unconfirmed' };
      }
      const message = error instanceof Error ? error.message : String(error);
      const retry = retryOf(payload.kind);
      if (error instanceof UnreachableError || row.attempts >= retry.max) {
        await finish({ status: 'failed', at: now, error: message });
        await policy?.skipped?.(row, `failed: ${message}`, now);
        // a companion has attempts of its own left: it is tried again on its own schedule
        if (error instanceof UnreachableError) await finishCompanions({ status: 'failed', at: now, error: message });
        else await releaseCompanions(new Date(now.getTime() + backoffDelay(retry.policy, 1)), message);
        return { outcome: 'failed' };
      }
      const dueAt = new Date(now.getTime() + backoffDelay(retry.policy, row.attempts));
      await releaseOutbox(db, id, workerId, dueAt, message);
      await releaseCompanions(dueAt, message);
      logger.warn({ outbox: id, err: error, dueAt }, 'outbox send failed; will retry');
      return { outcome: 'retry', dueAt };
    }
  }

  // where rows go to be delivered by a durable job (the app attaches its queue); none: delivered here, at once
  let deliverySink: ((rows: { id: number; dueAt: Date }[]) => Promise<void>) | null = null;

  return {
    /** Hands rows to the delivery queue when the app runs jobs; false without (the outbox sweep finds them later). */
    async queueDelivery(rows: { id: number; dueAt: Date }[]): Promise<boolean> {
      if (!deliverySink) return false;
      await deliverySink(rows);
      return true;
    },

    /** Sends new rows' deliveries to a durable queue from now on (notifyLater); called once by the app with jobs. */
    attachDelivery(sink: (rows: { id: number; dueAt: Date }[]) => Promise<void>) {
      deliverySink = sink;
    },

    /**
     * Tells a team member something once per key, through a delivery job when the app runs jobs: the caller does
     * not wait for the channel (a notice then survives a crash, a stop or a channel outage, and leaves with the
     * outbox's retries and send limits). Without jobs it is delivered at once, like notifyOnce.
     */
    async notifyLater(
      key: string,
      memberId: number,
      message: { text: string; buttons?: OutboxPayload['buttons']; files?: OutboundFile[]; kind?: OutboxPayload['kind']; customerId?: number | null },
      now: Date,
    ): Promise<'queued' | 'exists' | DeliverOutcome['outcome']> {
      const [created] = await insertOutboxRows(db, [
        {
          dedupeKey: key, channel: 'member', chatId: String(memberId), memberId, customerId: message.customerId ?? null,
          text: message.text, payload: { kind: message.kind ?? 'notice', buttons: message.buttons, files: toStoredFiles(message.files) }, dueAt: now,
        },
      ]);
      if (!created) return 'exists';
      if (!deliverySink) return (await deliver(created.id, { now })).outcome;
      await deliverySink([created]);
      return 'queued';
    },

    /**
     * A message to a buyer, once per key: the row is stored, then delivered by a durable job when the app runs jobs
     * (else at once). An existing key sends nothing again (a redelivered message, a retried job).
     */
    async sendLater(row: NewOutboxRow, now: Date): Promise<'queued' | 'exists' | DeliverOutcome['outcome']> {
      const [created] = await insertOutboxRows(db, [row]);
      if (!created) return 'exists';
      if (created.status !== 'pending') return 'skipped';
      if (!deliverySink) return (await deliver(created.id, { now })).outcome;
      await deliverySink([created]);
      return 'queued';
    },

    /** Stores rows whose keys are new; returns the ones created (the caller queues their delivery). */
    enqueue: (rows: NewOutboxRow[]) => insertOutboxRows(db, rows),
    /** The same, inside the caller's transaction (the rows commit with the change that planned them). */
    enqueueWith: (tx: DbClient, rows: NewOutboxRow[]) => insertOutboxRowsBulk(tx, rows),

    byId: (id: number) => findOutboxById(db, id),
    byKey: (key: string) => findOutboxByKey(db, key),

    deliver,

    /**
     * A platform's report on a sent message (delivered, read, failed…), put on the outbox row that sent it. The
     * report can beat the row's own bookkeeping (the platform answers the send, then reports "sent" before the row
     * is marked sent): a report that finds no row is tried again a few times over ~7 s in the background. A message
     * sent outside the outbox (a rep's /reply) has no row, and its reports are dropped.
     */
    async recordDelivery(report: DeliveryReport): Promise<boolean> {
      if (await recordOutboxDelivery(db, report)) return true;
      void (async () => {
        for (const wait of [500, 1_500, 5_000]) {
          await new Promise((resolve) => setTimeout(resolve, wait).unref());
          if (await recordOutboxDelivery(db, report)) return;
        }
        logger.debug({ channel: report.channel, status: report.status }, 'delivery report for no outbox row');
      })().catch((err: unknown) => logger.warn({ err, channel: report.channel }, 'could not record a delivery report'));
      return false;
    },

    /** The company's send rate for a channel (settings key `outbox.rate_limits`). */
    async sendsPerSecond(channel: string): Promise<number> {
      const limits = await readRateLimits(db);
      return limits.channels[channel] ?? limits.defaultPerSecond;
    },

    /**
     * Tells a team member something exactly once per key (a notice, a hot reply): the row is written first,
     * then delivered at once; a second call with the same key sends nothing.
     */
    async notifyOnce(
      key: string,
      memberId: number,
      message: { text: string; buttons?: OutboxPayload['buttons']; files?: OutboundFile[]; kind?: OutboxPayload['kind']; customerId?: number | null },
      now: Date,
    ): Promise<DeliverOutcome> {
      const [created] = await insertOutboxRows(db, [
        {
          dedupeKey: key,
          channel: 'member',
          chatId: String(memberId),
          memberId,
          customerId: message.customerId ?? null,
          text: message.text,
          payload: { kind: message.kind ?? 'notice', buttons: message.buttons, files: toStoredFiles(message.files) },
          dueAt: now,
        },
      ]);
      if (!created) return { outcome: 'not_claimed' };
      return deliver(created.id, { now });
    },

    /** Rows that should have a queued delivery job now (used to rebuild the queue after a Redis loss). */
    needingJobs: (now: Date, horizonMs: number, limit = 10_000) => outboxNeedingJobs(db, now, new Date(now.getTime() + horizonMs), limit),
  };
}

class UnreachableError extends Error {}

/**
 * The channel's next send slot is far off: come back in `delayMs` rather than hold a worker waiting for it. A delay,
 * not a time: the rate limit runs on real time, the row's due time on the app's business clock.
 */
export class SendSlotLater extends Error {
  constructor(readonly delayMs: number) {
    super(`the channel's send rate has its next slot in ${delayMs} ms`);
    this.name = 'SendSlotLater';
  }
}
class LostClaimError extends Error {}

export type OutboxService = ReturnType<typeof createOutboxService>;
