import { z } from 'zod';
import type { Attachment, InboundMessage } from '../domain/channel-contract';

// Only the fields we read; anything else in an update is ignored, and an update without these shapes is dropped.
const user = z.object({ id: z.number(), is_bot: z.boolean().optional(), first_name: z.string().optional(), last_name: z.string().optional(), username: z.string().optional() });
const chat = z.object({ id: z.number(), type: z.string() });
const file = z.object({ file_id: z.string(), file_size: z.number().optional(), file_name: z.string().optional(), mime_type: z.string().optional(), duration: z.number().optional() });
const message = z.object({
  message_id: z.number(),
  date: z.number(),
  edit_date: z.number().optional(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  reply_to_message: z.object({ message_id: z.number() }).optional(),
  message_thread_id: z.number().optional(),
  is_topic_message: z.boolean().optional(),
  photo: z.array(file).optional(),
  document: file.optional(),
  video: file.optional(),
  video_note: file.optional(),
  animation: file.optional(),
  audio: file.optional(),
  voice: file.optional(),
  sticker: file.extend({ emoji: z.string().optional() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  venue: z.object({ title: z.string() }).optional(),
  contact: z.object({ phone_number: z.string(), first_name: z.string(), last_name: z.string().optional() }).optional(),
});
export const telegramUpdateSchema = z.object({
  update_id: z.number(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: user,
      data: z.string().optional(),
      message: z.object({ message_id: z.number(), chat, message_thread_id: z.number().optional() }).optional(),
    })
    .optional(),
  deleted_business_messages: z.object({ chat, message_ids: z.array(z.number()) }).optional(),
});
type TgMessage = z.infer<typeof message>;
type TgUser = z.infer<typeof user>;

/** A message's id as stored: message ids are unique per chat only. */
export const telegramMessageId = (chatId: number | string, messageId: number) => `${chatId}:${messageId}`;

/** Button action and value in `callback_data` (Telegram allows 64 bytes). */
export function encodeCallbackData(action: string, value?: string): string {
  const data = value === undefined ? action : `${action}|${value}`;
  if (Buffer.byteLength(data) > 64) throw new Error(`button data over Telegram's 64 bytes: ${data}`);
  return data;
}

function decodeCallbackData(data: string): { id: string; value?: string } {
  const bar = data.indexOf('|');
  return bar < 0 ? { id: data } : { id: data.slice(0, bar), value: data.slice(bar + 1) };
}

const fullName = (u?: TgUser) => (u ? [u.first_name, u.last_name].filter(Boolean).join(' ') || u.username : undefined);

function attachmentsOf(m: TgMessage): Attachment[] {
  const out: Attachment[] = [];
  const caption = m.caption;
  const fileAttachment = (kind: Attachment['kind'], f: z.infer<typeof file>): Attachment => ({
    kind, ref: f.file_id, size: f.file_size, name: f.file_name, mimeType: f.mime_type, caption, durationSeconds: f.duration,
  });
  if (m.photo?.length) out.push(fileAttachment('image', m.photo[m.photo.length - 1]));
  if (m.document && !m.animation) out.push(fileAttachment('document', m.document));
  if (m.video) out.push(fileAttachment('video', m.video));
  if (m.video_note) out.push(fileAttachment('video', m.video_note));
  if (m.animation) out.push(fileAttachment('video', m.animation));
  if (m.audio) out.push(fileAttachment('audio', m.audio));
  if (m.voice) out.push(fileAttachment('voice', m.voice));
  if (m.sticker) out.push({ kind: 'sticker', ref: m.sticker.file_id, name: m.sticker.emoji, size: m.sticker.file_size });
  if (m.location) out.push({ kind: 'location', ref: `${m.location.latitude},${m.location.longitude}`, name: m.venue?.title });
  if (m.contact) out.push({ kind: 'contact', ref: m.contact.phone_number, name: [m.contact.first_name, m.contact.last_name].filter(Boolean).join(' ') });
  return out;
}

function fromMessage(m: TgMessage, kind: 'message' | 'edit'): InboundMessage | null {
  const attachments = attachmentsOf(m);
  const text = m.text ?? m.caption ?? '';
  if (!m.from || (!text && !attachments.length)) return null; // service messages (joins, pins…) and channel posts
  const id = telegramMessageId(m.chat.id, m.message_id);
  return {
    channel: 'telegram',
    externalId: kind === 'edit' ? `${id}:edit:${m.edit_date ?? m.date}` : id,
    kind,
    senderId: String(m.from.id),
    senderName: fullName(m.from),
    chatId: String(m.chat.id),
    text,
    occurredAt: new Date((kind === 'edit' ? (m.edit_date ?? m.date) : m.date) * 1000),
    // Telegram numbers a chat's messages in order; its dates have whole seconds
    chatSeq: m.message_id,
    replyToExternalId: m.reply_to_message ? telegramMessageId(m.chat.id, m.reply_to_message.message_id) : undefined,
    threadId: m.is_topic_message && m.message_thread_id ? String(m.message_thread_id) : undefined,
    attachments: attachments.length ? attachments : undefined,
    targetExternalId: kind === 'edit' ? id : undefined,
    isDirect: m.chat.type === 'private',
  };
}

/**
 * One Telegram update → the messages it carries (usually one). Unknown or malformed updates, and anything the
 * bot itself (or another bot) sent, give none.
 */
export function translateTelegramUpdate(raw: unknown, botId?: number): { messages: InboundMessage[]; problem?: string } {
  const parsed = telegramUpdateSchema.safeParse(raw);
  if (!parsed.success) return { messages: [], problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const u = parsed.data;
  const fromBot = (who?: TgUser) => !who || who.is_bot === true || who.id === botId;
  if (u.message) return { messages: fromBot(u.message.from) ? [] : [fromMessage(u.message, 'message')].filter((m) => m !== null) };
  if (u.edited_message) return { messages: fromBot(u.edited_message.from) ? [] : [fromMessage(u.edited_message, 'edit')].filter((m) => m !== null) };
  if (u.callback_query?.data) {
    const q = u.callback_query;
    const chatId = q.message?.chat.id ?? q.from.id;
    return {
      messages: [{
        channel: 'telegram', externalId: `callback:${q.id}`, kind: 'action', senderId: String(q.from.id), senderName: fullName(q.from),
        chatId: String(chatId), text: '', occurredAt: new Date(),
        action: { ...decodeCallbackData(q.data!), pressId: q.id, messageId: q.message ? telegramMessageId(q.message.chat.id, q.message.message_id) : undefined },
        isDirect: q.message ? q.message.chat.type === 'private' : true,
      }],
    };
  }
  if (u.deleted_business_messages) {
    const d = u.deleted_business_messages;
    return {
      messages: d.message_ids.map((mid) => ({
        channel: 'telegram', externalId: `${telegramMessageId(d.chat.id, mid)}:deleted`, kind: 'delete' as const, senderId: String(d.chat.id),
        chatId: String(d.chat.id), text: '', occurredAt: new Date(), targetExternalId: telegramMessageId(d.chat.id, mid), isDirect: d.chat.type === 'private',
      })),
    };
  }
  return { messages: [], problem: 'unsupported update type' };
}
