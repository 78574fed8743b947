import { z } from 'zod';
import type { OutboundFile, OutboundMessage, PrivateAudience } from '../channel-contract';
import { revealStored, sealContext, sealStored } from '../crypto/personal-data-cipher';
import type { OutboxRow } from './outbox.repository';

/** A file as an outbox row keeps it until the row is finished (a chart, a PDF, a workbook). */
export const storedFileSchema = z.object({ name: z.string(), mimeType: z.string(), base64: z.string() });
export type StoredFile = z.infer<typeof storedFileSchema>;

/** What a command reply needs besides text and buttons to be sent again exactly as the flow asked. */
export const replyPayloadShape = {
  threadId: z.string().optional(),
  /** the dedupe key of the reply before it in the same flow run: this one waits until that one is finished */
  after: z.string().optional(),
  /** a private answer to a command typed in a shared chat; the person's account id is sealed, bound to the row's key */
  audience: z.object({ userId: z.string(), pointer: z.string(), unreachable: z.string() }).optional(),
  /** the answer on the button press that led here (the presser's account id sealed like the audience's) */
  pressAnswer: z.object({ userId: z.string(), pressId: z.string().optional() }).optional(),
  /** the card whose spent buttons this reply takes off */
  settle: z.object({ messageId: z.string(), text: z.string() }).optional(),
};

export const toStoredFiles = (files: OutboundFile[] | undefined): StoredFile[] | undefined =>
  files?.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.data.toString('base64') }));

export const toOutboundFiles = (files: StoredFile[] | undefined): OutboundFile[] | undefined =>
  files?.map((f) => ({ name: f.name, mimeType: f.mimeType, data: Buffer.from(f.base64, 'base64') }));

const audienceContext = (dedupeKey: string) => sealContext('outbox', 'audience', dedupeKey);
const presserContext = (dedupeKey: string) => sealContext('outbox', 'press_answer', dedupeKey);

export function sealPressAnswer(answer: OutboundMessage['pressAnswer'], dedupeKey: string) {
  return answer && { userId: sealStored(answer.userId, presserContext(dedupeKey)), pressId: answer.pressId };
}

export function sealAudience(audience: PrivateAudience | undefined, dedupeKey: string) {
  return audience && { userId: sealStored(audience.userId, audienceContext(dedupeKey)), pointer: audience.pointer, unreachable: audience.unreachable };
}

type ReplyPayload = {
  buttons?: OutboundMessage['buttons'];
  files?: StoredFile[];
  threadId?: string;
  audience?: { userId: string; pointer: string; unreachable: string };
  pressAnswer?: { userId: string; pressId?: string };
  settle?: { messageId: string; text: string };
};

/** The message a reply row sends: the same chat, thread, buttons, files and audience the flow gave it. */
export function outboundOfReply(row: OutboxRow, payload: ReplyPayload): OutboundMessage {
  const audience: PrivateAudience | undefined = payload.audience && {
    kind: 'private',
    userId: revealStored(payload.audience.userId, audienceContext(row.dedupeKey)) ?? '',
    pointer: payload.audience.pointer,
    unreachable: payload.audience.unreachable,
  };
  return {
    channel: row.channel,
    chatId: row.chatId,
    threadId: payload.threadId,
    text: row.text,
    buttons: payload.buttons,
    files: toOutboundFiles(payload.files),
    audience,
    pressAnswer: payload.pressAnswer && { userId: revealStored(payload.pressAnswer.userId, presserContext(row.dedupeKey)) ?? '', pressId: payload.pressAnswer.pressId },
    settle: payload.settle,
  };
}
