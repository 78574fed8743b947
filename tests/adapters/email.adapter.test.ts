import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailAdapter } from '../../src/adapters/email.adapter';
import type { App } from '../../src/app';
import { createContact, findContactsByDetail } from '../../src/domain/contacts/contact.repository';
import type { Actor } from '../../src/domain/team/actor';
import { linkContactIdentity } from '../../src/domain/team/identity.repository';
import { createLogger } from '../../src/logger';
import { createAppWithAdapters, createFakeChannel, eventually, linkMember } from '../support/channel-harness';
import { freePort, startTestImapServer, type TestImapServer } from '../support/dovecot';

// Real servers on loopback: dovecot (IMAP, started by the test from Debian's dovecot-imapd) and smtp-server
// (the nodemailer project's SMTP server, in process). The adapter talks to them through imapflow and nodemailer.
const FIXTURES = path.join(__dirname, '..', 'data', 'email');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const DAY = 86_400_000;

interface Received {
  to: string[];
  mail: ParsedMail;
  header: (name: string) => string | undefined;
}
const received: Received[] = [];
const mailTo = (address: string) => received.filter((r) => r.to.includes(address));

let imap: TestImapServer;
let smtp: SMTPServer;
let appender: ImapFlow;
let app: App;
let alice: Actor;
let adapter: ReturnType<typeof createEmailAdapter>;
let unsubscribeBase: string;
const chat = createFakeChannel('chat');
const fileDir = mkdtempSync(path.join(os.tmpdir(), 'email-files-'));
const db = () => app.database.prisma;

/** Puts a raw message into the mailbox, as a mail server delivering it would (IMAP APPEND by another client). */
const deliver = (raw: Buffer | string) => appender.append('INBOX', raw);

