import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import wwebjs from 'whatsapp-web.js';
import type { Message as WaMessage } from 'whatsapp-web.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWhatsAppAdapter } from '../../src/adapters/whatsapp.adapter';
import type { App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from '../support/db';
import { createAppWithAdapters, eventually, linkMember } from '../support/channel-harness';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { revealHandles } from '../support/reveal-handles';

const { Client, LocalAuth } = wwebjs;
// the library's typings omit the Message constructor it exports
const Message = (wwebjs as unknown as { Message: new (client: unknown, data: unknown) => WaMessage }).Message;
const BUYER = '5215512345678@c.us';
const ALICE = '8613800138000@c.us';
const client = new Client({ authStrategy: new LocalAuth({ dataPath: mkdtempSync(path.join(os.tmpdir(), 'wa-')) }) });
const sent: { chatId: string; content: unknown; options?: Record<string, unknown> }[] = [];
let seq = 0;
// the platform is faked at the library's edge: sendMessage records instead of driving WhatsApp Web
client.sendMessage = (async (chatId: string, content: unknown, options?: Record<string, unknown>) => {
  sent.push({ chatId, content, options });
  seq += 1;
  return new Message(client, { id: { fromMe: true, remote: chatId, id: `OUT${seq}`, _serialized: `true_${chatId}_OUT${seq}` }, body: String(content), type: 'chat', from: 'me@c.us', to: chatId, t: Date.now() / 1000 });
}) as typeof client.sendMessage;

/** A real whatsapp-web.js Message as the library builds it from WhatsApp Web's data. */
function waMessage(from: string, body: string, extra: Record<string, unknown> = {}, id = `IN${Math.random().toString(36).slice(2)}`) {
  return new Message(client, { id: { fromMe: false, remote: from, id, _serialized: `false_${from}_${id}` }, body, type: 'chat', from, to: 'me@c.us', t: Math.floor(Date.now() / 1000), notifyName: 'Carlos', ...extra });
}
const textsTo = (chatId: string) => sent.filter((s) => s.chatId === chatId).map((s) => String(s.content));

let app: App;
const db = () => app.database.prisma;

beforeAll(async () => {
  const adapter = createWhatsAppAdapter({ dataDir: '/unused', chromiumPath: '/unused', client, logger: createLogger('silent'), sendLimits: { perChatMs: 1, globalPerSecond: 1000 } });
  app = await createAppWithAdapters([adapter], { QUEUE_PREFIX: testQueuePrefix('whatsapp'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await linkMember(app, 'alice', 'whatsapp', ALICE);
  const customer = await app.services.customers.create(alice, 'test', { name: 'Iluminación Azteca', country: 'MX', details: ['+52 55 1234 5678'], contactName: 'Carlos' });
  expect(customer.ownerId).toBe(alice.id);
});
afterAll(async () => app?.stop());

describe('WhatsApp adapter with whatsapp-web.js Messages', () => {
  it('logs a buyer message on the matching contact, stores a re-emitted message once, and tells the owner', async () => {
    const msg = waMessage(BUYER, 'Hola, ¿tienen stock del LED-600?', {}, 'WAONE');
    client.emit('message', msg);
    client.emit('message', msg);
    const notice = await eventually(() => textsTo(ALICE).find((t) => t.includes('LED-600')));
    expect(notice).toContain('Iluminación Azteca 🇲🇽');
    await app.inbound!.drain(3000);
    client.emit('message', msg);
    await app.inbound!.drain(3000);
    const rows = await db().communication.findMany({ where: { channel: 'whatsapp', direction: 'inbound' } });
    expect(rows).toHaveLength(1);
    // the platform's message id holds the number: stored only keyed
    expect(revealHandles(rows[0])).toMatchObject({ externalId: storedMessageId(`${BUYER}/WAONE`), chatId: BUYER, language: 'es' });
    expect(textsTo(ALICE).filter((t) => t.includes('LED-600'))).toHaveLength(1);
  });

  it("relays the rep's /reply from her own WhatsApp to the buyer and logs it outbound", async () => {
    const customer = await db().customer.findFirstOrThrow({ where: { name: 'Iluminación Azteca' } });
    client.emit('message', waMessage(ALICE, `/reply #${customer.id}: Sí, 20,000 pcs en stock. Envío en 7 días.`));
    await eventually(() => textsTo(BUYER).includes('Sí, 20,000 pcs en stock. Envío en 7 días.'));
    await eventually(() => textsTo(ALICE).some((t) => t.startsWith(`Sent to #${customer.id}`)));
    // the rep's reply (a first answer to the buyer's opening message, sent or not by the hour, is outbound by nobody)
    const out = await db().communication.findFirstOrThrow({ where: { customerId: customer.id, direction: 'outbound', teamMemberId: { not: null } } });
    expect(revealHandles(out)).toMatchObject({ channel: 'whatsapp', chatId: BUYER, externalId: expect.stringMatching(/^mk:[0-9a-f]{40}$/) });
  });

  it('sends an approved proforma invoice to the buyer as WhatsApp media (MessageMedia), with the contact on it', async () => {
    const customer = await db().customer.findFirstOrThrow({ where: { name: 'Iluminación Azteca' } });
    client.emit('message', waMessage(ALICE, `/quote #${customer.id}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy`));
    const quote = await eventually(() => db().quote.findFirst({ where: { customerId: customer.id } }));
    client.emit('message', waMessage(ALICE, `/quote send ${quote.number}`));
    const media = await eventually(() => sent.find((s) => s.chatId === BUYER && s.content instanceof wwebjs.MessageMedia));
    const file = media.content as InstanceType<typeof wwebjs.MessageMedia>;
    expect([file.mimetype, file.filename]).toEqual(['application/pdf', `${quote.number}-v1.pdf`]);
    const text = (await new PDFParse({ data: Buffer.from(file.data, 'base64') }).getText()).text;
    expect(text).toContain('Iluminación Azteca');
    expect(text).toContain('Attn: Carlos');
    expect(text).toContain('70% against BL copy: USD 4,480.00');
  });

  it('sends a report chart as a picture (MessageMedia image, not a document), and a PDF as a document', async () => {
    const before = sent.length;
    client.emit('message', waMessage(ALICE, '/report funnel'));
    const chart = await eventually(() => sent.slice(before).find((s) => s.chatId === ALICE && s.content instanceof wwebjs.MessageMedia));
    expect((chart.content as InstanceType<typeof wwebjs.MessageMedia>).mimetype).toBe('image/png');
    expect(chart.options?.sendMediaAsDocument).toBe(false);
    const pdf = sent.find((s) => s.content instanceof wwebjs.MessageMedia && (s.content as InstanceType<typeof wwebjs.MessageMedia>).mimetype === 'application/pdf');
    expect(pdf?.options?.sendMediaAsDocument).toBe(true);
  });

  it('ignores our own messages and status updates, and stores stickers, locations, cards and voice notes by kind', async () => {
    client.emit('message', new Message(client, { id: { fromMe: true, remote: BUYER, id: 'MINE', _serialized: 'x' }, body: 'loop?', type: 'chat', from: BUYER, t: 1 }));
    client.emit('message', waMessage('status@broadcast', 'my holiday'));
    client.emit('message', waMessage(BUYER, '', { type: 'sticker', directPath: '/s', mimetype: 'image/webp', size: 1000 }));
    client.emit('message', waMessage(BUYER, '/9j/4AAQ-thumbnail', { type: 'location', lat: 19.43, lng: -99.13, loc: 'CDMX office' }));
    client.emit('message', waMessage(BUYER, 'BEGIN:VCARD\nFN:Ana López\nTEL;waid=5215500000000:+52 55 0000 0000\nEND:VCARD', { type: 'vcard' }));
    client.emit('message', waMessage(BUYER, '', { type: 'ptt', directPath: '/p', mimetype: 'audio/ogg', size: 5000 }));
    client.emit('message', waMessage(BUYER, '', { type: 'e2e_notification' }));
    client.emit('message', { id: 'garbage' });
    const rows = await eventually(() =>
      db().communication.findMany({ where: { direction: 'inbound', text: '' }, orderBy: { occurredAt: 'asc' } }).then((r) => r.map(revealHandles).filter((m) => m.chatId === BUYER)).then((r) => (r.length >= 4 ? r : null)),
    );
    await app.inbound!.drain(3000);
    const kinds = (await db().communication.findMany({ where: { direction: 'inbound', text: '' } })).map(revealHandles).filter((m) => m.chatId === BUYER).map((r) => (r.attachments as { kind: string }[])[0].kind);
    expect(kinds.sort()).toEqual(['contact', 'location', 'sticker', 'voice']);
    expect(rows.some((r) => r.text.includes('thumbnail') || r.text.includes('VCARD'))).toBe(false);
    expect(await db().communication.count({ where: { text: { in: ['loop?', 'my holiday'] } } })).toBe(0);
  });

  // a WhatsApp app session has no 24-hour window (that is the Business Platform's rule, tested with a channel that
  // declares it in tests/flows/reply.test.ts): a rep's own answer goes out a day later
  it('sends a rep\'s reply after 25 hours: whatsapp-web.js declares no reply window', async () => {
    const customer = await db().customer.findFirstOrThrow({ where: { name: 'Iluminación Azteca' } });
    await db().communication.updateMany({ where: { customerId: customer.id, direction: 'inbound' }, data: { occurredAt: new Date(Date.now() - 25 * 3_600_000) } });
    client.emit('message', waMessage(ALICE, `/reply #${customer.id}: checking in`));
    await eventually(() => textsTo(BUYER).includes('checking in'));
    await eventually(() => textsTo(ALICE).some((t) => t.startsWith(`Sent to #${customer.id}`)));
    expect(textsTo(ALICE).some((t) => t.includes('outside the 24-hour window'))).toBe(false);
  });
});
