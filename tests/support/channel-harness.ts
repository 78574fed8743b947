import { randomUUID } from 'node:crypto';
import { createApp, type App, type AppOptions } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { ChannelAdapter, ChannelCapabilities, InboundHandler, InboundMessage, OutboundMessage } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_ENV } from './db';

/** A named channel with chosen capabilities that records what the bot sends and lets a test play inbound messages. */
export function createFakeChannel(channel: string, capabilities: Partial<ChannelCapabilities> = {}) {
  const sent: OutboundMessage[] = [];
  let handler: InboundHandler | undefined;
  let counter = 0;
  const adapter: ChannelAdapter & {
    sent: OutboundMessage[];
    receive(message: Partial<InboundMessage> & { senderId: string; text: string }): Promise<void>;
    textsTo(chatId: string): string[];
  } = {
    channel,
    capabilities: {
      buttons: false, threads: false, files: false, replyWindowHours: null, maxTextLength: 4096, customerFacing: false,
      ...capabilities,
    },
    sent,
    async start(onInbound) {
      handler = onInbound;
    },
    async stop() {},
    async send(message) {
      sent.push(message);
      return { externalIds: [`${channel}-out-${randomUUID()}`] };
    },
    async receive(message) {
      if (!handler) throw new Error('adapter not started');
      counter += 1;
      await handler({
        channel,
        externalId: `${channel}-${Date.now()}-${counter}`,
        kind: 'message',
        chatId: message.senderId,
        occurredAt: new Date(),
        isDirect: true,
        ...message,
      });
    },
    textsTo: (chatId) => sent.filter((m) => m.chatId === chatId).map((m) => m.text),
  };
  return adapter;
}

/** An app on a fresh test database with these channels, started (so they get inbound messages). */
export async function createAppWithAdapters(
  adapters: ChannelAdapter[],
  env: Record<string, string> = {},
  options: Partial<AppOptions> = {},
): Promise<App & { databaseUrl: string }> {
  const { url } = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: url, DEFAULT_LOCALE: 'en', ...TEST_ENV, ...env });
  const app = await createApp({ config, logger: createLogger(env.LOG_LEVEL ?? 'silent'), adapters, ...options });
  await app.start();
  return Object.assign(app, { databaseUrl: url });
}

/** Links a member's account on a channel, as `/link` would, and makes it their preferred channel. */
export async function linkMember(app: App, name: string, channel: string, externalId: string, chatId = externalId): Promise<void> {
  const { code } = await app.services.team.invite(name);
  await app.services.team.link(code, { channel, externalId, chatId });
  await app.database.prisma.teamMember.update({ where: { name }, data: { preferredChannel: channel } });
}

export { eventually } from './eventually';
