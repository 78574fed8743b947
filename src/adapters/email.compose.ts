import { randomUUID } from 'node:crypto';
import type Mail from 'nodemailer/lib/mailer';
import type { OutboundMessage } from '../domain/channel-contract';
import { parseEmailThreadId } from './email.translate';

export interface ComposeOptions {
  /** the mailbox Quayside writes from: "Sales <sales@example.com>" or a bare address */
  from: string;
  /** where a one-click unsubscribe is POSTed (the token is appended as a path segment); absent: mailto only */
  unsubscribeUrl?: string;
}

const SUBJECT_MAX = 78;

/** A subject for a message that starts no thread: its first line, cut at a word near 78 characters. */
export function subjectOf(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  if (line.length <= SUBJECT_MAX) return line;
  const cut = line.slice(0, SUBJECT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The bare address of a From setting ("Sales <sales@x.com>" → "sales@x.com"). */
export function addressOf(from: string): string {
  return (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
}

/**
 * An OutboundMessage as an email: to the buyer's address (the chat), in the buyer's thread when it has one (In-Reply-To
 * and References name the thread's first message; "Re: " + its subject), files as attachments. A wake-up that can be
 * declined carries List-Unsubscribe (a mailto, and an https URL with List-Unsubscribe-Post for one-click, RFC 8058).
 * Files keep their names and MIME types (a proforma invoice stays application/pdf).
 */
export function composeEmail(message: OutboundMessage, options: ComposeOptions): Mail.Options & { messageId: string } {
  const own = addressOf(options.from);
  const domain = own.split('@')[1] ?? 'localhost';
  const messageId = `<${randomUUID()}@${domain}>`;
  const thread = parseEmailThreadId(message.threadId);
  const subject = thread.subject ? `Re: ${thread.subject}` : subjectOf(message.text) || '…';
  const mail: Mail.Options & { messageId: string } = {
    from: options.from,
    to: message.chatId,
    subject,
    text: message.text,
    messageId,
    attachments: message.files?.map((f) => ({ filename: f.name, content: f.data, contentType: f.mimeType })),
  };
  const answering = message.replyToExternalId && /^<[^<>\s]+>$/.test(message.replyToExternalId) ? message.replyToExternalId : thread.rootId;
  if (answering) {
    mail.inReplyTo = answering;
    mail.references = [...new Set([thread.rootId, answering].filter((id): id is string => Boolean(id)))];
  }
  if (message.unsubscribe) {
    const token = message.unsubscribe.token;
    const mailto = `mailto:${own}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
    const url = options.unsubscribeUrl ? `${options.unsubscribeUrl.replace(/\/+$/, '')}/${encodeURIComponent(token)}` : undefined;
    // one header with both (RFC 2369); nodemailer's `list` option would write one header per URL
    mail.headers = {
      'List-Unsubscribe': (url ? [mailto, url] : [mailto]).map((u) => `<${u}>`).join(', '),
      ...(url ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      // a wake-up is sent by a program: auto-responders must not answer it (RFC 3834)
      'Auto-Submitted': 'auto-generated',
    };
  }
  return mail;
}
