import type { AddressObject, Attachment as MailAttachment, HeaderValue, ParsedMail } from 'mailparser';
import type { Attachment, AttachmentKind, InboundMessage } from '../domain/channel-contract';

/** Why an email is not a buyer writing: a machine answered (out of office, a list), or a delivery failed. */
export type AutomatedMail = { kind: 'auto_reply'; reason: string } | { kind: 'bounce'; reason: string; failedRecipients: string[] };

export type TranslatedEmail =
  | { message: InboundMessage; files: MailAttachment[] }
  | { automated: AutomatedMail }
  | { drop: string };

const REPLY_PREFIX = /^\s*((re|aw|sv|vs|antw|odp|ynt|rif|r|fw|fwd|wg|tr|enc|回复|答复|转发|回覆|轉寄)\s*(\[\d+\])?\s*[:：]\s*)+/i;
const SUBJECT_MAX = 200;

const headerText = (value: HeaderValue | undefined): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(' ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '');
  return String(value);
};

const firstAddress = (field: AddressObject | AddressObject[] | undefined) => {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  for (const group of list) for (const entry of group.value) if (entry.address) return { address: entry.address.trim().toLowerCase(), name: entry.name?.trim() || undefined };
  return undefined;
};

/**
 * Machine mail, by the headers made for saying so (RFC 3834 Auto-Submitted; the older X-Autoreply, X-Autorespond,
 * Precedence; a list's List-Id or List-Unsubscribe) and bounces (a mailer daemon, a multipart/report delivery status).
 * None of these is a buyer: answering one could start a loop, and a list mail is not a lead.
 */
export function automatedMail(mail: ParsedMail, contentType: string): AutomatedMail | null {
  const h = mail.headers;
  const from = firstAddress(mail.from)?.address ?? '';
  const report = /^multipart\/report\b/i.test(contentType) || /report-type\s*=\s*"?delivery-status/i.test(contentType);
  if (report || /^(mailer-daemon|postmaster)@/i.test(from) || from === '') {
    return { kind: 'bounce', reason: report ? 'delivery status report' : `from ${from.split('@')[0] || 'nobody'}`, failedRecipients: failedRecipients(mail) };
  }
  const autoSubmitted = headerText(h.get('auto-submitted')).trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return { kind: 'auto_reply', reason: `Auto-Submitted: ${autoSubmitted}` };
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) if (h.has(name)) return { kind: 'auto_reply', reason: name };
  const precedence = headerText(h.get('precedence')).trim().toLowerCase();
  if (['auto_reply', 'bulk', 'list', 'junk'].includes(precedence)) return { kind: 'auto_reply', reason: `Precedence: ${precedence}` };
  // Exchange marks its out-of-office answers this way (and sets no Auto-Submitted)
  if (/\b(oof|autoreply)\b/i.test(headerText(h.get('x-auto-response-suppress'))) && /^(automatic reply|自动答复|自動回覆)/i.test(mail.subject ?? '')) {
    return { kind: 'auto_reply', reason: 'out of office' };
  }
  if (h.has('list-id')) return { kind: 'auto_reply', reason: 'List-Id' };
  if (h.has('list-unsubscribe')) return { kind: 'auto_reply', reason: 'List-Unsubscribe' };
  return null;
}

/** The addresses a bounce names as failed (the delivery status's Final-Recipient / Original-Recipient). */
function failedRecipients(mail: ParsedMail): string[] {
  const texts = [mail.text ?? '', ...mail.attachments.filter((a) => /delivery-status/i.test(a.contentType)).map((a) => a.content.toString('utf8'))];
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/^(?:final|original)-recipient:\s*rfc822;\s*<?([^\s<>]+@[^\s<>]+?)>?\s*$/gim)) found.add(m[1].toLowerCase());
  }
  return [...found];
}

// Where the quoted history of a reply starts: "On … wrote:", "-----Original Message-----", Outlook's header block,
// Chinese clients' "发件人:" block, a line of underscores (Outlook on the web).
const QUOTE_STARTS = [
  /^\s*On\b.{0,200}\bwrote:\s*$/i,
  /^\s*(Am|Le|El|Il|Em|Op|Den|W dniu)\b.{0,200}(schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał).{0,40}:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|原始邮件|原始郵件|Исходное сообщение)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/,
  /^\s*(From|Von|De|Da|От|发件人|寄件者)\s*[:：].+$/i,
  /^\s*在\s*.{0,80}写道[:：]\s*$/,
];

