import type { Locale } from '../domain/i18n';
import type { ChannelCapabilities, InboundMessage, OutboundButton, OutboundFile, OutboundMessage, PrivateAudience } from '../domain/channel-contract';
import type { Services } from '../domain/services';
import type { Actor } from '../domain/team/actor';
import type { ReceiveLookAhead } from '../domain/inbox/inbox.service';
import { messageKey } from '../domain/crypto/personal-data-cipher';
import { messages } from './i18n';

export interface ReplyExtra {
  buttons?: OutboundButton[];
  files?: OutboundFile[];
  /** see OutboundMessage.pressAnswer / settle */
  pressAnswer?: OutboundMessage['pressAnswer'];
  settle?: OutboundMessage['settle'];
}

/** Everything a flow needs for one inbound message; no platform object in sight. */
export interface FlowContext {
  readonly message: InboundMessage;
  readonly services: Services;
  readonly capabilities: ChannelCapabilities;
  /** the linked team member, or null for a stranger */
  actor: Actor | null;
  /** language of the replies: the member's setting, else the company default */
  locale: Locale;
  /** on a customer-facing channel, the inbox's look-ups for this message, started beside the member check */
  inboxLookAhead?: ReceiveLookAhead;
  /** set by the command router: `/new Acme, MX` → { name: 'new', args: 'Acme, MX' } */
  command?: { name: string; args: string };
  reply(text: string, extra?: ReplyExtra): Promise<void>;
  /**
   * This run's identity (the inbound message's channel and keyed id): what a flow does once per run beyond its
   * replies (a message to a buyer) is keyed by it, so a retried or redelivered run does not do it twice.
   */
  readonly runKey: string;
}

/** A context whose actor is known (after the membership check). */
export type MemberContext = FlowContext & { actor: Actor };

const DEFAULT_CAPABILITIES: ChannelCapabilities = {
  buttons: false,
  threads: false,
  files: false,
  replyWindowHours: null,
  maxTextLength: 4000,
  customerFacing: false,
};

/**
 * Answers to a command typed in a shared chat (a Telegram group, a Slack channel) may hold customer data that other
 * members of that chat may not see: they go to the asker alone, and the chat sees only a pointer.
 */
function privateAudience(message: InboundMessage, locale: Locale): PrivateAudience | undefined {
  if (message.isDirect !== false) return undefined;
  const name = message.senderName;
  return {
    kind: 'private',
    userId: message.senderId,
    pointer: messages(locale).common.privatePointer({ name }),
    unreachable: messages(locale).common.privateUnreachable,
  };
}

export function createFlowContext(services: Services, message: InboundMessage): FlowContext {
  // each reply is keyed by this message and its place in the run, so a repeated run sends only what is missing
  const send = services.replies.forRun({ channel: message.channel, externalId: message.externalId });
  const ctx: FlowContext = {
    message,
    services,
    capabilities: services.messenger.capabilities(message.channel) ?? DEFAULT_CAPABILITIES,
    actor: null,
    locale: services.settings.defaultLocale,
    runKey: `${message.channel}:${messageKey(message.externalId)}`,
    async reply(text, extra) {
      await send({
        channel: message.channel,
        chatId: message.chatId,
        threadId: message.threadId,
        text,
        buttons: extra?.buttons,
        files: extra?.files,
        pressAnswer: extra?.pressAnswer,
        settle: extra?.settle,
        audience: privateAudience(message, ctx.locale),
      });
    },
  };
  return ctx;
}
