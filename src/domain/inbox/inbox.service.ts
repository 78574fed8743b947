import type { Logger } from '../../logger';
import { capInboundText } from './text-cap';
import { recordAudit } from '../audit/audit.repository';
import { findContactsByDetail } from '../contacts/contact.repository';
import { createCustomer, renameLead } from '../customers/customer.repository';
import type { CustomerService } from '../customers/customer.service';
import { MAX_TEXT_LENGTH } from '../customers/customer.service';
import { inTransaction, type DbClient, type PrismaClient } from '../db/client';
import { normalizeCompanyName } from '../dedupe/normalize-company';
import { DomainError } from '../errors';
import { HANDOFF_MEMORY_MS, type DomainEvents, type EventBus } from '../events';
import { insideReplyWindow, type InboundMessage, type OutboundFile } from '../channel-contract';
import { phoneCountry } from '../normalize/phone';
import { buyerLabel, leadLabel } from '../contacts/lead-label';
import { resolveTimezone } from '../normalize/timezone';
import type { OutboxService } from '../outbox/outbox.service';
import type { Messenger } from '../outbound/messenger';
import type { Actor } from '../team/actor';
import { linkContactIdentity } from '../team/identity.repository';
import { createMessageNotices } from './message-notices';
import { defaultClassifier, type MessageClassifier } from './message-classifier';
export type { MessageClassifier } from './message-classifier';
import { unownedLeads } from '../assignment/assignment.repository';
import {
  buyerOptedOut,
  findBuyerByContactId,
  findBuyerByIdentity,
  findBuyerOfLiveMessage,
  findCommunicationByExternalId,
  isMessageErased,
  hasReceipt,
  lastInboundChat,
  lockSender,
  markReacted,
  unreactedMessages,
  hasEarlierInbound,
  markDeleted,
  applyEdit,
  recordReceipt,
  type KnownBuyer,
} from './inbox.repository';
import { createInboundStore } from './inbound-store';
import type { RepMessage, RepMessages } from '../rep-messages/rep-message';
import { phoneFromSenderId } from './sender-phone';
import { emailFromSenderId } from './sender-email';
import { isErasedSender } from '../privacy/tombstone.repository';

export interface InboxDeps {
  db: PrismaClient;
  events: EventBus;
  messenger: Messenger;
  customers: CustomerService;
  /** the owner's notice leaves through it (one row per message, delivered by a durable job when the app runs jobs) */
  outbox: OutboxService;
  /** a rep's messages to buyers (/reply, documents) leave through the outbox too */
  repMessages: RepMessages;
  logger: Logger;
  classify?: MessageClassifier;
  now?: () => Date;
}

type BuyerMessage = DomainEvents['buyer.message'];

/**
 * What storing a buyer's message first needs from the database (the buyer behind the account, the row's id), asked
 * before the message is known to be a buyer's: see `lookAhead`.
 */
export type ReceiveLookAhead = Promise<[KnownBuyer | null, number]>;

export type ReceiveResult =
  | { status: 'stored'; communicationId: number; customerId: number; newLead: boolean }
  | { status: 'erased' }
  | { status: 'duplicate'; communicationId: number; customerId: number };

/**
 * The shared inbox: buyers' messages from every customer-facing channel land here once, on the right customer
 * and contact (or a new lead), and the owning rep hears about it; reps answer with `reply`, on the buyer's channel.
 */
