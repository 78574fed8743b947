import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Input, Telegraf, TelegramError } from 'telegraf';
import type { ChannelAdapter, ChannelCapabilities, InboundHandler, OutboundFile, OutboundMessage, SentMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';
import { handOver } from './hand-over';
import type { AdapterDeps } from './adapter-deps';
import { RetryAfterError, type RateLimitedAdapter, type SendLimits } from './send-limits';
import { encodeCallbackData, telegramMessageId, translateTelegramUpdate } from './telegram.translate';
import { createPressBook } from './telegram.presses';

export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  buttons: true,
  threads: false,
  files: true,
  replyWindowHours: null,
  maxTextLength: 4096,
  // buyers find the company's bot and write to it
  customerFacing: true,
};

// Telegram's published limits: about 1 message a second per chat, 30 a second per bot.
export const TELEGRAM_SEND_LIMITS: SendLimits = { perChatMs: 1000, globalPerSecond: 30 };

export interface TelegramAdapterOptions {
  token: string;
  /** another Bot API server (Telegram's self-hosted one, or a test fake) */
  apiRoot?: string;
  /** webhook mode; without it the bot long-polls */
  webhook?: { url: string; secret: string; port: number; host?: string };
  logger: Logger;
  /** how long a button press waits for the flow's answer before its spinner is stopped without one (default 8 s) */
  pressDeadlineMs?: number;
}

// answerCallbackQuery shows at most 200 characters; a longer answer is sent as a message
const PRESS_ANSWER_MAX = 200;

/**
 * Telegram via telegraf: long polling by default, or a webhook whose secret token is required (telegraf skips
 * the check when none is set). Updates are translated and handed to the inbound queue before they are acknowledged.
 */
