import type { Locale } from '../i18n';
import type { AttachmentKind } from '../channel-contract';
import { lookupTable } from './lookup-table';

/**
 * How a stored message reads on a card, a timeline or an owner's notice: its text, with what came instead of (or
 * besides) text in brackets — "[sticker 👍]", "[photo] caption", "[voice 0:12]", "[file invoice.pdf]",
 * "[location 55.75,37.61]". The one place these words are made, so every view of a message says the same thing.
 * (In the domain, not in flows/format: the domain renders the card for routing notices and the owner's notice too,
 * and it may not import upward.)
 */

/** A stored attachment as read back from the database (JSON): every field may be missing or of another type. */
export interface AttachmentLike {
  kind?: unknown;
  name?: unknown;
  caption?: unknown;
  ref?: unknown;
  durationSeconds?: unknown;
}

const KIND_WORDS: Record<string, Record<Locale, string>> = lookupTable({
  image: { en: 'photo', zh: '图片' },
  video: { en: 'video', zh: '视频' },
  audio: { en: 'audio', zh: '音频' },
  voice: { en: 'voice', zh: '语音' },
  document: { en: 'file', zh: '文件' },
  sticker: { en: 'sticker', zh: '表情' },
  location: { en: 'location', zh: '位置' },
  contact: { en: 'contact', zh: '名片' },
  other: { en: 'attachment', zh: '附件' },
} satisfies Record<AttachmentKind, Record<Locale, string>>);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().replace(/[\s\]]+/g, ' ') : undefined);

/** 12 → "0:12", 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`;
}

// "55.7558,37.6173" as sent; long decimals are cut to five places (about a metre)
function coordinates(ref: string | undefined): string | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(ref ?? '');
  if (!m) return undefined;
  const short = (n: string) => String(Number(Number(n).toFixed(5)));
  return `${short(m[1])},${short(m[2])}`;
}

/** One attachment in brackets: "[voice 0:12]", "[文件 invoice.pdf]". */
export function attachmentLabel(attachment: AttachmentLike, locale: Locale): string {
  const kind = typeof attachment.kind === 'string' && KIND_WORDS[attachment.kind] ? attachment.kind : 'other';
  const word = KIND_WORDS[kind][locale];
  const duration = typeof attachment.durationSeconds === 'number' && Number.isFinite(attachment.durationSeconds) ? formatDuration(attachment.durationSeconds) : undefined;
  let detail: string | undefined;
  switch (kind) {
    case 'sticker':
      detail = str(attachment.name); // the sticker's emoji
      break;
    case 'location':
      detail = [coordinates(str(attachment.ref)), str(attachment.name)].filter(Boolean).join(' ') || undefined;
      break;
    case 'voice':
    case 'audio':
    case 'video':
      detail = [str(attachment.name), duration].filter(Boolean).join(' ') || undefined;
      break;
    case 'image':
      break; // a photo's caption is its text
    default:
      detail = str(attachment.name); // a file's name, a contact's name (never the number: it is contact data)
  }
  return `[${word}${detail ? ` ${detail}` : ''}]`;
}

/**
 * The message as one readable line: "[photo] the new samples", "[sticker 👍]", or the text alone. A caption that is
 * also the message's text is said once.
 */
export function messageText(text: string, attachments: unknown, locale: Locale): string {
  const list = Array.isArray(attachments) ? (attachments as AttachmentLike[]).filter((a) => a && typeof a === 'object') : [];
  const body = text.trim();
  const captions = list.map((a) => str(a.caption)).filter((c): c is string => Boolean(c) && c !== body.replace(/[\s\]]+/g, ' '));
  return [...list.map((a) => attachmentLabel(a, locale)), body, ...captions].filter(Boolean).join(' ');
}
