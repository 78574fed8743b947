/**
 * The words every channel is translated into. Adapters turn platform objects into these and back;
 * nothing past an adapter ever sees a Telegram update, a Slack payload or a whatsapp-web.js Message.
 */

/** A channel name as registered (`terminal`, `telegram`, `slack`, `whatsapp`, …). Flows never branch on it. */
export type ChannelName = string;

export type AttachmentKind = 'image' | 'video' | 'audio' | 'voice' | 'document' | 'sticker' | 'location' | 'contact' | 'other';

export interface Attachment {
  kind: AttachmentKind;
  name?: string;
  size?: number;
  mimeType?: string;
  caption?: string;
  /** platform reference (file id, URL, media key) used to fetch the bytes later, never the bytes themselves */
  ref?: string;
  /** how long a voice note, audio or video plays, when the platform says */
  durationSeconds?: number;
}

/** What a message is: a new one, or a platform's report that an earlier one changed. */
export type InboundEventKind = 'message' | 'edit' | 'delete' | 'action';

/** One message (or button press) as it arrived, on any channel. */
export interface InboundMessage {
  channel: ChannelName;
  /** platform message / event id; with `channel` it identifies the delivery, so redelivery is recognised */
  externalId: string;
  kind: InboundEventKind;
  /** the platform user who wrote it */
  senderId: string;
  senderName?: string;
  /** where a reply goes (chat, channel, DM) */
  chatId: string;
  text: string;
  occurredAt: Date;
  /**
   * the platform's order of this message within its chat (Telegram's message_id), when it numbers them: orders messages
   * of one chat sent in the same second, whichever worker stored them first
   */
  chatSeq?: number;
  replyToExternalId?: string;
  threadId?: string;
  attachments?: Attachment[];
  /** for `edit` / `delete`: the platform id of the message that changed */
  targetExternalId?: string;
  /**
   * for `action`: the id of the pressed button (see {@link OutboundButton.action}), or of a submitted text prompt
   * (see {@link OutboundMessage.prompt}) with the typed text as `text`.
   */
  action?: {
    id: string;
    value?: string;
    text?: string;
    triggerId?: string;
    /** the platform id of the message that carried the pressed button (so it can be closed once decided) */
    messageId?: string;
    /** the platform's handle for answering this press on the spot (Telegram's callback query id) */
    pressId?: string;
  };
  /** true when the chat is a direct/private chat with the bot */
  isDirect?: boolean;
  /**
   * the sitting this came from, on channels whose screen is not a lasting chat history (the terminal: one per
   * `crm chat`); a numbered answer only applies to a prompt shown in the same session
   */
  sessionId?: string;
}

/** The action a channel with sessions sends when one begins (see {@link InboundMessage.sessionId}). */
export const SESSION_START_ACTION = 'session:start';

export interface OutboundButton {
  /** shown to the user */
  label: string;
  /** routed back as InboundMessage.action.id; channels without buttons offer it as a numbered reply */
  action: string;
  value?: string;
  style?: 'primary' | 'danger';
}

export interface OutboundFile {
  name: string;
  mimeType: string;
  data: Buffer;
}

/**
 * Who may read a message sent into a shared chat (a group, a channel): only this person. Adapters translate it:
 * Slack posts an ephemeral message in the channel; Telegram and WhatsApp write to the person directly and put only
 * `pointer` in the shared chat (or `unreachable` there when the platform will not let the bot write first).
 * Flows set it from the inbound message's `isDirect`, never from the channel's name.
 */
export interface PrivateAudience {
  kind: 'private';
  /** the platform user (InboundMessage.senderId) the message is for */
  userId: string;
  /** a short line for the shared chat that says where the answer went; no customer data */
  pointer: string;
  /** said in the shared chat when the person cannot be reached privately (e.g. never opened a chat with the bot) */
  unreachable: string;
}

/** One message to send on a channel. */
export interface OutboundMessage {
  channel: ChannelName;
  chatId: string;
  text: string;
  buttons?: OutboundButton[];
  threadId?: string;
  replyToExternalId?: string;
  files?: OutboundFile[];
  /**
   * Ask the user for a line of text (e.g. a rejection comment). Channels with `modals` open a form (Slack: views.open
   * with the triggerId of the button press that led here) and deliver the answer as an `action` with `text`;
   * elsewhere the flow asks in plain text and takes the next message.
   */
  prompt?: {
    title: string; label: string; submitAction: string; value?: string; triggerId?: string;
    /** the message whose button opened the form: the submitted answer carries it back as `action.messageId` */
    messageId?: string;
  };
  /** absent: everyone in the chat reads it; see {@link PrivateAudience} */
  audience?: PrivateAudience;
  /**
   * This text answers a button press (a refusal, "already decided"): for the presser alone, on the spot where the
   * channel can (Telegram: the press's own notice, answerCallbackQuery; Slack: an ephemeral message), elsewhere as
   * an ordinary message.
   */
  pressAnswer?: { userId: string; pressId?: string };
  /**
   * An earlier message (its platform id, see {@link InboundMessage.action}.messageId) whose buttons are now spent:
   * the channel takes them off (Slack: chat.update puts `text` in the message's place; Telegram: the inline keyboard
   * is removed). Channels without buttons ignore it. The message itself is sent as usual.
   */
  settle?: { messageId: string; text: string };
  /**
   * A message the platform approved in advance, for a buyer whose reply window is closed (the WhatsApp Business
   * Platform's template messages): sent instead of `text` by channels with a reply window; `text` is what it says in
   * the buyer's language, kept for the timeline and for channels without templates.
   */
  template?: OutboundTemplate;
  /**
   * An automated message to a buyer (a wake-up) that the buyer may decline in one step: channels with a standard way
   * (email's List-Unsubscribe with one-click POST, RFC 8058) offer it with this token, which only the domain can make
   * and check (see crypto/unsubscribe-token). Other channels ignore it: there the buyer writes "stop".
   */
  unsubscribe?: { token: string };
}

