import type { Locale } from '../domain/i18n';
import type { ChannelCapabilities, InboundMessage, OutboundButton, OutboundFile } from '../domain/messages';
import type { Services } from '../domain/services';
import type { Actor } from '../domain/team/actor';

export interface ReplyExtra {
  buttons?: OutboundButton[];
  files?: OutboundFile[];
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
  /** set by the command router: `/new Acme, MX` → { name: 'new', args: 'Acme, MX' } */
  command?: { name: string; args: string };
  reply(text: string, extra?: ReplyExtra): Promise<void>;
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

export function createFlowContext(services: Services, message: InboundMessage): FlowContext {
  return {
    message,
    services,
    capabilities: services.messenger.capabilities(message.channel) ?? DEFAULT_CAPABILITIES,
    actor: null,
    locale: services.settings.defaultLocale,
    async reply(text, extra) {
      await services.messenger.send({
        channel: message.channel,
        chatId: message.chatId,
        threadId: message.threadId,
        text,
        buttons: extra?.buttons,
        files: extra?.files,
      });
    },
  };
}