/** The new text of a reply, without the history quoted under it (where it is marked in one of the usual ways). */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i += 1) {
    // a "From:" line only starts the history when a "Sent:"/"Date:"/"To:"/"Subject:" line follows it (Outlook)
    if (/^\s*(From|Von|De|Da|От|发件人|寄件者)\s*[:：]/i.test(lines[i]) && !/^\s*(Sent|Date|Gesendet|Envoyé|Enviado|Inviato|Отправлено|发送时间|日期|To|Subject)\s*[:：]/i.test(lines[i + 1] ?? '')) continue;
    if (QUOTE_STARTS.some((re) => re.test(lines[i]))) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end).filter((line) => !/^\s*>/.test(line));
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const ANGLE_ID = /<[^<>\s]+>/g;
const idsOf = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value.join(' ') : (value ?? '')).match(ANGLE_ID) ?? [];

/**
 * The thread a message belongs to, as stored in InboundMessage.threadId: the Message-ID that started it (the first of
 * References, else In-Reply-To, else its own), then a space and the subject it runs under without "Re:" — so a
 * reply can name the thread (In-Reply-To, References) and keep its subject.
 */
export function emailThreadId(rootId: string, subject: string): string {
  const clean = subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().slice(0, SUBJECT_MAX);
  return clean ? `${rootId} ${clean}` : rootId;
}

export function parseEmailThreadId(threadId: string | undefined): { rootId?: string; subject?: string } {
  if (!threadId) return {};
  const match = /^(<[^<>\s]+>)(?: (.+))?$/s.exec(threadId);
  return match ? { rootId: match[1], subject: match[2] } : {};
}

function attachmentKind(mimeType: string): AttachmentKind {
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('video/')) return 'video';
  return 'document';
}

/** Files the buyer attached: not inline pictures of a signature or a pasted logo (referenced by cid from the HTML). */
export function attachedFiles(mail: ParsedMail): MailAttachment[] {
  return mail.attachments.filter((a) => !(a.related || (a.contentDisposition === 'inline' && a.cid && a.contentType.startsWith('image/'))));
}

/** What an attached file looks like on the timeline; `ref` is where its bytes were kept. */
export function describeAttachment(file: MailAttachment, ref: string | undefined): Attachment {
  return { kind: attachmentKind(file.contentType), name: file.filename, size: file.size, mimeType: file.contentType, ref };
}

/**
 * A parsed email → an InboundMessage (channel `email`): externalId is the Message-ID (a redelivery or a second fetch
 * meets the same one), the sender id and the chat are the lower-cased From address, the text is the plain body
 * without the quoted history (a new conversation's subject first, since it often carries the ask). Machine mail and
 * our own messages are not messages from a buyer.
 */
export function translateEmail(mail: ParsedMail, options: { ownAddresses: string[]; fallbackId: string; contentType: string; now?: () => Date }): TranslatedEmail {
  const automated = automatedMail(mail, options.contentType);
  if (automated) return { automated };
  const from = firstAddress(mail.from);
  if (!from) return { drop: 'no From address' };
  if (options.ownAddresses.includes(from.address)) return { drop: 'sent by us' };
  const messageId = mail.messageId && /^<[^<>\s]+>$/.test(mail.messageId) ? mail.messageId : mail.messageId ? `<${mail.messageId.replace(/[<>\s]/g, '')}>` : options.fallbackId;
  const references = idsOf(mail.references);
  const inReplyTo = idsOf(mail.inReplyTo)[0];
  const subject = (mail.subject ?? '').trim();
  const body = stripQuotedReply(mail.text ?? '');
  const isReply = Boolean(inReplyTo || references.length) || REPLY_PREFIX.test(subject);
  const cleanSubject = subject.replace(REPLY_PREFIX, '').trim();
  const text = !isReply && cleanSubject && !body.startsWith(cleanSubject) ? (body ? `${cleanSubject}\n\n${body}` : cleanSubject) : body || cleanSubject;
  const now = options.now ?? (() => new Date());
  // a Date header from a wrong clock in the future would sort the message above everything the rep writes next
  const occurredAt = mail.date && mail.date.getTime() <= now().getTime() + 5 * 60_000 ? mail.date : now();
  return {
    message: {
      channel: 'email',
      kind: 'message',
      externalId: messageId,
      senderId: from.address,
      senderName: from.name,
      chatId: from.address,
      text,
      occurredAt,
      replyToExternalId: inReplyTo,
      threadId: emailThreadId(references[0] ?? inReplyTo ?? messageId, subject),
      isDirect: true,
    },
    files: attachedFiles(mail),
  };
}