beforeAll(async () => {
  imap = await startTestImapServer();
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const mail = await simpleParser(raw);
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        received.push({ to, mail, header: (name) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const unsubscribePort = await freePort();
  unsubscribeBase = `http://127.0.0.1:${unsubscribePort}/unsubscribe`;
  const connection = { host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.pass } };
  adapter = createEmailAdapter({
    smtp: { host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true },
    imap: connection,
    from: 'Quayside Sales <sales@quayside.test>',
    fileDir,
    logger: createLogger((process.env.EMAIL_TEST_LOG as 'debug' | undefined) ?? 'silent'),
    // IDLE brings new mail; the timed poll is off for the test (poll() is called where a test wants a pass now)
    pollMs: 600_000,
    unsubscribeUrl: unsubscribeBase,
    unsubscribeListen: { port: unsubscribePort, host: '127.0.0.1' },
    optOut: (token) => app.services.signals.optOutByToken(token, 'email'),
    sendLimits: { perChatMs: 1, globalPerSecond: 1000 },
  });
  appender = new ImapFlow({ ...connection, logger: false });
  await appender.connect();
  app = await createAppWithAdapters([adapter, chat]);
  const maria = await app.services.team.add({ name: 'maria', role: 'admin', locale: 'en' });
  await linkMember(app, 'maria', 'chat', 'maria');
  await app.services.ensureDefaultRoute('cli');
  alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await linkMember(app, 'alice', 'chat', 'alice');
  const azteca = await app.services.customers.create(alice, 'test', { name: 'Iluminación Azteca', country: 'MX', details: ['carlos@azteca.mx'], contactName: 'Carlos' });
  expect([azteca.ownerId, maria.id]).not.toContain(undefined);
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await appender?.logout().catch(() => undefined);
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await imap?.stop();
});

const azteca = () => db().customer.findFirstOrThrow({ where: { name: 'Iluminación Azteca' } });

describe('email channel: reading over IMAP (dovecot) with imapflow', () => {
  it("puts a known contact's email on that customer's timeline once, even when it is fetched again and delivered twice", async () => {
    await deliver(fixture('known-contact-reply.eml'));
    await adapter.poll();
    const customer = await azteca();
    const rows = () => db().communication.findMany({ where: { customerId: customer.id, channel: 'email', direction: 'inbound' } });
    expect((await rows()).map((r) => r.text)).toEqual(['Hola, ¿cuál es el precio FOB de 5000 piezas del LED-600?\n\nSaludos,\nCarlos']);
    // fetched twice: the keyword taken off (as after a crash between hand-over and marking), and a second copy delivered
    await appender.mailboxOpen('INBOX');
    await appender.messageFlagsRemove('1:*', ['$QuaysideSeen'], { uid: true });
    await deliver(fixture('known-contact-reply.eml'));
    await adapter.poll();
    expect(await rows()).toHaveLength(1);
    // the owner heard of it once
    await eventually(() => chat.textsTo('alice').some((t) => t.includes('LED-600')));
    expect(chat.textsTo('alice').filter((t) => t.includes('5000 piezas'))).toHaveLength(1);
    // no second customer for Carlos: the address matched the contact's email (blind index)
    expect(await db().customer.count({ where: { name: { startsWith: 'Email lead' } } })).toBe(0);
  });

  it('makes a new sender a lead, routed to its owner, with the attached PDF kept under DATA_DIR (brought by IDLE, no poll)', async () => {
    await deliver(fixture('new-sender-with-pdf.eml'));
    const lead = await eventually(() => db().customer.findFirst({ where: { name: { startsWith: 'Email lead' } }, include: { contacts: true } }), 30_000);
    expect(lead.status).toBe('lead');
    const routed = await eventually(() => db().customer.findFirst({ where: { id: lead.id, ownerId: { not: null } } }));
    expect(routed.ownerId).toBe((await db().teamMember.findFirstOrThrow({ where: { name: 'maria' } })).id);
    const [contact] = await findContactsByDetail(db(), { emails: ['anna.schmidt@licht-hamburg.de'] });
    expect(contact.customerId).toBe(lead.id);
    const message = await db().communication.findFirstOrThrow({ where: { customerId: lead.id, direction: 'inbound' } });
    expect(message.text).toContain('Angebot für 2000 Stück');
    const [file] = message.attachments as { kind: string; name: string; mimeType: string; ref: string }[];
    expect(file).toMatchObject({ kind: 'document', name: 'Spezifikation.pdf', mimeType: 'application/pdf' });
    const stored = file.ref.replace(/^file:/, '');
    expect(stored.startsWith(fileDir)).toBe(true);
    expect(readFileSync(stored).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('links no team member by email (a From address can be forged): a "/link" mail is a buyer message', async () => {
    const { code } = await app.services.team.invite('alice');
    await deliver(`From: alice@forged.example\r\nTo: sales@quayside.test\r\nMessage-ID: <link-1@forged.example>\r\n\r\n/link ${code}\r\n`);
    await adapter.poll();
    expect(await app.services.team.identify('email', 'alice@forged.example')).toBeNull();
    expect(await db().channelIdentity.count({ where: { channel: 'email', teamMemberId: { not: null } } })).toBe(0);
  });

  it('does not take an out-of-office answer, a newsletter or a bounce for a buyer', async () => {
    const before = { customers: await db().customer.count(), messages: await db().communication.count({ where: { direction: 'inbound' } }) };
    await deliver(fixture('auto-reply.eml'));
    await deliver(fixture('newsletter.eml'));
    await deliver(fixture('bounce.eml'));
    await adapter.poll();
    // the pass read them (each is marked), and none became a message or a customer
    await appender.mailboxOpen('INBOX');
    expect(await appender.search({ unKeyword: '$QuaysideSeen' }, { uid: true })).toEqual([]);
    expect(await db().customer.count()).toBe(before.customers);
    expect(await db().communication.count({ where: { direction: 'inbound' } })).toBe(before.messages);
  });
});

describe('email channel: sending over SMTP (smtp-server) with nodemailer', () => {
  it("sends a rep's /reply to the buyer's address in the buyer's thread", async () => {
    const customer = await azteca();
    await chat.receive({ senderId: 'alice', text: `/reply #${customer.id}: Sí, 5000 pcs a 3.10 USD FOB Ningbo.` });
    // (the buyer may also have had the automatic first answer to the mail above)
    const reply = await eventually(() => mailTo('carlos@azteca.mx').find((r) => r.mail.text?.includes('5000 pcs')));
    expect(reply.mail.text?.trim()).toBe('Sí, 5000 pcs a 3.10 USD FOB Ningbo.');
    expect(reply.mail.subject).toBe('Re: LED-600 panels');
    expect(reply.mail.inReplyTo).toBe('<CAF=azteca-0001@mail.azteca.mx>');
    expect(reply.mail.from?.value[0].address).toBe('sales@quayside.test');
    const out = await db().communication.findFirstOrThrow({ where: { customerId: customer.id, direction: 'outbound', channel: 'email' } });
    expect(out.text).toBe('Sí, 5000 pcs a 3.10 USD FOB Ningbo.');
  });

  it('sends an approved proforma invoice as an attached PDF', async () => {
    const customer = await azteca();
    await chat.receive({ senderId: 'alice', text: `/quote #${customer.id}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy` });
    const quote = await eventually(() => db().quote.findFirst({ where: { customerId: customer.id } }));
    const before = mailTo('carlos@azteca.mx').length;
    await chat.receive({ senderId: 'alice', text: `/quote send ${quote.number}` });
    const sent = await eventually(() => mailTo('carlos@azteca.mx').slice(before).find((r) => r.mail.attachments.length));
    const [pdf] = sent.mail.attachments;
    expect([pdf.contentType, pdf.filename]).toEqual(['application/pdf', `${quote.number}-v1.pdf`]);
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('email channel: wake-ups carry List-Unsubscribe, and the one-click POST records the opt-out', () => {
  // a Monday, 04:00 in Germany: the wake-up planner picks a moment in the buyer's business hours
  const t0 = new Date('2026-11-23T03:00:00Z');

  async function dormantEmailBuyer(name: string, address: string) {
    const last = new Date(t0.getTime() - 61 * DAY);
    const customer = await db().customer.create({
      data: { name, normalizedName: name.toLowerCase(), country: 'DE', ownerId: alice.id, status: 'dormant', lastContactAt: last, lastInboundAt: last, createdAt: new Date(last.getTime() - 30 * DAY) },
    });
    const contact = await createContact(db(), customer.id, { name: `${name} buyer`, roles: [], language: 'de', phone: null, email: address });
    await linkContactIdentity(db(), { channel: 'email', externalId: address, chatId: address, contactId: contact.id });
    await db().communication.create({ data: { customerId: customer.id, contactId: contact.id, channel: 'email', direction: 'inbound', text: 'Hallo', language: 'de', occurredAt: last } });
    return { customer, contact };
  }

  async function sendWakeup(customerId: number) {
    await app.services.wakeup.run(t0);
    await app.services.wakeup.run(new Date(t0.getTime() + 6.5 * DAY));
    const stored = await db().outbox.findFirstOrThrow({ where: { customerId, memberId: null } });
    const row = (await app.services.outbox.byId(stored.id))!;
    expect(row.channel).toBe('email');
    expect(await app.services.outbox.deliver(row.id, { now: row.dueAt })).toEqual({ outcome: 'sent' });
  }

  const post = (url: string, body = 'List-Unsubscribe=One-Click') =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

  it('sends the wake-up with List-Unsubscribe (mailto + URL) and List-Unsubscribe-Post; the POST opts the contact out once', async () => {
    const { customer, contact } = await dormantEmailBuyer('Licht Hamburg GmbH', 'einkauf@licht-hamburg.example');
    await sendWakeup(customer.id);
    const [wakeup] = mailTo('einkauf@licht-hamburg.example');
    const listUnsubscribe = wakeup.header('List-Unsubscribe')!;
    const [, mailto, url] = /^<(mailto:[^>]+)>,\s*<(http[^>]+)>$/.exec(listUnsubscribe.replace(/\r?\n\s+/g, ' ')) ?? [];
    expect(mailto).toMatch(/^mailto:sales@quayside\.test\?subject=unsubscribe%20\d+\.[0-9a-f]{32}$/);
    expect(url).toMatch(new RegExp(`^${unsubscribeBase}/${contact.id}\\.[0-9a-f]{32}$`));
    expect(wakeup.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(wakeup.mail.headerLines.filter((h) => h.key === 'list-unsubscribe')).toHaveLength(1);

    // a GET (a mail scanner following the link) changes nothing
    expect((await fetch(url)).status).toBe(200);
    expect((await db().contact.findUniqueOrThrow({ where: { id: contact.id } })).optedOut).toBe(false);

    const res = await post(url);
    expect(res.status).toBe(200);
    expect(await db().contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ optedOut: true });
    expect(await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({ optedOut: true });
    expect(await db().sequenceEnrollment.findFirstOrThrow({ where: { customerId: customer.id } })).toMatchObject({ status: 'stopped' });
    const audits = await db().auditLog.findMany({ where: { entityType: 'contact', entityId: String(contact.id) } });
    expect(audits.map((a) => a.via)).toEqual(['email']);
    // a second click is fine and records nothing more
    expect((await post(url)).status).toBe(200);
    expect(await db().auditLog.count({ where: { entityType: 'contact', entityId: String(contact.id) } })).toBe(1);
  });

  it("takes the List-Unsubscribe mailto (a mail 'unsubscribe <token>' to our address) as the same opt-out, not as a buyer's message", async () => {
    const { customer, contact } = await dormantEmailBuyer('Mail Optout GmbH', 'buyer@mail-optout.example');
    await sendWakeup(customer.id);
    const [wakeup] = mailTo('buyer@mail-optout.example');
    const mailto = /<mailto:([^?>]+)\?subject=([^>]+)>/.exec(wakeup.header('List-Unsubscribe')!.replace(/\r?\n\s+/g, ' '))!;
    // what a mail provider sends when the person presses its "unsubscribe" button
    await deliver(`From: buyer@mail-optout.example\r\nTo: ${mailto[1]}\r\nSubject: ${decodeURIComponent(mailto[2])}\r\nMessage-ID: <unsub-1@mail-optout.example>\r\n\r\n\r\n`);
    await adapter.poll();
    await eventually(async () => (await db().contact.findUniqueOrThrow({ where: { id: contact.id } })).optedOut);
    expect(await db().communication.count({ where: { customerId: customer.id, direction: 'inbound', channel: 'email', text: { contains: 'unsubscribe' } } })).toBe(0);
  });

  it('refuses a forged or malformed token with 400 and changes nothing', async () => {
    const { contact } = await dormantEmailBuyer('Kalt Berlin GmbH', 'info@kalt-berlin.example');
    const forged = `${unsubscribeBase}/${contact.id}.${'0'.repeat(32)}`;
    expect((await post(forged)).status).toBe(400);
    expect((await post(`${unsubscribeBase}/${contact.id}`)).status).toBe(400);
    expect((await post(`${unsubscribeBase}/..%2F..%2Fetc`)).status).toBe(400);
    // a valid token without the one-click body is refused too
    expect((await post(`${unsubscribeBase}/${contact.id}.${'a'.repeat(32)}`, 'x=y')).status).toBe(400);
    expect((await db().contact.findUniqueOrThrow({ where: { id: contact.id } })).optedOut).toBe(false);
    expect(await db().auditLog.count({ where: { entityType: 'contact', entityId: String(contact.id) } })).toBe(0);
  });
});
