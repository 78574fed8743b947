import { createHmac, timingSafeEqual } from 'node:crypto';
import { readCappedBody } from './http-body';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelAdapter, ChannelCapabilities, DeliveryHandler, InboundHandler, OutboundMessage, SentMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';
import { StartupError } from '../startup-error';
import type { AdapterDeps } from './adapter-deps';
import { handOver } from './hand-over';
import { RetryAfterError, type RateLimitedAdapter, type SendLimits } from './send-limits';
import {
  graphErrorSchema, graphMediaSchema, graphSentSchema, interactiveBody, templateBody, translateCloudWebhook, WHATSAPP_CLOUD_CHANNEL,
} from './whatsapp-cloud.translate';

export const WHATSAPP_CLOUD_CAPABILITIES: ChannelCapabilities = {
  // reply buttons (up to 3) or a list (up to 10)
  buttons: true,
  threads: false,
  files: true,
  // the Business Platform's customer-service window: free-form messages only within 24 hours of the buyer's last
  // message; after that only approved templates (the wake-up planner and /reply ask this, never the channel's name)
  replyWindowHours: 24,
  maxTextLength: 4096,
  customerFacing: true,
};

// Cloud API throughput is 80 messages/s per number; one user may get bursts, then ~1 every 6 s (error 131056)
export const WHATSAPP_CLOUD_SEND_LIMITS: SendLimits = { perChatMs: 1000, globalPerSecond: 50 };

// Graph API codes that mean "too fast": the send waits this long and goes again (the API gives no Retry-After)
const RATE_LIMITED: Record<number, number> = { 4: 60_000, 80007: 60_000, 130429: 1_000, 131056: 6_000 };
// an interactive message's body holds at most 1,024 characters
const INTERACTIVE_BODY_MAX = 1024;
// webhook deliveries are small JSON documents; anything larger is refused before it is read into memory
const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

export interface WhatsAppCloudAdapterOptions {
  phoneNumberId: string;
  accessToken: string;
  /** the Meta app's secret: webhook deliveries are signed with it (X-Hub-Signature-256) */
  appSecret: string;
  /** the token typed into the app's webhook settings; Meta sends it back in the subscription handshake */
  verifyToken: string;
  /** Graph API root with its version, e.g. https://graph.facebook.com/v21.0 */
  apiUrl: string;
  webhook: { port: number; path: string; host?: string };
  logger: Logger;
  /** overrides WHATSAPP_CLOUD_SEND_LIMITS (tests) */
  sendLimits?: SendLimits;
  /** how long a webhook waits for the inbound queue before answering 500 (Meta then delivers it again) */
  handOverWaitMs?: number;
}

/** The Graph API refused a call; `code` is its error code (190: the access token is invalid or expired). */
export class WhatsAppCloudError extends Error {
  override name = 'WhatsAppCloudError';
  constructor(readonly status: number, readonly code: number | undefined, message: string) {
    super(`WhatsApp Cloud API ${status}${code === undefined ? '' : ` (code ${code})`}: ${message}`);
  }
}

/** Constant-time comparison of two strings (different lengths are simply unequal). */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The WhatsApp Business Platform (Cloud API): webhooks in (signed by the app secret), the Graph API out. Messages
 * are handed to the inbound queue before the webhook is answered, so a delivery is never acknowledged and lost; a
 * redelivery keeps its message id and is stored once. Status webhooks (sent, delivered, read, failed) go to the
 * delivery handler. Outside the 24-hour window the domain sends approved templates, which this adapter renders.
 */
