import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { ChannelAdapter, ChannelCapabilities, InboundHandler, InboundMessage, OutboundMessage, SentMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';
import { handOver } from './hand-over';
import type { AdapterDeps } from './adapter-deps';
import { RetryAfterError, type RateLimitedAdapter, type SendLimits } from './send-limits';
import {
  buttonActionIds,
  escapeSlackText,
  promptMetadataFor,
  slackMessageId,
  slackUserIdOf,
  translateBlockAction,
  translateSlackEvent,
  translateSlashCommand,
  translateViewSubmission,
  type SlackParse,
} from './slack.translate';

export const SLACK_CAPABILITIES: ChannelCapabilities = {
  buttons: true,
  threads: true,
  files: true,
  modals: true,
  replyWindowHours: null,
  // a section block holds 3,000 characters
  maxTextLength: 3000,
  // the team's workspace: strangers here are refused, never taken for buyers
  customerFacing: false,
};

// chat.postMessage: about one message a second per channel; a workspace-wide burst ceiling besides
export const SLACK_SEND_LIMITS: SendLimits = { perChatMs: 1000, globalPerSecond: 20 };

export interface SlackAdapterOptions {
  botToken: string;
  signingSecret?: string;
  /** Socket Mode when set (no public URL needed) */
  appToken?: string;
  /** Web API base (Enterprise Grid/GovSlack hosts, or a test fake), ending in /api/ */
  apiUrl?: string;
  /** HTTP receiver port (0 = any free port) */
  port: number;
  logger: Logger;
}

// Slack retries an event it thinks was not acknowledged; the same event_id must not become two messages
const SEEN_EVENTS_MAX = 10_000;

function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug: (...m) => logger.debug({ bolt: m.map(String).join(' ') }),
    info: (...m) => logger.info({ bolt: m.map(String).join(' ') }),
    warn: (...m) => logger.warn({ bolt: m.map(String).join(' ') }),
    error: (...m) => logger.error({ bolt: m.map(String).join(' ') }),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Slack via Bolt: Events API over HTTP (Bolt's receiver verifies signatures and timestamps) or Socket Mode;
 * `/crm …` slash commands, DMs and mentions, block-action buttons and prompt modals. Each request is answered
 * only after the message is in the inbound queue (processBeforeResponse), well inside Slack's 3 seconds.
 */
export function createSlackAdapter(options: SlackAdapterOptions): ChannelAdapter & RateLimitedAdapter & { port(): number | undefined } {
  const { logger } = options;
  const socketMode = Boolean(options.appToken);
  const app = new App({
    token: options.botToken,
    signingSecret: options.signingSecret,
    appToken: options.appToken,
    socketMode,
    processBeforeResponse: !socketMode,
    logger: boltLogger(logger),
    clientOptions: { slackApiUrl: options.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 2, factor: 2, minTimeout: 200 } },
  });
  const seenEvents = new Set<string>();
  let server: Server | undefined;
  let botUserId: string | undefined;

  function seen(eventId: string | undefined): boolean {
    if (!eventId) return false;
    if (seenEvents.has(eventId)) return true;
    seenEvents.add(eventId);
    if (seenEvents.size > SEEN_EVENTS_MAX) seenEvents.delete(seenEvents.values().next().value!);
    return false;
  }

  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const e = error as { code?: string; retryAfter?: number };
      if (e.code === 'slack_webapi_rate_limited_error') throw new RetryAfterError((e.retryAfter ?? 1) * 1000, error);
      throw error;
    }
  }

  /** A decided message: its buttons are replaced by the decision (chat.update). Failing to is logged, not fatal. */
  async function settle(messageId: string, text: string): Promise<void> {
    const cut = messageId.lastIndexOf(':');
    const [channel, ts] = [messageId.slice(0, cut), messageId.slice(cut + 1)];
    if (cut <= 0 || !ts) return;
    const escaped = escapeSlackText(text);
    await call(() => app.client.chat.update({ channel, ts, text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped.slice(0, 3000) } }] })).catch((err: unknown) => {
      if (err instanceof RetryAfterError) throw err;
      logger.debug({ err }, 'decided message not updated');
    });
  }

  return {
    channel: 'slack',
    capabilities: SLACK_CAPABILITIES,
    sendLimits: SLACK_SEND_LIMITS,
    port: () => (server?.address() as AddressInfo | null)?.port,

    async start(onInbound: InboundHandler) {
      // within Slack's 3 s: if the queue is not reachable by then, Slack gets an error and retries
      const deliver = async (parse: SlackParse) => {
        if ('drop' in parse) return logger.debug({ reason: parse.drop }, 'slack payload dropped');
        await handOver(onInbound, parse.message as InboundMessage, logger, 2_000);
      };
      const auth = await app.client.auth.test();
      botUserId = auth.user_id as string | undefined;

      app.use(async ({ body, next }) => {
        const eventId = (body as { event_id?: string }).event_id;
        if (seen(eventId)) return logger.debug({ eventId }, 'slack retry of a seen event dropped');
        await next();
      });
      // the envelope says which workspace (and Grid org) the event came from: part of who the sender is
      const workspaceOf = (body: unknown) => {
        const b = body as { team_id?: string; enterprise_id?: string };
        return { teamId: b.team_id, enterpriseId: b.enterprise_id };
      };
      app.event('message', async ({ event, body }) => deliver(translateSlackEvent(event, botUserId, workspaceOf(body))));
      app.event('app_mention', async ({ event, body }) => deliver(translateSlackEvent(event, botUserId, workspaceOf(body))));
      app.command(/.*/, async ({ command, ack }) => {
        await deliver(translateSlashCommand(command));
        await ack();
      });
      app.action(/.*/, async ({ body, ack }) => {
        await deliver(translateBlockAction(body));
        await ack();
      });
      app.view(/.*/, async ({ body, ack }) => {
        await deliver(translateViewSubmission(body));
        await ack();
      });
      app.error(async (error) => logger.error({ err: error }, 'slack listener failed'));
      const started = await app.start(options.port);
      if (!socketMode) server = started as Server;
      logger.info({ socketMode, botUserId }, 'slack started');
    },

    async stop() {
      await app.stop();
    },

    async send(message: OutboundMessage): Promise<SentMessage> {
      if (message.prompt?.triggerId) {
        const p = message.prompt;
        const opened = await call(() =>
          app.client.views.open({
            trigger_id: p.triggerId!,
            view: {
              type: 'modal',
              callback_id: p.submitAction,
              private_metadata: promptMetadataFor(message.chatId, message.threadId, p.value, p.messageId),
              title: { type: 'plain_text', text: p.title.slice(0, 24) },
              submit: { type: 'plain_text', text: 'OK' },
              blocks: [{ type: 'input', block_id: 'prompt', label: { type: 'plain_text', text: p.label.slice(0, 2000) }, element: { type: 'plain_text_input', action_id: 'text', multiline: true } }],
            },
          }),
        );
        return { externalIds: [`view:${opened.view?.id ?? ''}`] };
      }
      if (message.settle) await settle(message.settle.messageId, message.settle.text);
      const presser = message.pressAnswer ? slackUserIdOf(message.pressAnswer.userId) : null;
      if (presser) {
        try {
          // in place, to the presser only (in a DM too: it is an answer to the press, not part of the conversation)
          const posted = await call(() => app.client.chat.postEphemeral({ channel: message.chatId, user: presser, text: escapeSlackText(message.text) || ' ', thread_ts: message.threadId }));
          return { externalIds: [`ephemeral:${message.chatId}:${posted.message_ts ?? ''}`] };
        } catch (error) {
          if (error instanceof RetryAfterError) throw error;
          logger.debug({ err: error }, 'ephemeral press answer failed; sent as a message');
        }
      }
      const externalIds: string[] = [];
      const text = escapeSlackText(message.text);
      // in a channel, a private answer is ephemeral: shown in place, to the asker only (a DM is private already)
      const privateTo = message.audience && !message.chatId.startsWith('D') ? slackUserIdOf(message.audience.userId) : null;
      if (message.text || !message.files?.length) {
        const ids = message.buttons?.length ? buttonActionIds(message.buttons) : [];
        const blocks = message.buttons?.length
          ? [
              { type: 'section', text: { type: 'mrkdwn', text: text || ' ' } },
              {
                type: 'actions',
                elements: message.buttons.map((b, i) => ({
                  type: 'button' as const, action_id: ids[i], text: { type: 'plain_text' as const, text: b.label.slice(0, 75) }, value: b.value, style: b.style,
                })),
              },
            ]
          : undefined;
        if (privateTo) {
          const posted = await call(() =>
            app.client.chat.postEphemeral({ channel: message.chatId, user: privateTo, text: text || ' ', thread_ts: message.threadId, blocks }),
          );
          externalIds.push(`ephemeral:${message.chatId}:${posted.message_ts ?? ''}`);
        } else {
          const posted = await call(() => app.client.chat.postMessage({ channel: message.chatId, text: text || ' ', thread_ts: message.threadId, blocks }));
          externalIds.push(slackMessageId(posted.channel ?? message.chatId, posted.ts ?? ''));
        }
      }
      // files cannot be ephemeral: a private answer's files go to the asker's DM with the bot
      const fileChannel = privateTo && message.files?.length ? (await call(() => app.client.conversations.open({ users: privateTo }))).channel?.id : message.chatId;
      for (const file of message.files ?? []) {
        if (!fileChannel) throw new Error('no direct message channel for a private file');
        // a picture is shown inline in the conversation (with a description for screen readers); others are file cards
        const picture = isInlineImage(file.mimeType) ? { title: file.name, alt_text: imageDescription(message.text, file.name) } : {};
        await call(() => app.client.filesUploadV2({ channel_id: fileChannel, file: file.data, filename: file.name, ...picture, ...(message.threadId && !privateTo ? { thread_ts: message.threadId } : {}) } as Parameters<typeof app.client.filesUploadV2>[0]));
        externalIds.push(`file:${message.chatId}:${file.name}:${Date.now()}`);
      }
      return { externalIds };
    },
  };
}

// Slack previews these inline in the conversation
const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);
const isInlineImage = (mimeType: string) => INLINE_IMAGE_TYPES.has(mimeType.toLowerCase());
// the text the picture came with says what it shows (a chart's summary); Slack keeps alt text short
const imageDescription = (text: string, name: string) => (text.split('\n')[0] || name).slice(0, 1000);

/** The registry's factory: a Slack adapter when a bot token is configured. */
export function slackFromConfig({ config, logger }: AdapterDeps): (ChannelAdapter & RateLimitedAdapter) | null {
  if (!config.SLACK_BOT_TOKEN) return null;
  return createSlackAdapter({
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    port: config.SLACK_PORT,
    logger: logger.child({ channel: 'slack' }),
  });
}
