import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.repository';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type DbClient, type PrismaClient } from '../db/client';
import type { DomainEvents, EventBus } from '../events';
import { actionableIntents, optOutLevel } from '../intent/confidence';
import { isIntent, type Intent } from '../intent/intents';
import type { Notifier } from '../outbound/notifier';
import type { OutboxService } from '../outbox/outbox.service';
import type { RepMessages } from '../rep-messages/rep-message';
import { advanceOpportunity } from '../pipeline/pipeline.service';
import { findMemberById, toActor } from '../team/team-member.repository';
import { confirmationLanguage, optOutConfirmation } from './opt-out-confirmations';
import { riskAlertText, stageMovedNotice, type AboutBuyer } from './signal-messages';
import { RISK_RULES, stageFromIntents, tagsCleared, tagsEarned } from './signal-rules';
import {
  applyIntentTags,
  countInboundWithIntents,
  earlierInboundLanguage,
  findSignalParties,
  hasPendingWon,
  liveContactCustomerId,
  markContactOptedOut,
  markPendingWon,
  optOutCustomerIfNoContactLeft,
  riskAlertedSince,
  riskAlertKey,
  stampLatestStageChange,
  type SignalContact,
  type SignalCustomer,
} from './signals.repository';
import { createStageUndo } from './stage-undo';
import { verifyUnsubscribeToken } from '../crypto/unsubscribe-token';

export interface SignalsDeps {
  db: PrismaClient;
  events: EventBus;
  notifier: Notifier;
  customers: CustomerService;
  logger: Logger;
  /** exactly-once notices, and the opt-out's confirmation to the buyer */
  outbox: OutboxService;
  repMessages: RepMessages;
  now?: () => Date;
}

type BuyerMessage = DomainEvents['buyer.message'];

const HOUR = 3_600_000;
const before = (at: Date, hours: number) => new Date(at.getTime() - hours * HOUR);

/**
 * What a buyer's trade intents do once the message is stored: opt-outs stop every automated message, customer tags
 * follow the history, the deal moves forward (undoable), and risky asks reach the owner's manager, once.
 */
