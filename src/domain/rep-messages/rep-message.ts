import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../../logger';
import { insideReplyWindow, type ChannelCapabilities, type OutboundFile } from '../channel-contract';
import { createCommunication } from '../customers/communication.repository';
import { touchCustomerContact } from '../customers/customer.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import { domainMessages, isLocale } from '../i18n';
import type { NewOutboxRow, OutboxRow } from '../outbox/outbox.repository';
import type { OutboxPolicy, OutboxService, PolicyDecision } from '../outbox/outbox.service';
import { toStoredFiles } from '../outbox/reply-payload';
import { sendState } from '../first-answer/first-answer.repository';

/**
 * What a rep's message to a buyer (a /reply, a proforma invoice, an order update) carries through the outbox besides
 * its text: who wrote it (the timeline names them), what the timeline says, and whether an opt-out stops it.
 */
const repMessageSchema = z.object({
  /** null: Quayside itself answering the buyer (an opt-out's confirmation) */
  authorId: z.number().int().nullable(),
  language: z.string().optional(),
  timeline: z.string(),
  respectOptOut: z.boolean().optional(),
  threadId: z.string().optional(),
  attachments: z.array(z.object({ name: z.string(), mimeType: z.string(), size: z.number() })).optional(),
});

export interface RepMessage {
  text: string;
  files?: OutboundFile[];
  /** the timeline's line (a document's summary rather than its covering text) */
  timeline: string;
  /** the buyer's language it is written in, where Quayside chose it */
  language?: string;
  respectOptOut?: boolean;
}

/** 'sent': the platform took it; 'queued': the channel refused for now and the outbox retries it (the rep is told if it finally fails) */
export type RepMessageStatus = 'sent' | 'queued';

/**
 * A rep's message to a buyer leaves through the outbox like every other message: a row under a key of the flow run
 * that sent it (a repeated run or a redelivered command sends nothing twice), delivered at once
 * because the rep is waiting, retried by the outbox when the channel refuses. The timeline gets the message when the
 * platform took it, with the platform's id. Across a crash after the platform call it is not sent again (at most
 * once: a doubled message to a buyer reads as a glitch, and the rep can see the chat and send again).
 */