export function createWhatsAppCloudAdapter(options: WhatsAppCloudAdapterOptions): ChannelAdapter & RateLimitedAdapter & { webhookPort(): number | undefined } {
  const { logger } = options;
  const api = options.apiUrl.replace(/\/+$/, '');
  let server: http.Server | undefined;

  async function graph(path: string, init: { method?: string; json?: unknown; form?: FormData } = {}): Promise<unknown> {
    const response = await fetch(`${api}/${path}`, {
      method: init.method ?? (init.json || init.form ? 'POST' : 'GET'),
      headers: { authorization: `Bearer ${options.accessToken}`, ...(init.json ? { 'content-type': 'application/json' } : {}) },
      body: init.form ?? (init.json ? JSON.stringify(init.json) : undefined),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return body;
    const error = graphErrorSchema.safeParse(body);
    const code = error.success ? error.data.error.code : undefined;
    const wait = response.status === 429 ? 1_000 : code === undefined ? undefined : RATE_LIMITED[code];
    const failure = new WhatsAppCloudError(response.status, code, (error.success && error.data.error.message) || response.statusText);
    if (wait !== undefined) throw new RetryAfterError(wait, failure);
    if (code === 190) logger.error({ code }, 'whatsapp-cloud: the access token is invalid or expired; set a new WHATSAPP_CLOUD_ACCESS_TOKEN');
    throw failure;
  }

  async function sendMessage(to: string, content: Record<string, unknown>, replyTo?: string): Promise<string> {
    const sent = await graph(`${options.phoneNumberId}/messages`, {
      json: { messaging_product: 'whatsapp', recipient_type: 'individual', to, ...content, ...(replyTo ? { context: { message_id: replyTo } } : {}) },
    });
    return graphSentSchema.parse(sent).messages[0].id;
  }

  /** A file goes up as media first (the Graph API's multipart upload), then is sent by its media id. */
  async function uploadMedia(file: { name: string; mimeType: string; data: Buffer }): Promise<string> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', file.mimeType);
    form.set('file', new Blob([new Uint8Array(file.data)], { type: file.mimeType }), file.name);
    return graphMediaSchema.parse(await graph(`${options.phoneNumberId}/media`, { form })).id;
  }

  async function handleWebhook(req: http.IncomingMessage, res: http.ServerResponse, onInbound: InboundHandler, onDelivery?: DeliveryHandler) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== options.webhook.path) return void res.writeHead(404).end();
    if (req.method === 'GET') {
      // the subscription handshake: Meta proves it knows the verify token, we echo its challenge
      const ok = url.searchParams.get('hub.mode') === 'subscribe' && sameSecret(url.searchParams.get('hub.verify_token') ?? '', options.verifyToken);
      if (!ok) return void res.writeHead(403).end();
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end(url.searchParams.get('hub.challenge') ?? '');
    }
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'GET, POST' }).end();
    const raw = await readCappedBody(req, MAX_WEBHOOK_BYTES);
    if (!raw) return void res.writeHead(413).end();
    // the signature is over the raw bytes, checked before anything is parsed or stored
    const expected = `sha256=${createHmac('sha256', options.appSecret).update(raw).digest('hex')}`;
    const signature = req.headers['x-hub-signature-256'];
    if (typeof signature !== 'string' || !sameSecret(signature, expected)) {
      logger.warn({ signed: typeof signature === 'string' }, 'whatsapp-cloud webhook with a bad or missing signature refused');
      return void res.writeHead(401).end();
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      logger.warn('whatsapp-cloud webhook body is not JSON; dropped');
      return void res.writeHead(400).end();
    }
    const { messages, reports, dropped } = translateCloudWebhook(payload, options.phoneNumberId);
    if (dropped.length) logger.debug({ dropped }, 'whatsapp-cloud webhook items dropped');
    try {
      for (const message of messages) await handOver(onInbound, message, logger, options.handOverWaitMs ?? 10_000);
      for (const report of reports) await onDelivery?.(report);
    } catch (error) {
      // not stored: a 500 makes Meta deliver it again (what was handed over already is kept once by its message id)
      logger.error({ err: error }, 'whatsapp-cloud webhook could not be handed over; Meta will deliver it again');
      return void res.writeHead(500).end();
    }
    res.writeHead(200).end();
  }

  return {
    channel: WHATSAPP_CLOUD_CHANNEL,
    capabilities: WHATSAPP_CLOUD_CAPABILITIES,
    sendLimits: options.sendLimits ?? WHATSAPP_CLOUD_SEND_LIMITS,
    webhookPort: () => (server?.address() as AddressInfo | null)?.port,

    async start(onInbound: InboundHandler, onDelivery?: DeliveryHandler) {
      // a refused token or a wrong phone number id is said at start, in one line, not at the first send
      try {
        await graph(`${options.phoneNumberId}?fields=display_phone_number`);
      } catch (error) {
        if (error instanceof WhatsAppCloudError && (error.status === 401 || error.code === 190)) {
          throw new StartupError(`whatsapp-cloud: the access token was refused (${error.message}); check WHATSAPP_CLOUD_ACCESS_TOKEN`);
        }
        if (error instanceof WhatsAppCloudError && error.status === 400) {
          throw new StartupError(`whatsapp-cloud: phone number id ${options.phoneNumberId} not found (${error.message}); check WHATSAPP_CLOUD_PHONE_NUMBER_ID`);
        }
        throw error;
      }
      server = http.createServer((req, res) => {
        handleWebhook(req, res, onInbound, onDelivery).catch((err: unknown) => {
          logger.error({ err }, 'whatsapp-cloud webhook failed');
          if (!res.headersSent) res.writeHead(500).end();
        });
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(options.webhook.port, options.webhook.host, resolve);
      });
      logger.info({ port: this.webhookPort(), path: options.webhook.path }, 'whatsapp-cloud webhook listening');
    },

    async stop() {
      if (!server) return;
      const closing = new Promise((resolve) => server!.close(resolve));
      server.closeAllConnections();
      await closing;
      server = undefined;
    },

    async send(message: OutboundMessage): Promise<SentMessage> {
      const audience = message.audience;
      if (audience && audience.userId !== message.chatId) {
        // no group chats here in practice; a private answer still goes to the person alone
        return this.send({ ...message, chatId: audience.userId, replyToExternalId: undefined, audience: undefined });
      }
      const to = message.chatId;
      const externalIds: string[] = [];
      if (message.template) {
        // outside the window: the approved template in the buyer's language stands for the text
        externalIds.push(await sendMessage(to, { type: 'template', template: templateBody(message.template) }));
        return { externalIds };
      }
      const buttons = message.buttons ?? [];
      if (buttons.length) {
        // a long text goes on its own; the buttons follow under a pointer to it
        const long = message.text.length > INTERACTIVE_BODY_MAX;
        if (long) externalIds.push(await sendMessage(to, { type: 'text', text: { body: message.text, preview_url: false } }, message.replyToExternalId));
        const body = long || !message.text ? '👆' : message.text;
        externalIds.push(await sendMessage(to, { type: 'interactive', interactive: interactiveBody(body, buttons, '☰') }, long ? undefined : message.replyToExternalId));
      } else if (message.text) {
        externalIds.push(await sendMessage(to, { type: 'text', text: { body: message.text, preview_url: false } }, message.replyToExternalId));
      }
      for (const file of message.files ?? []) {
        const id = await uploadMedia(file);
        // a chart is a picture in the chat; anything else (a proforma PDF) a document with its file name
        const content = file.mimeType.startsWith('image/') ? { type: 'image', image: { id } } : { type: 'document', document: { id, filename: file.name } };
        externalIds.push(await sendMessage(to, content));
      }
      return { externalIds };
    },
  };
}

/** The registry's factory: the Cloud API when its four settings are present (config refuses some without the rest). */
export function whatsappCloudFromConfig(deps: AdapterDeps): (ChannelAdapter & RateLimitedAdapter) | null {
  const { config, logger } = deps;
  if (!config.WHATSAPP_CLOUD_PHONE_NUMBER_ID || !config.WHATSAPP_CLOUD_ACCESS_TOKEN || !config.WHATSAPP_CLOUD_APP_SECRET || !config.WHATSAPP_CLOUD_VERIFY_TOKEN) return null;
  return createWhatsAppCloudAdapter({
    phoneNumberId: config.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
    accessToken: config.WHATSAPP_CLOUD_ACCESS_TOKEN,
    appSecret: config.WHATSAPP_CLOUD_APP_SECRET,
    verifyToken: config.WHATSAPP_CLOUD_VERIFY_TOKEN,
    apiUrl: config.WHATSAPP_CLOUD_API_URL,
    webhook: { port: config.WHATSAPP_CLOUD_WEBHOOK_PORT, path: config.WHATSAPP_CLOUD_WEBHOOK_PATH },
    logger: logger.child({ channel: WHATSAPP_CLOUD_CHANNEL }),
  });
}
