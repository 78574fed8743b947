import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { findContactById } from '../../../src/domain/contacts/contact.repository';
import type { DomainEvents } from '../../../src/domain/events';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../../support/channel-harness';
import { revealHandles } from '../../support/reveal-handles';
import { storedMessageId } from '../../../src/domain/crypto/message-id';
import { linkContactIdentity } from '../../../src/domain/team/identity.repository';
import { isFirstAnswer } from '../../support/first-answers';

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
const slack = createFakeChannel('slack', { customerFacing: false, buttons: true });
let app: App;
const buyerEvents: DomainEvents['buyer.message'][] = [];

beforeAll(async () => {
  app = await createAppWithAdapters([whatsapp, slack]);
  app.services.events.on('buyer.message', (e) => void buyerEvents.push(e));
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await linkMember(app, 'alice', 'slack', 'U_ALICE');
  await app.services.customers.create(alice, 'test', { name: 'Iluminación Azteca', country: 'MX', details: ['+52 55 1234 5678'], contactName: 'Carlos' });
});
afterAll(async () => app.stop());

const customers = () => app.database.prisma.customer.findMany({ include: { contacts: true }, orderBy: { id: 'asc' } });
const messagesOf = (customerId: number) =>
  app.database.prisma.communication.findMany({ where: { customerId, direction: 'inbound' }, orderBy: { id: 'asc' } });

