import { randomUUID } from 'node:crypto';
import type { App } from '../../../src/app';
import type { DomainEvents } from '../../../src/domain/events';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../../support/channel-harness';

export const DAY = 86_400_000;

/**
 * An app with a customer-facing WhatsApp and an internal Slack (with buttons), a manager ("boss", reads Chinese)
 * and a rep reporting to him ("alice", reads English), both linked on Slack.
 */
export async function createSignalsApp() {
  const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
  const slack = createFakeChannel('slack', { customerFacing: false, buttons: true });
  const app = await createAppWithAdapters([whatsapp, slack]);
  const boss = await app.services.team.add({ name: 'boss', displayName: 'Boss Li', role: 'manager', locale: 'zh' });
  const alice = await app.services.team.add({ name: 'alice', displayName: 'Alice Wang', role: 'rep', regions: ['LATAM', 'MENA', 'EU'], locale: 'en', manager: 'boss' });
  await linkMember(app, 'boss', 'slack', 'U_BOSS');
  await linkMember(app, 'alice', 'slack', 'U_ALICE');
  const events = { stage: [] as DomainEvents['opportunity.stage'][], optedOut: [] as DomainEvents['contact.opted_out'][] };
  app.services.events.on('opportunity.stage', (e) => void events.stage.push(e));
  app.services.events.on('contact.opted_out', (e) => void events.optedOut.push(e));
  return { app, whatsapp, slack, boss, alice, events };
}

/** A customer owned by alice with one contact; returns the ids a buyer message needs. */
export async function addBuyer(app: App, input: { name: string; country: string; phone: string; contact: string }) {
  const alice = await app.services.team.identify('slack', 'U_ALICE');
  const customer = await app.services.customers.create(alice!, 'test', { name: input.name, country: input.country, details: [input.phone], contactName: input.contact });
  const contact = await app.database.prisma.contact.findFirstOrThrow({ where: { customerId: customer.id } });
  return { customerId: customer.id, contactId: contact.id, chatId: `${input.phone.replace(/\D/g, '')}@c.us` };
}

type Buyer = Awaited<ReturnType<typeof addBuyer>>;

/** Stores an inbound message as the inbox would, then emits 'buyer.message' for it (after the commit, as the inbox does). */
export async function buyerSays(
  app: App,
  buyer: Buyer,
  message: { text: string; intents: string[]; language?: string | null; occurredAt?: Date },
): Promise<DomainEvents['buyer.message']> {
  const occurredAt = message.occurredAt ?? new Date();
  const row = await app.database.prisma.communication.create({
    data: {
      customerId: buyer.customerId, contactId: buyer.contactId, channel: 'whatsapp', direction: 'inbound', kind: 'message',
      text: message.text, language: message.language ?? null, intents: message.intents, occurredAt, chatId: buyer.chatId, externalId: randomUUID(),
    },
  });
  const event: DomainEvents['buyer.message'] = {
    communicationId: row.id, customerId: buyer.customerId, contactId: buyer.contactId, channel: 'whatsapp', chatId: buyer.chatId,
    text: message.text, language: message.language ?? null, intents: message.intents, occurredAt, newLead: false,
  };
  await app.services.events.emit('buyer.message', event);
  return event;
}

export const tagsOf = (app: App, customerId: number) =>
  app.database.prisma.customerTag.findMany({ where: { customerId }, orderBy: { tag: 'asc' }, select: { tag: true, source: true, evidenceCommunicationId: true } });
