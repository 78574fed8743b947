import { z } from 'zod';
import type { Attachment, InboundMessage } from '../domain/channel-contract';
import { lookupTable } from '../domain/text/lookup-table';

// The parts of a whatsapp-web.js Message we read; checked here so nothing else of the library leaks past the adapter.
const waId = z.object({ fromMe: z.boolean(), remote: z.string(), id: z.string() });
export const waMessageSchema = z.object({
  id: waId,
  from: z.string(),
  author: z.string().nullish(),
  body: z.string().nullish(),
  type: z.string(),
  timestamp: z.number(),
  hasMedia: z.boolean().optional(),
  isStatus: z.boolean().optional(),
  location: z.object({ latitude: z.union([z.number(), z.string()]), longitude: z.union([z.number(), z.string()]), name: z.string().optional() }).nullish(),
  vCards: z.array(z.string()).optional(),
  _data: z
    .object({
      notifyName: z.string().optional(), size: z.number().optional(), filename: z.string().optional(), mimetype: z.string().optional(),
      quotedStanzaID: z.string().optional(), duration: z.union([z.number(), z.string()]).optional(),
    })
    .passthrough()
    .optional(),
});

/** A message's id as stored: the chat plus WhatsApp's message id (quoted replies name the latter). */
export const waMessageId = (id: { remote: string; id: string }) => `${id.remote}/${id.id}`;

const MEDIA_KINDS: Record<string, Attachment['kind']> = lookupTable({
  image: 'image', video: 'video', audio: 'audio', ptt: 'voice', document: 'document', sticker: 'sticker',
});
// message types that are not something a person said (notifications, calls, revoked placeholders…)
const TEXT_TYPES = new Set(['chat']);

function attachmentOf(m: z.infer<typeof waMessageSchema>): Attachment | undefined {
  const serialized = `${m.id.fromMe}_${m.id.remote}_${m.id.id}`;
  const media = MEDIA_KINDS[m.type];
  if (media) {
    // WhatsApp Web gives a voice note's length in seconds, sometimes as a string
    const duration = Number(m._data?.duration);
    return {
      kind: media, name: m._data?.filename, size: m._data?.size, mimeType: m._data?.mimetype, caption: m.body || undefined, ref: `wa:${serialized}`,
      durationSeconds: Number.isFinite(duration) && duration > 0 ? duration : undefined,
    };
  }
  if (m.type === 'location' && m.location) return { kind: 'location', ref: `${m.location.latitude},${m.location.longitude}`, name: m.location.name };
  if (m.type === 'vcard' || m.type === 'multi_vcard') {
    const card = m.vCards?.[0] ?? '';
    return { kind: 'contact', name: /^FN:(.+)$/m.exec(card)?.[1]?.trim(), ref: /^TEL[^:]*:(.+)$/m.exec(card)?.[1]?.trim() };
  }
  return undefined;
}

/**
 * A whatsapp-web.js message → an InboundMessage, or a reason to drop it: our own messages (no loops), status
 * updates, and system notifications. Location and contact-card bodies (a thumbnail, a raw vCard) are not text.
 */
export function translateWhatsAppMessage(raw: unknown, kind: 'message' | 'edit' = 'message', editedText?: string): { message: InboundMessage } | { drop: string } {
  const parsed = waMessageSchema.safeParse(raw);
  if (!parsed.success) return { drop: `malformed message: ${parsed.error.issues[0]?.message}` };
  const m = parsed.data;
  if (m.id.fromMe) return { drop: 'sent by us' };
  if (m.isStatus || m.from === 'status@broadcast') return { drop: 'status update' };
  const attachment = attachmentOf(m);
  if (!attachment && !TEXT_TYPES.has(m.type)) return { drop: `message type ${m.type}` };
  const group = m.from.endsWith('@g.us');
  const id = waMessageId(m.id);
  const text = kind === 'edit' ? (editedText ?? '') : attachment && !MEDIA_KINDS[m.type] ? '' : (m.body ?? '');
  const occurredAt = kind === 'edit' ? new Date() : new Date(m.timestamp * 1000);
  return {
    message: {
      channel: 'whatsapp',
      kind,
      externalId: kind === 'edit' ? `${id}:edit:${occurredAt.getTime()}` : id,
      targetExternalId: kind === 'edit' ? id : undefined,
      senderId: group && m.author ? m.author : m.from,
      senderName: m._data?.notifyName,
      chatId: m.from,
      text,
      occurredAt,
      replyToExternalId: m._data?.quotedStanzaID ? `${m.id.remote}/${m._data.quotedStanzaID}` : undefined,
      attachments: attachment && kind === 'message' ? [attachment] : undefined,
      isDirect: !group,
    },
  };
}

/** "Delete for everyone" of a message we have. */
export function translateWhatsAppRevoke(raw: unknown): { message: InboundMessage } | { drop: string } {
  const parsed = waMessageSchema.safeParse(raw);
  if (!parsed.success) return { drop: 'malformed revoke' };
  const m = parsed.data;
  if (m.id.fromMe) return { drop: 'our own message' };
  const id = waMessageId(m.id);
  return {
    message: {
      channel: 'whatsapp', kind: 'delete', externalId: `${id}:deleted`, targetExternalId: id, senderId: m.author ?? m.from,
      chatId: m.from, text: '', occurredAt: new Date(), isDirect: !m.from.endsWith('@g.us'),
    },
  };
}
