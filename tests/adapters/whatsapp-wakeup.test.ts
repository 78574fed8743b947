import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import wwebjs from 'whatsapp-web.js';
import type { Message as WaMessage } from 'whatsapp-web.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { createWhatsAppAdapter } from '../../src/adapters/whatsapp.adapter';
import { DEFAULT_WHATSAPP_AUTOMATED } from '../../src/adapters/whatsapp.policy';
import { loadConfig } from '../../src/config';
import { createContact } from '../../src/domain/contacts/contact.repository';
import { linkContactIdentity } from '../../src/domain/team/identity.repository';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY } from '../support/db';
import { createFakePlatform } from '../support/fake-platform';
import { addRep } from '../support/followup-fixtures';
import type { Actor } from '../../src/domain/team/actor';

const { Client, LocalAuth } = wwebjs;
const Message = (wwebjs as unknown as { Message: new (client: unknown, data: unknown) => WaMessage }).Message;
const DAY = 86_400_000;
// a Monday, 04:00 in Germany: the wake-up planner picks a moment in the buyer's business hours
const t0 = new Date('2026-11-23T03:00:00Z');

const client = new Client({ authStrategy: new LocalAuth({ dataPath: mkdtempSync(path.join(os.tmpdir(), 'wa-wake-')) }) });
const sent: { chatId: string; content: string }[] = [];
// the platform is faked at the library's edge: sendMessage records instead of driving WhatsApp Web
client.sendMessage = (async (chatId: string, content: unknown) => {
  sent.push({ chatId, content: String(content) });
  const id = `OUT${sent.length}`;
  return new Message(client, { id: { fromMe: true, remote: chatId, id, _serialized: `true_${chatId}_${id}` }, body: String(content), type: 'chat', from: 'me@c.us', to: chatId, t: t0.getTime() / 1000 });
}) as typeof client.sendMessage;

let app: App;
let alice: Actor;
const chat = createFakePlatform('chat', { customerFacing: false });
const db = () => app.database.prisma;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY });
  // gaps of 0 s: the test sends several in one go (the gap itself is checked below with the default policy)
  const adapter = createWhatsAppAdapter({
    dataDir: '/unused', chromiumPath: '/unused', client, logger: createLogger('silent'), sendLimits: { perChatMs: 1, globalPerSecond: 1000 },
    automated: { ...DEFAULT_WHATSAPP_AUTOMATED, gapSeconds: [0, 0] },
  });
  app = await createApp({ config, logger: createLogger('silent'), adapters: [adapter, chat.adapter] });
  await app.start();
  alice = await addRep(app, 'alice', { locale: 'en' });
});
afterAll(async () => app?.stop());

/** A dormant buyer with a WhatsApp chat; `wrote`: they wrote to this number 61 days ago. */
async function dormantBuyer(name: string, number: string, wrote: boolean) {
  const last = new Date(t0.getTime() - 61 * DAY);
  const customer = await db().customer.create({
    data: { name, normalizedName: name.toLowerCase(), country: 'DE', ownerId: alice.id, status: 'dormant', lastContactAt: last, lastInboundAt: last, createdAt: new Date(last.getTime() - 30 * DAY) },
  });
  const contact = await createContact(db(), customer.id, { name: `${name} buyer`, roles: [], language: 'de', phone: null });
  await linkContactIdentity(db(), { channel: 'whatsapp', externalId: number, chatId: number, contactId: contact.id });
  if (wrote) await db().communication.create({ data: { customerId: customer.id, contactId: contact.id, channel: 'whatsapp', direction: 'inbound', text: 'Hallo', language: 'de', occurredAt: last } });
  return customer;
}

async function plannedRow(customerId: number) {
  await app.services.wakeup.run(t0);
  await app.services.wakeup.run(new Date(t0.getTime() + 6.5 * DAY));
  const stored = await db().outbox.findFirstOrThrow({ where: { customerId, memberId: null } });
  return (await app.services.outbox.byId(stored.id))!;
}

describe('wake-ups on whatsapp-web.js (no 24-hour window; only to numbers that wrote first)', () => {
  it('declares no reply window, and an automated-send policy instead', () => {
    const caps = app.services.messenger.capabilities('whatsapp')!;
    expect(caps.replyWindowHours).toBeNull();
    expect(caps.automated).toMatchObject({ onlyPriorWriters: true, perChatDailyCap: 1 });
  });

  it('sends the day-7 step to a buyer who wrote 61 days ago, through the Client', async () => {
    const customer = await dormantBuyer('Licht Hamburg GmbH', '4940123456@c.us', true);
    const row = await plannedRow(customer.id);
    expect(await app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'sent' });
    expect(sent.filter((s) => s.chatId === '4940123456@c.us')).toHaveLength(1);
    expect(await db().communication.count({ where: { customerId: customer.id, direction: 'outbound', channel: 'whatsapp' } })).toBe(1);
  });

  it('never sends to a number that did not write to this number first, and tells the owner why', async () => {
    const customer = await dormantBuyer('Kalt Berlin GmbH', '4930765432@c.us', false);
    const row = await plannedRow(customer.id);
    expect(await app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'skipped' });
    expect(await app.services.outbox.byId(row.id)).toMatchObject({ status: 'skipped', lastError: 'never_wrote' });
    expect(sent.filter((s) => s.chatId === '4930765432@c.us')).toHaveLength(0);
    expect(chat.to('alice').map((s) => s.text).join('\n')).toContain('Kalt Berlin GmbH was skipped: the buyer never wrote to this number');
  });

  it('stops at once when the buyer opted out after the plan was made', async () => {
    const customer = await dormantBuyer('Nein Danke GmbH', '4989111222@c.us', true);
    const row = await plannedRow(customer.id);
    await db().customer.update({ where: { id: customer.id }, data: { optedOut: true } });
    expect(await app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'skipped' });
    expect(sent.filter((s) => s.chatId === '4989111222@c.us')).toHaveLength(0);
  });

  it('holds a second automated message to the same number within the day (cap 1 per chat)', async () => {
    const customer = await db().customer.findFirstOrThrow({ where: { name: 'Licht Hamburg GmbH' } });
    const first = await db().outbox.findFirstOrThrow({ where: { customerId: customer.id, status: 'sent' } });
    const extra = await app.services.outbox.sendLater({
      dedupeKey: 'test:second-automated', channel: 'whatsapp', chatId: '4940123456@c.us', text: 'noch eine', customerId: customer.id,
      contactId: first.contactId, dueAt: first.sentAt!, payload: { kind: 'first_answer', zone: 'Europe/Berlin' },
    }, new Date(first.sentAt!.getTime() + 60_000));
    expect(extra).toBe('deferred');
    expect(sent.filter((s) => s.chatId === '4940123456@c.us')).toHaveLength(1);
  });
});