export function createSignalsService(deps: SignalsDeps) {
  const { db, events, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const { outbox } = deps;

  async function memberLocale(memberId: number) {
    const member = await findMemberById(db, memberId);
    return member && member.status !== 'left' ? toActor(member).locale : null;
  }

  /**
   * The one opt-out path: the contact is marked (the customer too once no contact of it may be messaged), audited, and
   * 'contact.opted_out' stops the wake-up sequences. False when the contact already was opted out (nothing changes).
   * `withChange`: what must commit with the opt-out or not at all (its confirmation's outbox row).
   */
  async function recordOptOut(
    contactId: number, customerId: number, via: string, at: Date, details: Record<string, unknown>, withChange?: (tx: DbClient) => Promise<void>,
  ): Promise<boolean> {
    const changed = await inTransaction(db, async (tx) => {
      if (!(await markContactOptedOut(tx, contactId, at))) return false;
      await withChange?.(tx);
      const customerOptedOut = await optOutCustomerIfNoContactLeft(tx, customerId);
      await recordAudit(tx, {
        actorId: null, via, action: 'update', entityType: 'contact', entityId: contactId, customerId,
        details: { optedOut: true, customerOptedOut, ...details },
      });
      return true;
    });
    if (changed) await events.emit('contact.opted_out', { contactId, customerId });
    return changed;
  }

  /**
   * A one-click unsubscribe (email's List-Unsubscribe-Post) with the token its message carried. A token that does not
   * verify changes nothing ('invalid'); an erased or unknown contact neither.
   */
  async function optOutByToken(token: string, via: string): Promise<'recorded' | 'already' | 'invalid'> {
    const contactId = verifyUnsubscribeToken(token);
    if (contactId === null) return 'invalid';
    const customerId = await liveContactCustomerId(db, contactId);
    if (customerId === null) return 'invalid';
    return (await recordOptOut(contactId, customerId, via, now(), { source: 'one_click_unsubscribe' })) ? 'recorded' : 'already';
  }

  async function optOut(event: BuyerMessage, contact: SignalContact | null) {
    if (!contact || contact.erasedAt) {
      logger.warn({ communicationId: event.communicationId, contactId: event.contactId }, 'opt-out from a message without a live contact');
      return;
    }
    const language = confirmationLanguage({
      contactLanguage: contact.language,
      messageLanguage: event.language,
      messageText: event.text,
      earlierLanguage: await earlierInboundLanguage(db, contact.id, event.communicationId),
    });
    const text = optOutConfirmation(language);
    // the confirmation is planned with the opt-out, in one commit: a retried job finds both done (already opted out:
    // no second confirmation, so an auto-responder cannot start a loop with us) and the outbox still sends a planned one
    const confirmation = deps.repMessages.rowFor(
      null, event.customerId, { channel: event.channel, chatId: event.chatId, contactId: contact.id },
      { text, timeline: text, language }, `opt-out-confirmation:${event.communicationId}`,
    );
    let planned: { id: number; status: string } | undefined;
    const changed = await recordOptOut(contact.id, event.customerId, event.channel, event.occurredAt, { communicationId: event.communicationId }, async (tx) => {
      [planned] = await outbox.enqueueWith(tx, [confirmation]);
    });
    if (!changed || !planned) return;
    await deps.repMessages.deliverNow(planned)
      .catch((err: unknown) => logger.warn({ err, communicationId: event.communicationId }, 'opt-out confirmation not sent'));
  }

  async function maintainTags(event: BuyerMessage, intents: Intent[]) {
    const until = event.occurredAt;
    const earned = await tagsEarned(intents, (rule) =>
      countInboundWithIntents(db, event.customerId, rule.repeated!.intents, before(until, rule.repeated!.days * 24), until),
    );
    const cleared = tagsCleared(intents).filter((tag) => !earned.includes(tag));
    if (!earned.length && !cleared.length) return;
    await applyIntentTags(db, event.customerId, { earned, cleared }, event.communicationId, now());
  }

  async function moveStage(event: BuyerMessage, intents: Intent[], customer: SignalCustomer, about: AboutBuyer) {
    const to = stageFromIntents(intents);
    if (!to) return;
    // the deal just proposed as won is still the buyer's deal: no new one starts until the rep settles it
    if (await hasPendingWon(db, customer.id)) return;
    const moved = await inTransaction(db, async (tx) => {
      const { move } = await advanceOpportunity(tx, { customerId: customer.id, ownerId: customer.ownerId, to, cause: 'intent', byMemberId: null, at: event.occurredAt });
      if (!move) return null;
      const stageChangeId = await stampLatestStageChange(tx, move.opportunityId, event.communicationId);
      if (to === 'won') await markPendingWon(tx, move.opportunityId);
      return { ...move, stageChangeId };
    });
    if (!moved) return;
    await events.emit('opportunity.stage', { opportunityId: moved.opportunityId, customerId: moved.customerId, from: moved.from, to: moved.to });
    const locale = customer.ownerId ? await memberLocale(customer.ownerId) : null;
    if (!customer.ownerId || !locale) return;
    const notice = stageMovedNotice(moved, about, locale);
    await outbox.notifyOnce(`stage:${moved.stageChangeId}`, customer.ownerId, { ...notice, customerId: customer.id }, now());
  }

  async function raiseRisks(event: BuyerMessage, intents: Intent[], customer: SignalCustomer, about: AboutBuyer) {
    for (const rule of RISK_RULES) {
      if (!intents.includes(rule.intent)) continue;
      const count = rule.repeated
        ? await countInboundWithIntents(db, customer.id, [rule.intent], before(event.occurredAt, rule.repeated.days * 24), event.occurredAt)
        : 1;
      if (rule.repeated && count < rule.repeated.atLeast) continue;
      const managerId = customer.managerId;
      const locale = managerId ? await memberLocale(managerId) : null;
      if (!managerId || !locale) {
        logger.info({ customerId: customer.id, kind: rule.kind }, 'risk signal with no manager to tell');
        continue;
      }
      if (await riskAlertedSince(db, customer.id, rule.kind, before(event.occurredAt, rule.quietHours))) continue;
      const key = riskAlertKey(rule.kind, customer.id, event.communicationId);
      const sent = await outbox.notifyOnce(key, managerId, { text: riskAlertText(rule, about, count, locale), customerId: customer.id }, now());
      if (sent.outcome === 'not_claimed') continue;
      await recordAudit(db, {
        actorId: null, via: event.channel, action: 'alert', entityType: 'communication', entityId: event.communicationId, customerId: customer.id,
        details: { kind: rule.kind, managerId, count, outcome: sent.outcome },
      });
    }
  }

  /** Each reaction stands alone: one failing (a channel down) must not keep the others from happening. */
  async function step(name: string, event: BuyerMessage, work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error, step: name, communicationId: event.communicationId, customerId: event.customerId }, 'intent signal failed');
    }
  }

  async function onBuyerMessage(event: BuyerMessage) {
    // Only intents sure enough to act on (a likely opt-out is handled by the wake-up sequences: pause and ask the owner).
    const tagged = (Array.isArray(event.intents) ? event.intents : []).filter(isIntent).filter((i) => i !== 'other');
    const intents = actionableIntents(tagged, event.confidence).filter((i) => i !== 'opt_out' || optOutLevel(tagged, event.confidence) === 'certain');
    if (!intents.length) return;
    const parties = await findSignalParties(db, event.customerId, event.contactId);
    if (!parties) {
      logger.warn({ customerId: event.customerId, communicationId: event.communicationId }, 'buyer message for an unknown customer: no signals');
      return;
    }
    const { customer, contact } = parties;
    const about: AboutBuyer = {
      customerId: customer.id, customerName: customer.name, country: customer.country,
      contactName: contact && !contact.erasedAt ? contact.name : null, ownerName: customer.ownerName, text: event.text,
    };
    if (intents.includes('opt_out')) await step('opt-out', event, () => optOut(event, contact));
    await step('tags', event, () => maintainTags(event, intents));
    await step('stage', event, () => moveStage(event, intents, customer, about));
    await step('risk', event, () => raiseRisks(event, intents, customer, about));
  }

  return {
    onBuyerMessage,
    optOutByToken,
    ...createStageUndo({ db, events, customers: deps.customers, now }),
  };
}

export type SignalsService = ReturnType<typeof createSignalsService>;
