import { existsSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error';
import qrcode from 'qrcode-terminal';
import wwebjs from 'whatsapp-web.js';
import type { Client as WaClient } from 'whatsapp-web.js';
import type { ChannelAdapter, ChannelCapabilities, InboundHandler, OutboundMessage, SentMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';
import { backoffDelay, type BackoffPolicy } from '../domain/retry-backoff';
import { handOver } from './hand-over';
import type { AdapterDeps } from './adapter-deps';
import type { RateLimitedAdapter, SendLimits } from './send-limits';
import { translateWhatsAppMessage, translateWhatsAppRevoke, waMessageId } from './whatsapp.translate';
import { DEFAULT_WHATSAPP_AUTOMATED, whatsappAutomatedPolicy } from './whatsapp.policy';
import type { AutomatedSendPolicy } from '../domain/channel-contract';

const { Client, LocalAuth, MessageMedia } = wwebjs;

export const WHATSAPP_CAPABILITIES: ChannelCapabilities = {
  // WhatsApp Web has no dependable buttons; choices become numbered replies
  buttons: false,
  threads: false,
  files: true,
  // a WhatsApp app session has no 24-hour window (that is the Business Platform's rule); its risk is a ban for
  // unsolicited messages, which the automated-send policy below limits
  replyWindowHours: null,
  maxTextLength: 4096,
  customerFacing: true,
};

// Accounts that send in bursts get blocked: one message every 3 s per chat, at most one a second overall, with jitter.
export const WHATSAPP_SEND_LIMITS: SendLimits = { perChatMs: 3000, globalPerSecond: 1, jitterMs: 1500 };

export interface WhatsAppAdapterOptions {
  /** the session (LocalAuth) is kept under <dataDir>/whatsapp */
  dataDir: string;
  /** the Chromium binary; null when none was found (the channel then reports how to install one and stays off) */
  chromiumPath: string | null;
  logger: Logger;
  /** a ready-made client (tests); the adapter then does not connect it */
  client?: WaClient;
  /** makes each session's client (tests give whatsapp-web.js Clients that do not launch a browser) */
  createClient?: () => WaClient;
  /** first and longest wait between reconnection attempts */
  reconnect?: BackoffPolicy;
  /** limits on wake-ups and first answers (see whatsapp.policy); DEFAULT_WHATSAPP_AUTOMATED when absent */
  automated?: AutomatedSendPolicy;
  /** overrides WHATSAPP_SEND_LIMITS (tests) */
  sendLimits?: SendLimits;
  /** where the login QR code is drawn (stderr: stdout belongs to the terminal chat) */
  qrOutput?: NodeJS.WritableStream;
  /** the session was refused (logged out on the phone, expired): someone must scan the QR code again */
  onAuthFailure?: (reason: string) => void;
}

/** Unread messages fetched per chat after a (re)connect: what arrived while the session was away. */
export const CATCH_UP_PER_CHAT = 50;

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The configured Chromium if it exists, else the first of the usual places that does; null when there is none. */
export function findChromium(configured: string | undefined, exists: (file: string) => boolean = existsSync): string | null {
  if (configured) return exists(configured) ? configured : null;
  return CHROMIUM_CANDIDATES.find(exists) ?? null;
}

/** What to do when no browser was found, in one line. */
export function chromiumMissing(configured: string | undefined): string {
  const where = configured ? `CHROMIUM_PATH=${configured} does not exist` : `none found in ${CHROMIUM_CANDIDATES.join(', ')}`;
  return `whatsapp: needs Chromium (${where}): install it with "apt-get install -y chromium" (or your system's package), or set CHROMIUM_PATH to a Chrome/Chromium binary`;
}

/** A chat's recent messages, for the catch-up (whatsapp-web.js's Chat, as far as used here). */
interface WaChat {
  unreadCount?: number;
  fetchMessages(options: { limit: number }): Promise<unknown[]>;
}

/**
 * WhatsApp through whatsapp-web.js (a WhatsApp Web session in Chromium): QR login once, session kept with LocalAuth.
 * After a disconnect a new Client is made (a destroyed one cannot be initialised again) with back-off; after every
 * connect the unread chats' recent messages are handed over again, so what arrived while away (or what a crash lost
 * before the queue had it) comes in; the inbound queue and the database keep one per message id.
 */
export function createWhatsAppAdapter(options: WhatsAppAdapterOptions): ChannelAdapter & RateLimitedAdapter & { readonly client: WaClient } {
  const { logger } = options;
  const managed = !options.client;
  const makeClient =
    options.createClient ??
    (() =>
      new Client({
        authStrategy: new LocalAuth({ dataPath: path.resolve(options.dataDir, 'whatsapp') }),
        puppeteer: { executablePath: options.chromiumPath ?? undefined, args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage'] },
      }));
  let client: WaClient = options.client ?? makeClient();
  const backoff = options.reconnect ?? { initialMs: 2_000, maxMs: 300_000 };
  let attempts = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let deliver: (parsed: ReturnType<typeof translateWhatsAppMessage>) => Promise<void> | void = () => undefined;

  async function connect(): Promise<void> {
    try {
      await client.initialize();
    } catch (error) {
      logger.warn({ err: error, attempts }, 'whatsapp connection failed');
      scheduleReconnect();
    }
  }

  function scheduleReconnect(): void {
    if (stopped || timer || !managed) return;
    const delay = backoffDelay(backoff, attempts + 1);
    attempts += 1;
    logger.info({ delay, attempts }, 'whatsapp reconnecting');
    timer = setTimeout(async () => {
      timer = undefined;
      const old = client;
      client = makeClient();
      wire(client);
      await old.destroy().catch(() => undefined);
      await connect();
    }, delay);
  }

  /** Hands the unread chats' recent messages over again (duplicates are dropped by message id downstream). */
  async function catchUp(from: WaClient): Promise<number> {
    let handed = 0;
    const chats = (await from.getChats()) as unknown as WaChat[];
    for (const chat of chats) {
      if (!chat.unreadCount || chat.unreadCount <= 0) continue;
      for (const msg of await chat.fetchMessages({ limit: Math.min(chat.unreadCount, CATCH_UP_PER_CHAT) })) {
        if ((msg as { fromMe?: boolean }).fromMe) continue;
        await deliver(translateWhatsAppMessage(msg));
        handed += 1;
      }
    }
    return handed;
  }

  function wire(c: WaClient): void {
    c.on('qr', (qr: string) => {
      logger.info({ qr }, 'whatsapp login: scan this QR code with the company phone (WhatsApp → Linked devices)');
      qrcode.generate(qr, { small: true }, (art) => (options.qrOutput ?? process.stderr).write(`${art}\n`));
    });
    c.on('ready', () => {
      attempts = 0;
      logger.info('whatsapp ready');
      catchUp(c).then(
        (handed) => handed && logger.info({ handed }, 'whatsapp: unread messages handed over after connecting'),
        (err: unknown) => logger.warn({ err }, 'whatsapp catch-up failed'),
      );
    });
    c.on('auth_failure', (reason: string) => {
      logger.error({ reason }, 'whatsapp authentication failed; delete the session folder and scan again');
      options.onAuthFailure?.(String(reason));
    });
    c.on('disconnected', (reason: string) => {
      logger.warn({ reason }, 'whatsapp disconnected');
      scheduleReconnect();
    });
    c.on('message', (msg: unknown) => deliver(translateWhatsAppMessage(msg)));
    c.on('message_edit', (msg: unknown, newBody: unknown) => deliver(translateWhatsAppMessage(msg, 'edit', String(newBody ?? ''))));
    c.on('message_revoke_everyone', (after: unknown, before: unknown) => deliver(translateWhatsAppRevoke(before ?? after)));
  }

  return {
    channel: 'whatsapp',
    capabilities: { ...WHATSAPP_CAPABILITIES, automated: options.automated ?? DEFAULT_WHATSAPP_AUTOMATED },
    sendLimits: options.sendLimits ?? WHATSAPP_SEND_LIMITS,
    get client() {
      return client;
    },

    async start(onInbound: InboundHandler) {
      if (managed && !options.createClient && !options.chromiumPath) throw new StartupError(chromiumMissing(undefined));
      deliver = (parsed) => {
        if ('drop' in parsed) return logger.debug({ reason: parsed.drop }, 'whatsapp message dropped');
        // events cannot be refused: keep trying until the queue takes it (a crash meanwhile: the catch-up brings it back)
        return handOver(onInbound, parsed.message, logger).catch((err: unknown) => logger.error({ err }, 'whatsapp message lost'));
      };
      wire(client);
      // logging in may wait for a QR scan: never hold up the other channels
      if (managed) void connect();
    },

    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (managed) await client.destroy().catch((err: unknown) => logger.debug({ err }, 'whatsapp destroy failed'));
    },

    async send(message: OutboundMessage): Promise<SentMessage> {
      const audience = message.audience;
      if (audience && audience.userId !== message.chatId) {
        // a group: the answer goes to the asker's own chat, the group sees only the pointer
        const sent = await this.send({ ...message, chatId: audience.userId, replyToExternalId: undefined, audience: undefined });
        const pointer = await this.send({ channel: message.channel, chatId: message.chatId, text: audience.pointer });
        return { externalIds: [...sent.externalIds, ...pointer.externalIds] };
      }
      const externalIds: string[] = [];
      const quoted = message.replyToExternalId?.split('/').at(-1);
      if (message.text || !message.files?.length) {
        const sent = await client.sendMessage(message.chatId, message.text, quoted ? { quotedMessageId: quoted } : undefined);
        externalIds.push(waMessageId(sent.id));
      }
      for (const file of message.files ?? []) {
        const media = new MessageMedia(file.mimeType, file.data.toString('base64'), file.name);
        const sent = await client.sendMessage(message.chatId, media, { sendMediaAsDocument: !file.mimeType.startsWith('image/') });
        externalIds.push(waMessageId(sent.id));
      }
      return { externalIds };
    },
  };
}

/** The registry's factory: WhatsApp when WHATSAPP_ENABLED is set. */
export function whatsappFromConfig(deps: AdapterDeps): (ChannelAdapter & RateLimitedAdapter) | null {
  const { config, logger } = deps;
  if (!config.WHATSAPP_ENABLED) return null;
  const chromiumPath = findChromium(config.CHROMIUM_PATH);
  const adapter = createWhatsAppAdapter({ dataDir: config.DATA_DIR, chromiumPath, logger: logger.child({ channel: 'whatsapp' }), automated: whatsappAutomatedPolicy(config), onAuthFailure: deps.onAlert && ((reason) => deps.onAlert!('whatsapp', 'auth_failure', reason)) });
  if (!chromiumPath && config.CHROMIUM_PATH) {
    // a wrong CHROMIUM_PATH is named as such (start() reports the general case)
    return { ...adapter, start: async () => { throw new StartupError(chromiumMissing(config.CHROMIUM_PATH)); } };
  }
  return adapter;
}
