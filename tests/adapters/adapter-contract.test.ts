import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import wwebjs from 'whatsapp-web.js';
import type { Message as WaMessage } from 'whatsapp-web.js';

// the library's typings omit the Message constructor it exports
const WaMessageClass = (wwebjs as unknown as { Message: new (client: unknown, data: unknown) => WaMessage }).Message;
import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack.adapter';
import { createTelegramAdapter } from '../../src/adapters/telegram.adapter';
import { createTerminalAdapter } from '../../src/adapters/terminal.adapter';
import { SESSION_START_ACTION } from '../../src/domain/channel-contract';
import { createWhatsAppAdapter } from '../../src/adapters/whatsapp.adapter';
import { createWhatsAppCloudAdapter } from '../../src/adapters/whatsapp-cloud.adapter';
import type { ChannelAdapter, InboundMessage } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { eventually } from '../support/channel-harness';
import { signSlackRequest, startFakeSlackApi, SLACK_SIGNING_SECRET } from '../support/fake-slack';
import { makeTelegramTextUpdate, startFakeTelegram } from '../support/fake-telegram';
import { makeCloudMessage, makeCloudWebhook, postSignedWebhook, startFakeGraphApi } from '../support/fake-whatsapp-cloud';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createEmailAdapter } from '../../src/adapters/email.adapter';
import { freePort, startTestImapServer } from '../support/dovecot';

/** What the contract needs from each platform: a way to make it deliver a message, and to see what it was sent. */
interface Platform {
  adapter: ChannelAdapter;
  /** the platform delivers message `key` (the same key again = a redelivery) from a person, in `chatId` */
  deliver(key: number, text: string): Promise<void>;
  chatId: string;
  sentTexts(): string[];
  /** false where the platform never redelivers (the terminal) */
  redelivers: boolean;
  close(): Promise<void>;
}

const silent = createLogger('silent');

const platforms: Record<string, () => Promise<Platform>> = {
  async terminal() {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    const adapter = createTerminalAdapter({ user: 'alice', input, output, fileDir: mkdtempSync(path.join(os.tmpdir(), 'contract-')) });
    return {
      adapter, chatId: 'alice', redelivers: false,
      deliver: async (_key, text) => void input.write(`${text}\n`),
      sentTexts: () => chunks.join('').split('\n').filter(Boolean),
      close: async () => undefined,
    };
  },
  async telegram() {
    const fake = await startFakeTelegram();
    const updates = new Map<number, ReturnType<typeof makeTelegramTextUpdate>>();
    return {
      adapter: createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: silent }), chatId: '4242', redelivers: true,
      deliver: async (key, text) => {
        if (!updates.has(key)) updates.set(key, makeTelegramTextUpdate({ fromId: 4242, text, messageId: key }));
        fake.push(updates.get(key)!);
      },
      sentTexts: () => fake.sentTo(4242),
      close: () => fake.close(),
    };
  },
  async slack() {
    const api = await startFakeSlackApi();
    const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SLACK_SIGNING_SECRET, apiUrl: api.apiUrl, port: 0, logger: silent });
    return {
      adapter, chatId: 'DALICE', redelivers: true,
      async deliver(key, text) {
        const body = JSON.stringify({ type: 'event_callback', team_id: 'T0001', event_id: `Ev${key}`, event: { type: 'message', channel: 'DALICE', channel_type: 'im', user: 'UALICE', text, ts: `1790000000.${key}` } });
        const ts = Math.floor(Date.now() / 1000);
        const res = await fetch(`http://127.0.0.1:${adapter.port()}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackRequest(body, ts) }, body });
        expect(res.status).toBe(200);
      },
      sentTexts: () => api.posted('DALICE').map((p) => p.text),
      close: () => api.close(),
    };
  },
  async whatsapp() {
    const client = new wwebjs.Client({ authStrategy: new wwebjs.LocalAuth({ dataPath: mkdtempSync(path.join(os.tmpdir(), 'wa-')) }) });
    const sent: string[] = [];
    client.sendMessage = (async (chatId: string, content: unknown) => {
      sent.push(String(content));
      return new WaMessageClass(client, { id: { fromMe: true, remote: chatId, id: `O${sent.length}`, _serialized: 'x' }, type: 'chat', body: String(content), from: 'me', t: 1 });
    }) as typeof client.sendMessage;
    const chatId = '447700900123@c.us';
    return {
      adapter: createWhatsAppAdapter({ dataDir: '/unused', chromiumPath: '/unused', client, logger: silent, sendLimits: { perChatMs: 1, globalPerSecond: 1000 } }),
      chatId, redelivers: true,
      deliver: async (key, text) =>
        void client.emit('message', new WaMessageClass(client, { id: { fromMe: false, remote: chatId, id: `K${key}`, _serialized: `false_${chatId}_K${key}` }, type: 'chat', body: text, from: chatId, t: 1790000000 })),
      sentTexts: () => sent,
      close: async () => undefined,
    };
  },
  async 'whatsapp-cloud'() {
    const graph = await startFakeGraphApi('1065550100');
    const adapter = createWhatsAppCloudAdapter({
      phoneNumberId: '1065550100', accessToken: 'test-access-token', appSecret: 'contract-secret', verifyToken: 'v', apiUrl: graph.apiUrl,
      webhook: { port: 0, host: '127.0.0.1', path: '/wa' }, logger: silent, sendLimits: { perChatMs: 1, globalPerSecond: 1000 },
    });
    const chatId = '447700900123';
    return {
      adapter, chatId, redelivers: true,
      async deliver(key, text) {
        const { message, contacts } = makeCloudMessage({ from: chatId, text, id: `wamid.K${key}` });
        const res = await postSignedWebhook(`http://127.0.0.1:${adapter.webhookPort()}/wa`, makeCloudWebhook('1065550100', { messages: [message], contacts }), 'contract-secret');
        expect(res.status).toBe(200);
      },
      sentTexts: () => graph.messagesTo(chatId).map((c) => (c.body.text as { body: string }).body),
      close: () => graph.close(),
    };
  },
  // real servers on loopback: dovecot for IMAP, smtp-server for SMTP
  async email() {
    const imap = await startTestImapServer();
    const sent: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
      onData(stream, _session, callback) {
        void simpleParser(stream).then((mail) => (sent.push((mail.text ?? '').trim()), callback()), callback);
      },
    });
    const smtpPort = await freePort();
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
    const connection = { host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.pass } };
    const appender = new ImapFlow({ ...connection, logger: false });
    await appender.connect();
    const chatId = 'buyer@contract.example';
    return {
      adapter: createEmailAdapter({
        smtp: { host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true }, imap: connection, from: 'sales@quayside.test',
        fileDir: mkdtempSync(path.join(os.tmpdir(), 'contract-mail-')), logger: silent, pollMs: 500, sendLimits: { perChatMs: 1, globalPerSecond: 1000 },
      }),
      chatId, redelivers: true,
      // the same key again is the same mail delivered again (a second copy in the mailbox, the same Message-ID)
      deliver: async (key, text) => void (await appender.append('INBOX', `From: Buyer <${chatId}>\r\nTo: sales@quayside.test\r\nMessage-ID: <contract-${key}@contract.example>\r\n\r\n${text}\r\n`)),
      sentTexts: () => sent,
      close: async () => {
        await appender.logout().catch(() => undefined);
        await new Promise<void>((resolve) => smtp.close(() => resolve()));
        await imap.stop();
      },
    };
  },
};

