import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import wwebjs from 'whatsapp-web.js';
import type { Client as WaClient, Message as WaMessage } from 'whatsapp-web.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWhatsAppAdapter } from '../../src/adapters/whatsapp.adapter';
import type { App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from '../support/db';
import { createAppWithAdapters, createFakeChannel, eventually, linkMember } from '../support/channel-harness';

const { Client, LocalAuth } = wwebjs;
// the library's typings omit the constructors it exports
const Message = (wwebjs as unknown as { Message: new (client: unknown, data: unknown) => WaMessage }).Message;
const Chat = (wwebjs as unknown as { Chat: new (client: unknown, data: unknown) => { unreadCount: number; fetchMessages: unknown } }).Chat;
const BUYER = '4915112345678@c.us';

/** What WhatsApp Web holds for the company phone: the buyer's chat, its unread messages. */
let unread: { id: string; body: string }[] = [];
const clients: WaClient[] = [];
const destroyed: WaClient[] = [];

/** A real whatsapp-web.js Client whose browser side is faked at the library's edge (no Chromium here). */
function makeClient(): WaClient {
  const client = new Client({ authStrategy: new LocalAuth({ dataPath: mkdtempSync(path.join(os.tmpdir(), 'wa-rc-')) }) });
  const message = (m: { id: string; body: string }) =>
    new Message(client, { id: { fromMe: false, remote: BUYER, id: m.id, _serialized: `false_${BUYER}_${m.id}` }, body: m.body, type: 'chat', from: BUYER, to: 'me@c.us', t: Math.floor(Date.now() / 1000), notifyName: 'Jonas' });
  client.initialize = (async () => void setImmediate(() => client.emit('ready'))) as typeof client.initialize;
  client.getChats = (async () => {
    const chat = new Chat(client, { id: { _serialized: BUYER, server: 'c.us', user: BUYER.split('@')[0] }, name: 'Jonas', unreadCount: unread.length, timestamp: 0, archived: false, pinned: false, isReadOnly: false, isMuted: false, muteExpiration: 0 });
    chat.fetchMessages = async ({ limit }: { limit: number }) => unread.slice(-limit).map(message);
    return [chat];
  }) as unknown as typeof client.getChats;
  client.destroy = (async () => void destroyed.push(client)) as typeof client.destroy;
  clients.push(client);
  return client;
}

const slack = createFakeChannel('slack', { customerFacing: false });
let app: App;
const alerts: string[] = [];
let adapter: ReturnType<typeof createWhatsAppAdapter>;

beforeAll(async () => {
  unread = [{ id: 'WHILE-AWAY-1', body: 'Hallo, 800 Stück LED-600?' }, { id: 'WHILE-AWAY-2', body: 'Lieferzeit?' }];
  adapter = createWhatsAppAdapter({
    dataDir: '/unused', chromiumPath: null, createClient: makeClient, logger: createLogger('silent'),
    sendLimits: { perChatMs: 1, globalPerSecond: 1000 }, reconnect: { initialMs: 20, maxMs: 100 },
    onAuthFailure: (reason) => {
      alerts.push(reason);
      void app.services.alertAdmins({ channel: 'whatsapp', kind: 'auth_failure', detail: reason });
    },
  });
  app = await createAppWithAdapters([adapter, slack], { QUEUE_PREFIX: testQueuePrefix('wa-reconnect'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  await linkMember(app, 'root', 'slack', 'U_ROOT');
});
afterAll(async () => app?.stop());

// message ids are stored only as a keyed hash (they hold the chat's number): each message is told by its text
const SENT_AS: Record<string, string> = { 'Hallo, 800 Stück LED-600?': 'WHILE-AWAY-1', 'Lieferzeit?': 'WHILE-AWAY-2', 'Und Muster?': 'WHILE-AWAY-3', Danke: 'LIVE-4' };
const storedIds = async () =>
  (await app.database.prisma.communication.findMany({ where: { channel: 'whatsapp', direction: 'inbound' }, select: { text: true } })).map((r) => SENT_AS[r.text] ?? r.text).sort();

describe('WhatsApp across reconnects (whatsapp-web.js Client and Message)', () => {
  it('catches up on the unread chats after connecting: what arrived while away is stored, once', async () => {
    await eventually(async () => (await storedIds()).length === 2, 20_000);
    expect(await storedIds()).toEqual(['WHILE-AWAY-1', 'WHILE-AWAY-2']);
  });

  it('a disconnect makes a new Client (the destroyed one is never reused) and catches up again, without doubles', async () => {
    const first = clients[0];
    unread = [...unread, { id: 'WHILE-AWAY-3', body: 'Und Muster?' }];
    first.emit('disconnected', 'NAVIGATION');
    await eventually(() => clients.length === 2 && destroyed.includes(first), 10_000);
    expect(adapter.client).toBe(clients[1]);
    expect(adapter.client).not.toBe(first);
    await eventually(async () => (await storedIds()).length === 3, 20_000);
    // the new client's live messages are heard; the catch-up handed 1 and 2 over again, still stored once
    clients[1].emit('message', new Message(clients[1], { id: { fromMe: false, remote: BUYER, id: 'LIVE-4', _serialized: `false_${BUYER}_LIVE-4` }, body: 'Danke', type: 'chat', from: BUYER, to: 'me@c.us', t: Math.floor(Date.now() / 1000) }));
    await eventually(async () => (await storedIds()).length === 4, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storedIds()).toEqual(['LIVE-4', 'WHILE-AWAY-1', 'WHILE-AWAY-2', 'WHILE-AWAY-3']);
  });

  it('auth_failure reaches the admins in chat with how to re-link, once an hour', async () => {
    clients[1].emit('auth_failure', 'Unable to log in. Are the session details valid?');
    clients[1].emit('auth_failure', 'Unable to log in. Are the session details valid?');
    // (the admin also hears that the new lead, "WhatsApp lead #…", went to the pool: no rule here)
    const loggedOut = () => slack.textsTo('U_ROOT').filter((t) => t.includes('WhatsApp is logged out'));
    await eventually(() => loggedOut().length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(alerts).toHaveLength(2);
    const told = loggedOut();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/WhatsApp is logged out/);
    expect(told[0]).toMatch(/delete the folder DATA_DIR\/whatsapp.*scan the QR code/);
    expect(told[0]).toContain('重新绑定');
  });
});