export function createTelegramAdapter(options: TelegramAdapterOptions): ChannelAdapter & RateLimitedAdapter & { webhookPort(): number | undefined } {
  const { logger } = options;
  if (options.webhook && !options.webhook.secret) throw new Error('Telegram webhook mode needs a secret token');
  const bot = new Telegraf(options.token, { telegram: options.apiRoot ? { apiRoot: options.apiRoot } : {} });
  let server: http.Server | undefined;
  let polling: Promise<void> | undefined;
  const presses = createPressBook(
    (pressId) => void bot.telegram.answerCbQuery(pressId).catch((err: unknown) => logger.debug({ err }, 'answerCallbackQuery failed')),
    options.pressDeadlineMs ?? 8_000,
  );

  bot.catch((error, ctx) => {
    logger.error({ err: error, updateId: ctx.update?.update_id }, 'telegram update not handed over');
    // a webhook answers 500 so Telegram delivers the update again
    if (options.webhook) throw error;
  });

  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof TelegramError && error.code === 429) {
        throw new RetryAfterError((error.parameters?.retry_after ?? 1) * 1000, error);
      }
      throw error;
    }
  }

  return {
    channel: 'telegram',
    capabilities: TELEGRAM_CAPABILITIES,
    sendLimits: TELEGRAM_SEND_LIMITS,
    webhookPort: () => (server?.address() as AddressInfo | null)?.port,

    async start(onInbound: InboundHandler) {
      bot.botInfo ??= await bot.telegram.getMe();
      bot.use(async (ctx) => {
        const { messages, problem } = translateTelegramUpdate(ctx.update, bot.botInfo?.id);
        if (problem) logger.warn({ updateId: (ctx.update as { update_id?: number }).update_id, problem }, 'telegram update dropped');
        // webhooks: give up after 5 s so Telegram retries; polling: wait, the updates stay with Telegram meanwhile
        // a press is answered by its flow (a refusal shows as a notice on the press) or silently after the deadline;
        // held before the hand-over, since the flow may answer before the hand-over returns
        const pressed = messages.find((m) => m.action?.pressId);
        if (pressed) presses.hold(pressed.action!.pressId!, pressed.chatId);
        try {
          for (const message of messages) await handOver(onInbound, message, logger, options.webhook ? 5_000 : undefined);
        } catch (error) {
          if (pressed) presses.take(pressed.action!.pressId!); // not handed over: no flow will answer it
          throw error;
        }
        if (!pressed && ctx.callbackQuery) await ctx.answerCbQuery().catch((err: unknown) => logger.debug({ err }, 'answerCallbackQuery failed'));
      });
      if (options.webhook) {
        const { url, secret, port, host } = options.webhook;
        const callback = bot.webhookCallback(new URL(url).pathname, { secretToken: secret });
        server = http.createServer((req, res) => {
          callback(req, res).catch(() => {
            if (!res.headersSent) res.writeHead(500);
            res.end();
          });
        });
        await new Promise<void>((resolve) => server!.listen(port, host, resolve));
        await bot.telegram.setWebhook(url, { secret_token: secret });
        logger.info({ url }, 'telegram webhook set');
      } else {
        await bot.telegram.deleteWebhook();
        // launch() resolves only when polling stops
        polling = bot.launch().catch((error: unknown) => logger.error({ err: error }, 'telegram polling stopped'));
        logger.info({ bot: bot.botInfo.username }, 'telegram long polling');
      }
    },

    async stop() {
      presses.clear();
      if (polling) {
        bot.stop('shutdown');
        await polling;
      }
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    },

    async send(message: OutboundMessage): Promise<SentMessage> {
      if (message.settle) await removeKeyboard(message.settle.messageId);
      const pressId = message.pressAnswer?.pressId;
      if (pressId && message.text.length <= PRESS_ANSWER_MAX && presses.take(pressId)) {
        try {
          await call(() => bot.telegram.answerCbQuery(pressId, message.text, { show_alert: true }));
          return { externalIds: [`press:${pressId}`] };
        } catch (error) {
          // too late (Telegram forgets a press after a while): the answer goes as an ordinary message
          logger.debug({ err: error }, 'press answer not shown; sent as a message');
        }
      }
      const audience = message.audience;
      if (!audience || audience.userId === String(message.chatId)) return deliver(message);
      // a group: the answer goes to the asker's private chat with the bot, the group sees only the pointer
      const notice = (text: string) => deliver({ channel: message.channel, chatId: message.chatId, threadId: message.threadId, replyToExternalId: message.replyToExternalId, text });
      let sent: SentMessage;
      try {
        sent = await deliver({ ...message, chatId: audience.userId, threadId: undefined, replyToExternalId: undefined, audience: undefined });
      } catch (error) {
        // 403: the person never started a chat with the bot (or blocked it); Telegram lets no bot write first
        if (error instanceof TelegramError && (error.code === 403 || error.code === 400)) {
          logger.debug({ code: error.code }, 'private answer not deliverable; the group is told how to get it');
          return notice(audience.unreachable);
        }
        throw error;
      }
      const pointer = await notice(audience.pointer);
      return { externalIds: [...sent.externalIds, ...pointer.externalIds] };
    },
  };

  /** A decided card keeps its text; its buttons go (a message too old to edit keeps them, which is harmless). */
  async function removeKeyboard(messageId: string): Promise<void> {
    const [chat, id] = messageId.split(':');
    if (!chat || !Number(id)) return;
    await call(() => bot.telegram.editMessageReplyMarkup(chat, Number(id), undefined, { inline_keyboard: [] })).catch((err: unknown) => {
      if (err instanceof RetryAfterError) throw err;
      logger.debug({ err }, 'inline keyboard not removed');
    });
  }

  async function deliver(message: OutboundMessage): Promise<SentMessage> {
    const chatId = message.chatId;
    // an ordinary answer in the chat: any press there waiting for one stops spinning
    presses.settleChat(String(chatId));
    const threadId = message.threadId ? Number(message.threadId) : undefined;
    const replyTo = message.replyToExternalId?.split(':').at(-1);
    const externalIds: string[] = [];
    if (message.text || !message.files?.length) {
      const sent = await call(() =>
        bot.telegram.sendMessage(chatId, message.text || ' ', {
          message_thread_id: threadId,
          reply_parameters: replyTo ? { message_id: Number(replyTo), allow_sending_without_reply: true } : undefined,
          reply_markup: message.buttons?.length
            ? { inline_keyboard: message.buttons.map((b) => [{ text: b.label, callback_data: encodeCallbackData(b.action, b.value) }]) }
            : undefined,
        }),
      );
      externalIds.push(telegramMessageId(sent.chat.id, sent.message_id));
    }
    for (const file of message.files ?? []) {
      // a chart is shown in the chat as a picture; a PDF (or anything else) stays a file to download
      const input = Input.fromBuffer(file.data, file.name);
      const sent = await call<{ chat: { id: number }; message_id: number }>(() =>
        isTelegramPhoto(file)
          ? bot.telegram.sendPhoto(chatId, input, { message_thread_id: threadId })
          : bot.telegram.sendDocument(chatId, input, { message_thread_id: threadId }),
      );
      externalIds.push(telegramMessageId(sent.chat.id, sent.message_id));
    }
    return { externalIds };
  }
}

// sendPhoto takes JPEG and PNG up to 10 MB (Telegram recompresses them for the chat); larger ones go as documents
const PHOTO_TYPES = new Set(['image/png', 'image/jpeg']);
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** Whether a file is shown as a photo in the chat rather than sent as a document. */
export function isTelegramPhoto(file: OutboundFile): boolean {
  return PHOTO_TYPES.has(file.mimeType.toLowerCase()) && file.data.length <= PHOTO_MAX_BYTES;
}

/** The registry's factory: a Telegram adapter when a bot token is configured. */
export function telegramFromConfig({ config, logger }: AdapterDeps): (ChannelAdapter & RateLimitedAdapter) | null {
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  return createTelegramAdapter({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    webhook: config.TELEGRAM_WEBHOOK_URL
      ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET!, port: config.TELEGRAM_WEBHOOK_PORT }
      : undefined,
    logger: logger.child({ channel: 'telegram' }),
  });
}