describe('buyer inbox', () => {
  it('logs a known buyer (matched by the WhatsApp number) and tells the owner in their channel how to reply', async () => {
    await whatsapp.receive({ senderId: '5215512345678@c.us', senderName: 'Carlos R', text: '¿Cuál es el precio de 5000 piezas LED-600?', externalId: 'wa-1' });
    const [azteca] = await customers();
    const stored = await messagesOf(azteca.id);
    expect(stored).toHaveLength(1);
    expect(revealHandles(stored[0])).toMatchObject({ contactId: azteca.contacts[0].id, channel: 'whatsapp', chatId: '5215512345678@c.us', language: 'es' });
    expect(stored[0].intents.length).toBeGreaterThan(0);
    const refreshed = await app.database.prisma.customer.findUniqueOrThrow({ where: { id: azteca.id } });
    expect(refreshed.lastInboundAt).not.toBeNull();
    const notice = slack.textsTo('U_ALICE').at(-1)!;
    expect(notice).toContain(`#${azteca.id} Iluminación Azteca 🇲🇽 (Carlos)`);
    expect(notice).toMatch(/their time \d\d:\d\d/);
    expect(notice).toContain('precio de 5000');
    expect(notice).toContain(`/reply #${azteca.id}: <text>`);
    expect(whatsapp.sent.filter((m) => !isFirstAnswer(m.text))).toHaveLength(0);
  });

  it('makes a stranger a new lead (source = channel, country from the number) and says so in the event', async () => {
    await whatsapp.receive({ senderId: '4915123456789@c.us', senderName: 'Hans Becker', text: 'Hello, do you ship to Hamburg?', externalId: 'wa-2' });
    const lead = (await customers()).find((c) => c.source === 'whatsapp' && c.country === 'DE')!;
    // the buyer's display name is a chat handle, kept sealed on the chat account only; the lead gets a neutral name
    expect(lead).toMatchObject({ name: `WhatsApp lead #${lead.id}`, source: 'whatsapp', country: 'DE' });
    expect(lead.contacts[0].name).toBe('WhatsApp buyer');
    expect(JSON.stringify(await customers())).not.toContain('Hans');
    expect((await findContactById(app.database.prisma, lead.contacts[0].id))?.phone).toBe('+4915123456789');
    expect(buyerEvents.at(-1)).toMatchObject({ customerId: lead.id, newLead: true, channel: 'whatsapp', text: 'Hello, do you ship to Hamburg?' });
    const audit = await app.database.prisma.auditLog.findFirst({ where: { customerId: lead.id, action: 'create' } });
    expect(audit?.via).toBe('whatsapp');
    // the next message is the same contact, not another lead
    await whatsapp.receive({ senderId: '4915123456789@c.us', senderName: 'Hans Becker', text: 'and Bremen?', externalId: 'wa-3' });
    expect((await customers()).filter((c) => c.source === 'whatsapp' && c.country === 'DE')).toHaveLength(1);
    expect(buyerEvents.at(-1)).toMatchObject({ customerId: lead.id, newLead: false });
  });

  it('stores a redelivered message once and emits once', async () => {
    const before = buyerEvents.length;
    for (let i = 0; i < 3; i += 1) await whatsapp.receive({ senderId: '4915123456789@c.us', text: 'price list please', externalId: 'wa-dup' });
    expect(await app.database.prisma.communication.count({ where: { externalId: storedMessageId('wa-dup') } })).toBe(1);
    expect(buyerEvents.length).toBe(before + 1);
  });

  it('makes one lead from a burst of first messages by a new sender', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => whatsapp.receive({ senderId: '33612345678@c.us', senderName: 'Marie', text: `msg ${i}`, externalId: `burst-${i}` })),
    );
    const maries = (await customers()).filter((c) => c.source === 'whatsapp' && c.country === 'FR');
    expect(maries).toHaveLength(1);
    expect(await messagesOf(maries[0].id)).toHaveLength(8);
  });

  it('routes a lead still without an owner again: the run that made it died before handing it over', async () => {
    // what a first message leaves behind when the process dies after making the lead and before storing the message
    const db = app.database.prisma;
    const lead = await db.customer.create({
      data: { name: 'Lucía Ortega', normalizedName: 'lucia ortega', country: 'CO', source: 'whatsapp', status: 'lead', contacts: { create: { name: 'Lucía Ortega' } } },
      include: { contacts: true },
    });
    await linkContactIdentity(db, { channel: 'whatsapp', externalId: '573001234567@c.us', chatId: '573001234567@c.us', contactId: lead.contacts[0].id });
    await whatsapp.receive({ senderId: '573001234567@c.us', senderName: 'Lucía', text: 'Hola, ¿precio de 2000 paneles LED?', externalId: 'wa-after-crash' });
    expect(buyerEvents.at(-1)).toMatchObject({ customerId: lead.id, newLead: false, awaitingOwner: true });
    // routed: no rule matches in this app, so the lead went to the pool, and is not routed again by the next message
    expect((await db.customer.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe('pool');
    await whatsapp.receive({ senderId: '573001234567@c.us', text: '¿y el envío?', externalId: 'wa-after-crash-2' });
    expect(buyerEvents.at(-1)).toMatchObject({ customerId: lead.id, newLead: false, awaitingOwner: false });
  });

  it('records edits (keeping the earlier text) and deletions, once each', async () => {
    await whatsapp.receive({ senderId: '4915123456789@c.us', text: 'need 100 pcs', externalId: 'wa-edit-me' });
    const edit = { senderId: '4915123456789@c.us', kind: 'edit' as const, text: 'need 1000 pcs', externalId: 'wa-edit-me#e1', targetExternalId: 'wa-edit-me' };
    await whatsapp.receive(edit);
    await whatsapp.receive(edit);
    let row = await app.database.prisma.communication.findFirstOrThrow({ where: { externalId: storedMessageId('wa-edit-me') } });
    expect(row.text).toBe('need 1000 pcs');
    expect(row.edits).toEqual([{ text: 'need 100 pcs', at: expect.any(String) }]);
    await whatsapp.receive({ senderId: '4915123456789@c.us', kind: 'delete', text: '', externalId: 'wa-edit-me#d', targetExternalId: 'wa-edit-me' });
    row = await app.database.prisma.communication.findFirstOrThrow({ where: { externalId: storedMessageId('wa-edit-me') } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.text).toBe('need 1000 pcs');
  });

  it('stores stickers, locations, contact cards and voice notes with their kind, and oversize text whole', async () => {
    const long = 'Especificaciones: '.repeat(2000);
    await whatsapp.receive({ senderId: '4915123456789@c.us', text: long, externalId: 'wa-long' });
    await whatsapp.receive({ senderId: '4915123456789@c.us', text: '', externalId: 'wa-sticker', attachments: [{ kind: 'sticker', ref: 'wa:s1' }] });
    await whatsapp.receive({ senderId: '4915123456789@c.us', text: '', externalId: 'wa-loc', attachments: [{ kind: 'location', ref: '53.55,9.99', name: 'Hamburg port' }] });
    await whatsapp.receive({ senderId: '4915123456789@c.us', text: '', externalId: 'wa-ptt', attachments: [{ kind: 'voice', size: 12000, ref: 'wa:v1' }] });
    const rows = await app.database.prisma.communication.findMany({ where: { externalId: { in: ['wa-long', 'wa-sticker', 'wa-loc', 'wa-ptt'].map(storedMessageId) } }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => (r.attachments as { kind: string }[] | null)?.[0]?.kind ?? 'text')).toEqual(['text', 'sticker', 'location', 'voice']);
    expect(rows[0].text).toBe(long);
  });

  it('refuses strangers on internal channels and stores nothing', async () => {
    const count = await app.database.prisma.customer.count();
    await slack.receive({ senderId: 'U_STRANGER', text: 'hi, who are your customers?' });
    expect(slack.textsTo('U_STRANGER').at(-1)).toContain('not linked to a Quayside team member');
    expect(await app.database.prisma.customer.count()).toBe(count);
  });

  it('ignores group chatter from strangers on a customer-facing channel', async () => {
    const count = await app.database.prisma.communication.count();
    await whatsapp.receive({ senderId: '5511999998888@c.us', chatId: '120363@g.us', isDirect: false, text: 'morning all' });
    expect(await app.database.prisma.communication.count()).toBe(count);
    expect(whatsapp.sent.filter((m) => !isFirstAnswer(m.text))).toHaveLength(0);
  });
});