export function createInboxService(deps: InboxDeps) {
  const { db, events, outbox, messenger, customers, logger } = deps;
  const classify: MessageClassifier = deps.classify ?? defaultClassifier;
  const now = deps.now ?? (() => new Date());

  const { store, lookupBuyer, reserveId } = createInboundStore(db);
  const { notifyOwner } = createMessageNotices({ db, outbox, now });

  /** A sender nobody knows yet: the contact with their phone number, or a new lead customer + contact. */
  async function admitSender(tx: DbClient, message: InboundMessage): Promise<{ buyer: KnownBuyer; newLead: boolean } | null> {
    const identity = { channel: message.channel, externalId: message.senderId, chatId: message.chatId, displayName: message.senderName };
    const phone = phoneFromSenderId(message.senderId);
    const email = emailFromSenderId(message.senderId);
    // an erased person (GDPR) writing again is not brought back: no contact, no lead, nothing stored
    if (await isErasedSender(tx, message.senderId, phone, email)) return null;
    // the contact that already has this number or address (blind index): the chat account joins it
    const [known] = phone || email ? await findContactsByDetail(tx, { phones: phone ? [phone] : [], emails: email ? [email] : [] }) : [];
    if (known) {
      await linkContactIdentity(tx, { ...identity, contactId: known.id });
      return { buyer: (await findBuyerByContactId(tx, known.id))!, newLead: false };
    }
    const country = phone ? phoneCountry(phone) ?? null : null;
    // the buyer's display name is a chat handle (sealed in channel_identities only): the lead and its contact get a
    // neutral label until a rep names the company, so no name, number or handle is ever written in clear
    const label = leadLabel(message.channel);
    const customer = await createCustomer(tx, {
      name: label,
      normalizedName: normalizeCompanyName(label),
      country,
      timezone: resolveTimezone(null, country) ?? null,
      source: message.channel,
      status: 'lead',
      // owner stays empty: assignment reacts to 'buyer.message' with newLead
      ownerId: null,
      contacts: [{ name: buyerLabel(message.channel), roles: [], phone: phone ?? null, email: email ?? null }],
    });
    const named = `${label} #${customer.id}`;
    await renameLead(tx, customer.id, named, normalizeCompanyName(named));
    const contact = customer.contacts[0];
    await linkContactIdentity(tx, { ...identity, contactId: contact.id });
    // no sender id here: the audit log names no chat account
    await recordAudit(tx, {
      actorId: null, via: message.channel, action: 'create', entityType: 'customer', entityId: customer.id, customerId: customer.id,
      details: { source: message.channel },
    });
    return { buyer: (await findBuyerByContactId(tx, contact.id))!, newLead: true };
  }

  /**
   * What follows a stored message: the reactions to 'buyer.message', then the owner's notice, then the row is marked
   * reacted. In a job (`strict`) any failure is thrown so the job is retried (every reaction is safe to run again);
   * inline (no jobs) failures are logged, as the message is stored and the caller has no queue to retry with.
   */
  async function afterStored(event: BuyerMessage, buyer: KnownBuyer | null, strict: boolean): Promise<void> {
    try {
      // erased (GDPR) while this waited in the queue or ran: nothing of theirs may be written again, nor sent
      if (await isMessageErased(db, event.communicationId)) return await markReacted(db, event.communicationId);
      await (strict ? events.emitAll('buyer.message', event) : events.emit('buyer.message', event));
      // read after the handlers (routing may have given the buyer an owner, or they were erased meanwhile), and only
      // when a notice is due: one read with the erasure check, in the job; the caller's buyer, inline
      await notifyOwner(event, async () => {
        if (!buyer) return findBuyerOfLiveMessage(db, event.communicationId);
        return (await isMessageErased(db, event.communicationId)) ? null : buyer;
      });
      await markReacted(db, event.communicationId);
    } catch (error) {
      if (strict) throw error;
      logger.error({ err: error, customerId: event.customerId, communicationId: event.communicationId }, 'reactions to a buyer message failed; the reaction sweep retries');
    }
  }

  /**
   * Until a buyer's message is stored, every failure is the queue's to retry, never a reason to drop the message: a
   * lost message is a lost lead. Besides an outage, the runs with real processes met a dropped pooled connection
   * ("not queryable"), a failed raw query ("Can't reach database server") and, under load, a transaction cut short
   * midway (a foreign-key error, a row read back as null); each stored fine when run again. They are handed on as
   * DATABASE_UNAVAILABLE, which the pipeline gives back to the queue. Refusals (DomainError) pass unchanged.
   */
  async function untilStored<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('DATABASE_UNAVAILABLE', { cause: String((error as Error)?.message ?? error).slice(0, 200) });
    }
  }

  function lookAhead(message: InboundMessage): ReceiveLookAhead {
    const ahead = Promise.all([lookupBuyer(message.channel, message.senderId), reserveId()]);
    // a message that turns out not to be a buyer's never awaits it: its failure must not go unhandled (receive,
    // when it awaits it, still gets the rejection)
    ahead.catch(() => undefined);
    return ahead;
  }

  return {
    /**
     * Starts the look-ups `receive` begins with, for a message that is probably a buyer's (on a customer-facing
     * channel), while the caller still checks whether the sender is a team member: the message then waits for one
     * round trip, not two, before it is stored. Not used, it costs a query and a gap in the ids.
     */
    lookAhead,

    /**
     * Stores a buyer's message once and tells the owner; a redelivered message changes nothing. `ahead`: the
     * lookAhead started for this very message, if any.
     */
    async receive(received: InboundMessage, ahead?: ReceiveLookAhead): Promise<ReceiveResult> {
      const message = capInboundText(received);
      const admittedAndStored = await untilStored(async () => {
        // hot path, no transaction: a known sender is one lookup (the row's id is taken beside it); the insert is
        // idempotent on (channel, externalId)
        const [found, id] = await (ahead ?? lookAhead(message));
        let buyer = found;
        let newLead = false;
        if (!buyer) {
          // first message of an unknown sender: find or make the contact under a per-sender lock, in one transaction
          const admitted = await inTransaction(db, async (tx) => {
            await lockSender(tx, message.channel, message.senderId);
            const known = await findBuyerByIdentity(tx, message.channel, message.senderId);
            return known ? { buyer: known, newLead: false } : admitSender(tx, message);
          });
          if (!admitted) {
            // nothing is written (not even a receipt: its id holds the chat id); a redelivery is dropped the same way
            logger.info({ channel: message.channel }, 'message from an erased person dropped (GDPR tombstone)');
            return { status: 'erased' } as const;
          }
          ({ buyer, newLead } = admitted);
        }
        const { language, intents, confidence } = message.text.trim() ? classify(message.text, { country: buyer.country }) : { language: null, intents: [], confidence: undefined };
        const stored = await store({
          customerId: buyer.customerId,
          contactId: buyer.contactId,
          channel: message.channel,
          externalId: message.externalId,
          text: message.text,
          language,
          intents,
          chatId: message.chatId,
          senderExternalId: message.senderId,
          replyToExternalId: message.replyToExternalId ?? null,
          threadId: message.threadId ?? null,
          attachments: message.attachments?.length ? message.attachments : null,
          occurredAt: message.occurredAt,
          chatSeq: message.chatSeq ?? null,
        }, id);
        return { buyer, newLead, stored, language, intents, confidence };
      });
      if (admittedAndStored.status === 'erased') return admittedAndStored;
      const { buyer, newLead, stored, language, intents, confidence } = admittedAndStored;
      const event: BuyerMessage = {
        communicationId: stored.id,
        customerId: buyer.customerId,
        contactId: buyer.contactId,
        channel: message.channel,
        chatId: message.chatId,
        text: message.text,
        language,
        intents,
        ...(confidence ? { confidence } : {}),
        occurredAt: message.occurredAt,
        newLead,
        awaitingOwner: !newLead && stored.created && buyer.ownerId === null && buyer.status === 'lead',
        attachmentKinds: (message.attachments ?? []).map((a) => a.kind),
      };
      if (!stored.created) {
        // a retried job whose first run stored the row may have died before handing the event on: hand it on again
        // (the queue keeps one job per communication, so a hand-over that did happen is not repeated)
        // the row's age on the database's clock, not the injectable business clock nor this host's
        if (stored.ageMs < HANDOFF_MEMORY_MS) await events.handOff('buyer.message', event);
        return { status: 'duplicate', communicationId: stored.id, customerId: buyer.customerId };
      }
      // when the app runs jobs, the reactions (signals, lead routing, sequences) and the owner's notice run in their
      // own job (handleStored), not on this path; otherwise here, now
      if (!(await events.handOff('buyer.message', event))) await afterStored(event, buyer, false);
      return { status: 'stored', communicationId: stored.id, customerId: buyer.customerId, newLead };
    },

    /**
     * Buyer messages stored before `before` whose reactions never all ran (their jobs gave up, or Redis lost them),
     * as the events to run them again. Whether a message made its lead is inferred: the customer is still an unowned
     * lead and has no earlier message.
     */
    async unreacted(before: Date, limit: number): Promise<BuyerMessage[]> {
      const rows = await unreactedMessages(db, before, limit);
      return Promise.all(
        rows.map(async (row): Promise<BuyerMessage> => {
          const unowned = row.customer?.ownerId === null && row.customer?.status === 'lead';
          const newLead = unowned && !(await hasEarlierInbound(db, row.customerId!, row.id));
          const attachments = Array.isArray(row.attachments) ? (row.attachments as { kind?: unknown }[]) : [];
          return {
            communicationId: row.id, customerId: row.customerId!, contactId: row.contactId, channel: row.channel, chatId: row.chatId ?? '',
            text: row.text, language: row.language, intents: row.intents, occurredAt: row.occurredAt, newLead, awaitingOwner: unowned && !newLead,
            attachmentKinds: attachments.map((a) => (typeof a?.kind === 'string' ? a.kind : 'other')),
          };
        }),
      );
    },

    /** Leads made before `before` that still have no owner (their routing never finished). */
    unownedLeads: (before: Date, limit: number) => unownedLeads(db, before, limit),

    /** The reactions to a stored buyer message and the owner's notice, for the job the event was handed off to. */
    handleStored: (event: BuyerMessage) => afterStored(event, null, true),

    /** A platform's report that a stored message was edited or deleted; recorded once, unknown targets ignored. */
    async recordChange(received: InboundMessage): Promise<'recorded' | 'duplicate' | 'unknown'> {
      const message = capInboundText(received);
      if (!message.targetExternalId) return 'unknown';
      return inTransaction(db, async (tx) => {
        const target = await findCommunicationByExternalId(tx, message.channel, message.targetExternalId!);
        if (!target) return 'unknown';
        if (!(await recordReceipt(tx, message.channel, message.externalId))) return 'duplicate';
        if (message.kind === 'delete') await markDeleted(tx, target.id, message.occurredAt);
        else await applyEdit(tx, target.id, { text: message.text, previous: target.text, at: message.occurredAt, edits: target.edits });
        return 'recorded';
      });
    },

    /** True when this platform event was fully handled before (a retry or a redelivery). */
    alreadyHandled: (channel: string, externalId: string) => hasReceipt(db, channel, externalId),
    markHandled: (channel: string, externalId: string) => recordReceipt(db, channel, externalId),

    /**
     * A rep's answer to a buyer, sent on the chat the buyer last wrote from and logged on the timeline.
     * Refused when the rep may not see the customer, or the channel's reply window (WhatsApp: 24 h) has closed.
     */
    async reply(actor: Actor, via: string, ref: string, text: string, onceKey?: string) {
      if (text.length > MAX_TEXT_LENGTH) throw new DomainError('TEXT_TOO_LONG', { max: MAX_TEXT_LENGTH, length: text.length });
      return sendToBuyer(actor, ref, { text, timeline: text }, onceKey);
    },

    /**
     * A document (a proforma invoice) sent to the buyer on their own chat, with a line of text, as the platform's
     * document message. Besides the reply rules, refused when the buyer or the chat's contact opted out: a document is
     * never something they asked for in that very message.
     */
    async sendDocument(actor: Actor, ref: string, document: { text: string; file: OutboundFile; timeline: string }, onceKey?: string) {
      return sendToBuyer(actor, ref, { text: document.text, files: [document.file], timeline: document.timeline, respectOptOut: true }, onceKey);
    },
  };

  /**
   * Checked here so the rep hears at once why not; sent through the outbox (see rep-message.ts), which checks the
   * window and the opt-out again when a retry sends it later. `onceKey`: the flow run's, so a repeated run sends once.
   */
  async function sendToBuyer(actor: Actor, ref: string, out: RepMessage, onceKey?: string) {
    const customer = await customers.resolveVisible(actor, ref);
    const chat = await lastInboundChat(db, customer.id);
    if (!chat?.chatId) throw new DomainError('NO_BUYER_CHAT', { customer: customer.name });
    if (out.respectOptOut && (await buyerOptedOut(db, customer.id, chat.contactId))) throw new DomainError('BUYER_OPTED_OUT', { customer: customer.name });
    const capabilities = messenger.capabilities(chat.channel);
    if (!capabilities) throw new DomainError('CHANNEL_UNAVAILABLE', { channel: chat.channel });
    if (out.files && !capabilities.files) throw new DomainError('CHANNEL_UNAVAILABLE', { channel: chat.channel });
    const windowHours = capabilities.replyWindowHours;
    if (!insideReplyWindow(windowHours, chat.occurredAt, now())) {
      throw new DomainError('OUTSIDE_REPLY_WINDOW', { hours: windowHours, channel: chat.channel, lastInboundAt: chat.occurredAt.toISOString() });
    }
    const { status } = await deps.repMessages.send(actor, customer.id, { channel: chat.channel, chatId: chat.chatId, contactId: chat.contactId, threadId: chat.threadId }, out, onceKey && `${onceKey}:${customer.id}`);
    return { customer, channel: chat.channel, status };
  }
}

export type InboxService = ReturnType<typeof createInboxService>;
