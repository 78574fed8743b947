import path from 'node:path';
import qrcode from 'qrcode-terminal';
import wwebjs from 'whatsapp-web.js';
import type { Client as WaClient } from 'whatsapp-web.js';
import type { ChannelAdapter, ChannelCapabilities, InboundHandler, OutboundMessage, SentMessage } from '../domain/messages';
import type { Logger } from '../logger';
import { backoffDelay, type BackoffPolicy } from '../domain/retry-backoff';
import { handOver } from './hand-over';
import type { AdapterDeps } from './index';
import type { RateLimitedAdapter, SendLimits } from './send-limits';
import { translateWhatsAppMessage, translateWhatsAppRevoke, waMessageId } from './whatsapp.translate';

const { Client, LocalAuth, MessageMedia } = wwebjs;

export const WHATSAPP_CAPABILITIES: ChannelCapabilities = {
  // WhatsApp Web has no dependable buttons; choices become numbered replies
  buttons: false,
  threads: false,
  files: true,
  // free-form messages only within 24 h of the buyer's last message
  replyWindowHours: 24,
  maxTextLength: 4096,
  customerFacing: true,
};

// Accounts that send in bursts get blocked: one message every 3 s per chat, at most one a second overall, with jitter.
export const WHATSAPP_SEND_LIMITS: SendLimits = { perChatMs: 3000, globalPerSecond: 1, jitterMs: 1500 };

export interface WhatsAppAdapterOptions {
  /** the session (LocalAuth) is kept under <dataDir>/whatsapp */
  dataDir: string;
  chromiumPath: string;
  logger: Logger;
  /** a ready-made client (tests); the adapter then does not connect it */
  client?: WaClient;
  /** first and longest wait between reconnection attempts */
  reconnect?: BackoffPolicy;
  /** overrides WHATSAPP_SEND_LIMITS (tests) */
  sendLimits?: SendLimits;
  /** where the login QR code is drawn (stderr: stdout belongs to the terminal chat) */
  qrOutput?: NodeJS.WritableStream;
}

/**
 * WhatsApp through whatsapp-web.js (a WhatsApp Web session in Chromium): QR login once, session kept with LocalAuth,
 * reconnection with back-off after a disconnect. Buyers write here; reps who use WhatsApp for work can link it too.
 */
export function createWhatsAppAdapter(options: WhatsAppAdapterOptions): ChannelAdapter & RateLimitedAdapter & { client: WaClient } {
  const { logger } = options;
  const managed = !options.client;
  const client: WaClient =
    options.client ??
    new Client({
      authStrategy: new LocalAuth({ dataPath: path.resolve(options.dataDir, 'whatsapp') }),
      puppeteer: { executablePath: options.chromiumPath, args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage'] },
    });
  const backoff = options.reconnect ?? { initialMs: 2_000, maxMs: 300_000 };
  let attempts = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    try {
      await client.initialize();
    } catch (error) {
      logger.warn({ err: error, attempts }, 'whatsapp connection failed');
      scheduleReconnect();
    }
  }

  function scheduleReconnect(): void {
    if (stopped || timer) return;
    const delay = backoffDelay(backoff, attempts + 1);
    attempts += 1;
    logger.info({ delay, attempts }, 'whatsapp reconnecting');
    timer = setTimeout(async () => {
      timer = undefined;
      await client.destroy().catch(() => undefined);
      await connect();
    }, delay);
  }

  return {
    channel: 'whatsapp',
    capabilities: WHATSAPP_CAPABILITIES,
    sendLimits: options.sendLimits ?? WHATSAPP_SEND_LIMITS,
    client,

    async start(onInbound: InboundHandler) {
      const deliver = (parsed: ReturnType<typeof translateWhatsAppMessage>) => {
        if ('drop' in parsed) return logger.debug({ reason: parsed.drop }, 'whatsapp message dropped');
        // events cannot be refused: keep trying until the queue takes it
        return handOver(onInbound, parsed.message, logger).catch((err: unknown) => logger.error({ err }, 'whatsapp message lost'));
      };
      client.on('qr', (qr: string) => {
        logger.info({ qr }, 'whatsapp login: scan this QR code with the company phone (WhatsApp → Linked devices)');
        qrcode.generate(qr, { small: true }, (art) => (options.qrOutput ?? process.stderr).write(`${art}\n`));
      });
      client.on('ready', () => {
        attempts = 0;
        logger.info('whatsapp ready');
      });
      client.on('auth_failure', (reason: string) => logger.error({ reason }, 'whatsapp authentication failed; delete the session folder and scan again'));
      client.on('disconnected', (reason: string) => {
        logger.warn({ reason }, 'whatsapp disconnected');
        scheduleReconnect();
      });
      client.on('message', (msg: unknown) => deliver(translateWhatsAppMessage(msg)));
      client.on('message_edit', (msg: unknown, newBody: unknown) => deliver(translateWhatsAppMessage(msg, 'edit', String(newBody ?? ''))));
      client.on('message_revoke_everyone', (after: unknown, before: unknown) => deliver(translateWhatsAppRevoke(before ?? after)));
      // logging in may wait for a QR scan: never hold up the other channels
      if (managed) void connect();
    },

    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (managed) await client.destroy().catch((err: unknown) => logger.debug({ err }, 'whatsapp destroy failed'));
    },

    async send(message: OutboundMessage): Promise<SentMessage> {
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
export function whatsappFromConfig({ config, logger }: AdapterDeps): (ChannelAdapter & RateLimitedAdapter) | null {
  if (!config.WHATSAPP_ENABLED) return null;
  return createWhatsAppAdapter({ dataDir: config.DATA_DIR, chromiumPath: config.CHROMIUM_PATH, logger: logger.child({ channel: 'whatsapp' }) });
}