describe.each(Object.keys(platforms))('adapter contract: %s', (name) => {
  it('declares what it can do, translates what arrives, keeps ids stable on redelivery, sends, and stops', async () => {
    const platform = await platforms[name]();
    const { adapter } = platform;
    try {
      expect(adapter.channel).toBe(name);
      const caps = adapter.capabilities;
      for (const flag of ['buttons', 'threads', 'files', 'customerFacing'] as const) expect(typeof caps[flag]).toBe('boolean');
      expect(caps.maxTextLength).toBeGreaterThan(0);
      expect(caps.replyWindowHours === null || caps.replyWindowHours > 0).toBe(true);

      const received: InboundMessage[] = [];
      // (a channel with sessions announces each one with an action first; the contract is about what is typed)
      await adapter.start(async (m) => void (m.action?.id === SESSION_START_ACTION || received.push(m)));
      await platform.deliver(11, 'contract: hello');
      const first = await eventually(() => received[0]);
      expect(first).toMatchObject({ channel: name, kind: 'message', text: 'contract: hello', chatId: platform.chatId });
      expect(first.externalId).toBeTruthy();
      expect(first.senderId).toBeTruthy();
      expect(first.occurredAt).toBeInstanceOf(Date);
      expect(Number.isNaN(first.occurredAt.getTime())).toBe(false);
      if (platform.redelivers) {
        await platform.deliver(11, 'contract: hello');
        await platform.deliver(12, 'contract: second');
        await eventually(() => received.some((m) => m.text === 'contract: second'));
        const ids = received.filter((m) => m.text === 'contract: hello').map((m) => m.externalId);
        // a platform retry either does not reach us or reaches us with the same id (the queue and DB dedupe on it)
        expect(new Set(ids).size).toBe(1);
      }

      const sent = await adapter.send({ channel: name, chatId: platform.chatId, text: 'contract: reply ✓ 你好' });
      expect(sent.externalIds.length).toBeGreaterThan(0);
      await eventually(() => platform.sentTexts().includes('contract: reply ✓ 你好'));
    } finally {
      await adapter.stop();
      await platform.close();
    }
  });
});