/** An approved platform template: its name, the buyer's language (ISO 639-1), and its body's values in order. */
export interface OutboundTemplate {
  name: string;
  language: string;
  /** the body's {{1}}, {{2}}, …: for wake-ups the buyer's name, then the rep's */
  parameters?: string[];
}

/** The platform's answer to a send. */
export interface SentMessage {
  /** empty when the message could not be shown (e.g. the terminal of another member) */
  externalIds: string[];
  /** the session it was shown in (see {@link InboundMessage.sessionId}) */
  sessionId?: string;
}

/** What a channel can do; flows and jobs ask this instead of naming channels. */
export interface ChannelCapabilities {
  buttons: boolean;
  threads: boolean;
  files: boolean;
  /** can open a form for a text answer (see OutboundMessage.prompt) */
  modals?: boolean;
  /** hours after the buyer's last message during which free-form messages are allowed (WhatsApp: 24); null = no window */
  replyWindowHours: number | null;
  /** longest text in one platform message; longer texts are split */
  maxTextLength: number;
  /** true if buyers reach the company here (stranger = buyer); false for internal team channels */
  customerFacing: boolean;
  /**
   * true when the platform does not prove who wrote (email: anyone can put any From address): no team member's account
   * may be linked there, so nobody can act as a member by forging an address; everyone who writes is a buyer
   */
  forgeableSender?: boolean;
  /** limits on messages nobody asked for in that moment (wake-ups, first answers); absent: none beyond the above */
  automated?: AutomatedSendPolicy;
}

/**
 * What an account may send on its own initiative without risking a ban (whatsapp-web.js drives a personal app
 * session: bulk or cold messages get the number blocked). Declared by the adapter, checked at send time.
 */
export interface AutomatedSendPolicy {
  /** only to a chat that has written to this account before (never a cold message) */
  onlyPriorWriters: boolean;
  /** most automated messages per day from this account (a rolling 24 hours) */
  dailyCap: number;
  /** most automated messages per day to one chat */
  perChatDailyCap: number;
  /** a random gap between two automated messages of this account, in seconds [min, max] */
  gapSeconds: [number, number];
  /** only inside these hours in the buyer's zone; null: any time */
  buyerHours: { days: number[]; start: string; end: string } | null;
}

export type InboundHandler = (message: InboundMessage) => Promise<void>;

/** What became of a sent message, as the platform later reports it (only channels that report it). */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** A platform's report on a message we sent, named by the platform id its send returned. */
export interface DeliveryReport {
  channel: ChannelName;
  externalId: string;
  status: DeliveryStatus;
  at: Date;
  /** for `failed`: the platform's code and words */
  error?: { code: string; title: string };
}

export type DeliveryHandler = (report: DeliveryReport) => Promise<void>;

/** A channel: started with the handler that takes every inbound message, and a way to send. */
export interface ChannelAdapter {
  readonly channel: ChannelName;
  readonly capabilities: ChannelCapabilities;
  /** `onDelivery`: where a channel that reports delivery (sent, delivered, read, failed) hands those reports */
  start(onInbound: InboundHandler, onDelivery?: DeliveryHandler): Promise<void>;
  stop(): Promise<void>;
  send(message: OutboundMessage): Promise<SentMessage>;
}

/**
 * Whether free text may go to a buyer at `at` on a channel with this reply window (`replyWindowHours`): always without
 * one; with one, only while less than that many hours have passed since the buyer's last message there (none: closed).
 * The one reading of the rule for every sender: a rep's reply, the first answer, a wake-up step when planned and sent.
 */
export function insideReplyWindow(windowHours: number | null, lastInboundAt: Date | null, at: Date): boolean {
  return windowHours === null || (lastInboundAt !== null && at.getTime() - lastInboundAt.getTime() < windowHours * 3_600_000);
}

/**
 * A send whose outcome cannot be known: the process that called the platform died (or stopped answering) before it
 * said how the call went. The platform may have delivered it; the outbox applies its crash policy
 * (AFTER_UNCONFIRMED_SEND) instead of retrying blindly.
 */
export class SendOutcomeUnknownError extends Error {
  override name = 'SendOutcomeUnknownError';
}

export interface OutboundPort {
  send(message: OutboundMessage): Promise<SentMessage>;
  capabilities(channel: ChannelName): ChannelCapabilities | undefined;
}