export function createRepMessages(deps: {
  db: PrismaClient;
  outbox: () => OutboxService;
  events: EventBus;
  capabilities: (channel: string) => ChannelCapabilities | undefined;
  logger: Logger;
  now?: () => Date;
}) {
  const { db, events, logger } = deps;
  const now = deps.now ?? (() => new Date());

  // the schema keeps its own fields of the payload (kind, files and the outbox's others are dropped)
  const detailsOf = (row: OutboxRow) => repMessageSchema.parse(row.payload ?? {});

  /** The window and the opt-out are checked again when the row is sent: a retry can come hours later. */
  async function check(row: OutboxRow, at: Date): Promise<PolicyDecision> {
    const details = detailsOf(row);
    if (row.customerId === null) return { action: 'skip', reason: 'no customer' };
    const state = await sendState(db, row.customerId, row.contactId, row.channel);
    if (details.respectOptOut && state.optedOut) return { action: 'skip', reason: 'opted_out' };
    const windowHours = deps.capabilities(row.channel)?.replyWindowHours ?? null;
    if (!insideReplyWindow(windowHours, state.lastInboundAt, at)) {
      return { action: 'skip', reason: 'reply_window' };
    }
    return { action: 'send' };
  }

  async function sent(row: OutboxRow, at: Date, externalId: string | null) {
    const details = detailsOf(row);
    if (row.customerId === null) return;
    const customerId = row.customerId;
    await inTransaction(db, async (tx) => {
      await createCommunication(tx, {
        customerId,
        contactId: row.contactId,
        teamMemberId: details.authorId,
        channel: row.channel,
        direction: 'outbound',
        kind: 'message',
        text: details.timeline,
        language: details.language ?? null,
        externalId,
        chatId: row.chatId,
        attachments: details.attachments?.map((a) => ({ kind: 'document', ...a })),
        occurredAt: at,
      });
      if (details.authorId !== null) await touchCustomerContact(tx, customerId, at, 'outbound');
    });
    // Quayside's own answer is not a rep's contact (it starts no first-response clock)
    if (details.authorId !== null) await events.emit('customer.contacted', { customerId, memberId: details.authorId, at });
  }

  /** A message the outbox finally gave up on reaches its author, so a buyer is not left believing nobody answered. */
  async function skipped(row: OutboxRow, reason: string, at: Date) {
    // on its first attempt the rep is still waiting for the answer, and hears it there
    const details = detailsOf(row);
    if (row.attempts <= 1 || details.authorId === null) return;
    const authorId = details.authorId;
    const author = await db.teamMember.findUnique({ where: { id: authorId }, select: { locale: true } });
    const locale = isLocale(author?.locale) ? author.locale : 'en';
    const words = domainMessages(locale).repMessage;
    const about = { customerId: row.customerId ?? 0, channel: row.channel, reason };
    // after a crash mid-send the platform may well have it: the rep checks the chat instead of sending blindly again
    const text = reason.startsWith('unconfirmed') ? words.unconfirmed(about) : words.notSent(about);
    await deps.outbox().notifyLater(`rep-message-not-sent:${row.id}`, authorId, { text, customerId: row.customerId }, at)
      .catch((err: unknown) => logger.error({ err, outbox: row.id }, 'could not tell the author of an unsent message'));
  }

  const policy: OutboxPolicy = { check, sent, skipped };

  /** The outbox row of a message; `key` names it (the same key never sends twice). */
  function rowFor(
    author: { id: number } | null,
    customerId: number,
    chat: { channel: string; chatId: string; contactId: number | null; threadId?: string | null },
    message: RepMessage,
    key: string,
    // due on the app's business clock by default: the delivery that claims it reads that clock
    at: Date = now(),
  ): NewOutboxRow {
    const payload = {
      kind: 'rep_message',
      authorId: author?.id ?? null,
      timeline: message.timeline,
      ...(message.language ? { language: message.language } : {}),
      ...(message.respectOptOut ? { respectOptOut: true } : {}),
      ...(chat.threadId ? { threadId: chat.threadId } : {}),
      files: toStoredFiles(message.files),
      attachments: message.files?.map((f) => ({ name: f.name, mimeType: f.mimeType, size: f.data.length })),
    };
    return { dedupeKey: `rep-message:${key}`, channel: chat.channel, chatId: chat.chatId, text: message.text, customerId, contactId: chat.contactId, payload, dueAt: at };
  }

  /** Delivers a stored row now: 'sent', or 'queued' when the channel refused and the outbox retries it. */
  async function deliverNow(row: { id: number; status: string }): Promise<{ status: RepMessageStatus }> {
    // a repeated run: what was sent is not sent again; what is still waiting goes now (the claim keeps it single)
    if (row.status === 'sent') return { status: 'sent' };
    if (row.status !== 'pending') return settled(row.status, (await deps.outbox().byId(row.id))?.lastError ?? null);
    const result = await deps.outbox().deliver(row.id, { now: now() });
    if (result.outcome === 'sent') return { status: 'sent' };
    if (result.outcome === 'retry' || result.outcome === 'deferred') {
      if (!(await deps.outbox().queueDelivery([{ id: row.id, dueAt: result.dueAt }]))) logger.warn({ outbox: row.id }, 'message to a buyer left to the outbox sweep');
      return { status: 'queued' };
    }
    if (result.outcome === 'not_claimed') return { status: 'queued' };
    const finished = await deps.outbox().byId(row.id);
    return settled(finished?.status ?? result.outcome, finished?.lastError ?? null);
  }

  return {
    policy,
    rowFor,
    deliverNow,

    /**
     * Sends at once and answers 'sent', or 'queued' when the channel refused and a retry is planned. `onceKey` names
     * the flow run that sends (the same key never sends twice); without one, every call is a new message.
     */
    async send(
      actor: { id: number },
      customerId: number,
      chat: { channel: string; chatId: string; contactId: number | null; threadId?: string | null },
      message: RepMessage,
      onceKey?: string,
    ): Promise<{ status: RepMessageStatus }> {
      const row = rowFor(actor, customerId, chat, message, onceKey ?? randomUUID(), now());
      const [created] = await deps.outbox().enqueue([row]);
      const stored = created ?? (await deps.outbox().byKey(row.dedupeKey));
      if (!stored) throw new Error(`outbox row ${row.dedupeKey} vanished`);
      return deliverNow(stored);
    },
  };

  function settled(status: string, error: string | null): { status: RepMessageStatus } {
    if (status === 'sending') return { status: 'queued' };
    if (status === 'sent') return { status: 'sent' };
    throw new DomainError('MESSAGE_NOT_SENT', { status, reason: error ?? status });
  }
}

export type RepMessages = ReturnType<typeof createRepMessages>;
