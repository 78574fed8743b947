import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeEmail, subjectOf } from '../../src/adapters/email.compose';
import { emailThreadId, parseEmailThreadId, stripQuotedReply, translateEmail } from '../../src/adapters/email.translate';

const FIXTURES = path.join(__dirname, '..', 'data', 'email');
const now = () => new Date('2026-12-04T12:00:00Z');

async function translate(file: string) {
  const mail = await simpleParser(readFileSync(path.join(FIXTURES, file)));
  const contentType = String((mail.headers.get('content-type') as { value?: string } | undefined)?.value ?? '');
  return translateEmail(mail, { ownAddresses: ['sales@quayside.test'], fallbackId: '<fallback@x.invalid>', contentType, now });
}

describe('an email as an InboundMessage (real .eml files through mailparser)', () => {
  it("a buyer's reply: Message-ID as the id, the lower-cased address as sender and chat, the text without the quoted history, the thread", async () => {
    const result = await translate('known-contact-reply.eml');
    if (!('message' in result)) throw new Error(`not a message: ${JSON.stringify(result)}`);
    expect(result.message).toMatchObject({
      channel: 'email', kind: 'message', externalId: '<CAF=azteca-0002@mail.azteca.mx>', senderId: 'carlos@azteca.mx', chatId: 'carlos@azteca.mx',
      senderName: 'Carlos Mendoza', replyToExternalId: '<CAF=azteca-0001@mail.azteca.mx>', isDirect: true,
      threadId: '<CAF=azteca-0001@mail.azteca.mx> LED-600 panels',
    });
    expect(result.message.text).toBe('Hola, ¿cuál es el precio FOB de 5000 piezas del LED-600?\n\nSaludos,\nCarlos');
    expect(result.message.occurredAt.toISOString()).toBe('2026-12-01T22:04:11.000Z');
  });

  it("a new sender's first mail: its subject leads the text (it carries the ask), the PDF is an attached file, the thread starts at it", async () => {
    const result = await translate('new-sender-with-pdf.eml');
    if (!('message' in result)) throw new Error('not a message');
    expect(result.message.text).toBe('Anfrage LED-Panels 600x600\n\nGuten Tag,\n\nbitte senden Sie uns ein Angebot für 2000 Stück, Spezifikation anbei.\n\nMit freundlichen Grüßen\nAnna Schmidt');
    expect(result.message.threadId).toBe('<20261202091500.ab12@licht-hamburg.de> Anfrage LED-Panels 600x600');
    expect(result.files.map((f) => [f.filename, f.contentType])).toEqual([['Spezifikation.pdf', 'application/pdf']]);
    expect(result.files[0].content.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an out-of-office answer, a newsletter and a bounce are machine mail, not buyers; the bounce names the failed address', async () => {
    expect(await translate('auto-reply.eml')).toEqual({ automated: { kind: 'auto_reply', reason: 'Auto-Submitted: auto-replied' } });
    expect(await translate('newsletter.eml')).toMatchObject({ automated: { kind: 'auto_reply', reason: 'Precedence: bulk' } });
    expect(await translate('bounce.eml')).toEqual({ automated: { kind: 'bounce', reason: 'delivery status report', failedRecipients: ['old.buyer@gone.example'] } });
  });

  it('our own mail is not a buyer (no loop)', async () => {
    const mail = await simpleParser('From: Sales <SALES@quayside.test>\r\nTo: x@y.z\r\nSubject: hi\r\nMessage-ID: <m@q>\r\n\r\nhello\r\n');
    expect(translateEmail(mail, { ownAddresses: ['sales@quayside.test'], fallbackId: '<f@x>', contentType: 'text/plain' })).toEqual({ drop: 'sent by us' });
  });

  it('strips the usual quoted-history markers and keeps a body that has none', () => {
    expect(stripQuotedReply('Yes, go ahead.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Sales <s@q.test> wrote:\n> price?')).toBe('Yes, go ahead.');
    expect(stripQuotedReply('好的\n\n-----原始邮件-----\n发件人: s@q.test\n发送时间: 2026年12月1日')).toBe('好的');
    expect(stripQuotedReply('Price ok.\n\nFrom: Sales <s@q.test>\nSent: Tuesday\nSubject: quote')).toBe('Price ok.');
    expect(stripQuotedReply('From: our side we agree.\nThanks')).toBe('From: our side we agree.\nThanks');
  });
});

describe('an OutboundMessage as an email', () => {
  it("answers in the buyer's thread: Re: its subject, In-Reply-To and References", () => {
    const threadId = emailThreadId('<root@a.mx>', 'RE: Re: LED-600 panels');
    expect(parseEmailThreadId(threadId)).toEqual({ rootId: '<root@a.mx>', subject: 'LED-600 panels' });
    const mail = composeEmail({ channel: 'email', chatId: 'carlos@azteca.mx', text: 'Sí, en stock.', threadId }, { from: 'Sales <sales@quayside.test>' });
    expect(mail).toMatchObject({ to: 'carlos@azteca.mx', subject: 'Re: LED-600 panels', inReplyTo: '<root@a.mx>', references: ['<root@a.mx>'], text: 'Sí, en stock.' });
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@quayside\.test>$/);
    expect(mail.headers).toBeUndefined();
  });

  it('a message that starts no thread takes its first line as the subject', () => {
    expect(subjectOf('Proforma invoice Q-2026-0001 v1\nPlease find it attached.')).toBe('Proforma invoice Q-2026-0001 v1');
    expect(subjectOf('x'.repeat(50) + ' ' + 'y'.repeat(50)).length).toBeLessThanOrEqual(79);
  });

  it('a wake-up with a token carries List-Unsubscribe (mailto and https) and List-Unsubscribe-Post', () => {
    const mail = composeEmail(
      { channel: 'email', chatId: 'a@b.de', text: 'Hallo', unsubscribe: { token: '12.abc' } },
      { from: 'sales@quayside.test', unsubscribeUrl: 'https://crm.quayside.test/unsubscribe/' },
    );
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<mailto:sales@quayside.test?subject=unsubscribe%2012.abc>, <https://crm.quayside.test/unsubscribe/12.abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    });
  });
});
