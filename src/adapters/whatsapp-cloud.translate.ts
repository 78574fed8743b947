import { z } from 'zod';
import type { Attachment, DeliveryReport, InboundMessage, OutboundButton, OutboundTemplate } from '../domain/channel-contract';

export const WHATSAPP_CLOUD_CHANNEL = 'whatsapp-cloud';

// The parts of a Cloud API webhook we read (graph API "messages" field); checked here so nothing else leaks past the adapter.
const media = z.object({ id: z.string(), mime_type: z.string().optional(), caption: z.string().optional(), filename: z.string().optional() });
const cloudMessageSchema = z.object({
  from: z.string(),
  id: z.string(),
  timestamp: z.coerce.number(),
  type: z.string(),
  context: z.object({ id: z.string().optional() }).optional(),
  text: z.object({ body: z.string() }).optional(),
  image: media.optional(),
  document: media.optional(),
  video: media.optional(),
  audio: media.extend({ voice: z.boolean().optional() }).optional(),
  sticker: media.extend({ animated: z.boolean().optional() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() }).optional(),
  contacts: z.array(z.object({ name: z.object({ formatted_name: z.string().optional() }).optional(), phones: z.array(z.object({ phone: z.string().optional() })).optional() })).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
      list_reply: z.object({ id: z.string(), title: z.string() }).optional(),
    })
    .optional(),
  // a quick-reply button of a template message: the buyer's answer, read as what it says
  button: z.object({ text: z.string(), payload: z.string().optional() }).optional(),
});
const cloudStatusSchema = z.object({
  id: z.string(),
  status: z.string(),
  timestamp: z.coerce.number(),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.coerce.string(), title: z.string().optional(), message: z.string().optional() })).optional(),
});
export const cloudWebhookSchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          field: z.string(),
          value: z
            .object({
              metadata: z.object({ phone_number_id: z.string() }).optional(),
              contacts: z.array(z.object({ wa_id: z.string(), profile: z.object({ name: z.string().optional() }).optional() })).optional(),
              // each item is checked alone: one unknown message must not cost the others in the same delivery
              messages: z.array(z.unknown()).optional(),
              statuses: z.array(z.unknown()).optional(),
            })
            .passthrough(),
        }),
      ),
    }),
  ),
});

type CloudMessage = z.infer<typeof cloudMessageSchema>;

const MEDIA: Record<string, Attachment['kind']> = { image: 'image', document: 'document', video: 'video', sticker: 'sticker' };

function attachmentOf(m: CloudMessage): Attachment | undefined {
  const kind = m.type === 'audio' ? (m.audio?.voice ? 'voice' : 'audio') : MEDIA[m.type];
  const file = m.type === 'audio' ? m.audio : m.type in MEDIA ? (m as Record<string, unknown>)[m.type] as z.infer<typeof media> | undefined : undefined;
  if (kind && file) return { kind, name: file.filename, mimeType: file.mime_type, caption: file.caption || undefined, ref: `wacloud:${file.id}` };
  if (m.type === 'location' && m.location) return { kind: 'location', ref: `${m.location.latitude},${m.location.longitude}`, name: m.location.name ?? m.location.address };
  if (m.type === 'contacts' && m.contacts?.[0]) return { kind: 'contact', name: m.contacts[0].name?.formatted_name, ref: m.contacts[0].phones?.[0]?.phone };
  return undefined;
}

/** Button action and value in a reply button's id (the Cloud API allows 256 characters). */
export function encodeButtonId(button: Pick<OutboundButton, 'action' | 'value'>): string {
  const id = button.value === undefined ? button.action : `${button.action}|${button.value}`;
  if (id.length > 256) throw new Error(`button id over the Cloud API's 256 characters: ${id.slice(0, 40)}…`);
  return id;
}

function decodeButtonId(id: string): { id: string; value?: string } {
  const bar = id.indexOf('|');
  return bar < 0 ? { id } : { id: id.slice(0, bar), value: id.slice(bar + 1) };
}

function translateMessage(raw: unknown, names: Map<string, string>): { message: InboundMessage } | { drop: string } {
  const parsed = cloudMessageSchema.safeParse(raw);
  if (!parsed.success) return { drop: `malformed message: ${parsed.error.issues[0]?.message}` };
  const m = parsed.data;
  const base = {
    channel: WHATSAPP_CLOUD_CHANNEL, externalId: m.id, senderId: m.from, senderName: names.get(m.from), chatId: m.from,
    occurredAt: new Date(m.timestamp * 1000), replyToExternalId: m.context?.id, isDirect: true,
  };
  const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
  if (m.type === 'interactive' && reply) return { message: { ...base, kind: 'action', text: '', action: { ...decodeButtonId(reply.id), messageId: m.context?.id } } };
  if (m.type === 'text' && m.text) return { message: { ...base, kind: 'message', text: m.text.body } };
  if (m.type === 'button' && m.button) return { message: { ...base, kind: 'message', text: m.button.text } };
  const attachment = attachmentOf(m);
  // reactions, unsupported types, system notices: nothing a person said to us
  if (!attachment) return { drop: `message type ${m.type}` };
  return { message: { ...base, kind: 'message', text: attachment.caption ?? '', attachments: [attachment] } };
}

const STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

function translateStatus(raw: unknown): DeliveryReport | { drop: string } {
  const parsed = cloudStatusSchema.safeParse(raw);
  if (!parsed.success) return { drop: `malformed status: ${parsed.error.issues[0]?.message}` };
  const s = parsed.data;
  if (!STATUSES.has(s.status)) return { drop: `status ${s.status}` };
  const error = s.errors?.[0];
  return {
    channel: WHATSAPP_CLOUD_CHANNEL, externalId: s.id, status: s.status as DeliveryReport['status'], at: new Date(s.timestamp * 1000),
    error: s.status === 'failed' && error ? { code: error.code, title: error.title ?? error.message ?? 'failed' } : undefined,
  };
}

/**
 * A Cloud API webhook delivery → the messages and delivery reports for our phone number (one app may serve several
 * numbers: the others' are dropped), plus the reasons anything was dropped.
 */
export function translateCloudWebhook(raw: unknown, phoneNumberId: string): { messages: InboundMessage[]; reports: DeliveryReport[]; dropped: string[] } {
  const out = { messages: [] as InboundMessage[], reports: [] as DeliveryReport[], dropped: [] as string[] };
  const parsed = cloudWebhookSchema.safeParse(raw);
  if (!parsed.success) return { ...out, dropped: [`malformed webhook: ${parsed.error.issues[0]?.message}`] };
  if (parsed.data.object !== 'whatsapp_business_account') return { ...out, dropped: [`object ${parsed.data.object}`] };
  for (const change of parsed.data.entry.flatMap((e) => e.changes)) {
    if (change.field !== 'messages') {
      out.dropped.push(`field ${change.field}`);
      continue;
    }
    if (change.value.metadata && change.value.metadata.phone_number_id !== phoneNumberId) {
      out.dropped.push('another phone number');
      continue;
    }
    const names = new Map((change.value.contacts ?? []).flatMap((c) => (c.profile?.name ? [[c.wa_id, c.profile.name] as const] : [])));
    for (const raw of change.value.messages ?? []) {
      const result = translateMessage(raw, names);
      if ('drop' in result) out.dropped.push(result.drop);
      else out.messages.push(result.message);
    }
    for (const raw of change.value.statuses ?? []) {
      const result = translateStatus(raw);
      if ('drop' in result) out.dropped.push(result.drop);
      else out.reports.push(result);
    }
  }
  return out;
}

// ─── Outbound: Graph API request bodies ──────────────────────────────────────

// WhatsApp names some languages only with a region: the wake-up templates' ISO 639-1 codes map to the usual one
const TEMPLATE_LANGUAGE: Record<string, string> = { zh: 'zh_CN', pt: 'pt_BR' };

/** A template's language code as WhatsApp names it ("en", "es", "zh_CN", "pt_BR"); a code with a region is kept. */
export function templateLanguageCode(language: string): string {
  return language.includes('_') ? language : (TEMPLATE_LANGUAGE[language] ?? language);
}

export function templateBody(template: OutboundTemplate) {
  return {
    name: template.name,
    language: { code: templateLanguageCode(template.language) },
    components: template.parameters?.length ? [{ type: 'body', parameters: template.parameters.map((text) => ({ type: 'text', text })) }] : [],
  };
}

/** A reply button's title is at most 20 characters; a list row's 24. */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The interactive part of a message with buttons: up to 3 reply buttons, else a list of up to 10 rows. */
export function interactiveBody(text: string, buttons: OutboundButton[], listLabel: string) {
  if (buttons.length <= 3) {
    return {
      type: 'button',
      body: { text },
      action: { buttons: buttons.map((b) => ({ type: 'reply', reply: { id: encodeButtonId(b), title: cut(b.label, 20) } })) },
    };
  }
  return {
    type: 'list',
    body: { text },
    action: {
      button: cut(listLabel, 20),
      sections: [{ rows: buttons.slice(0, 10).map((b) => ({ id: encodeButtonId(b), title: cut(b.label, 24), description: b.label.length > 24 ? cut(b.label, 72) : undefined })) }],
    },
  };
}

/** The Graph API's error body, as far as it tells what to do. */
export const graphErrorSchema = z.object({ error: z.object({ message: z.string().optional(), code: z.coerce.number().optional(), error_subcode: z.coerce.number().optional() }) });
export const graphSentSchema = z.object({ messages: z.array(z.object({ id: z.string() })).min(1) });
export const graphMediaSchema = z.object({ id: z.string() });
