import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWhatsAppCloudAdapter } from '../../src/adapters/whatsapp-cloud.adapter';
import { RetryAfterError } from '../../src/adapters/send-limits';
import type { App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createCommunication } from '../../src/domain/customers/communication.repository';
import { createContact } from '../../src/domain/contacts/contact.repository';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { linkContactIdentity } from '../../src/domain/team/identity.repository';
import { writeTemplates } from '../../src/domain/wakeup/templates';
import { createLogger } from '../../src/logger';
import { createAppWithAdapters, createFakeChannel, eventually, linkMember } from '../support/channel-harness';
import { testQueuePrefix } from '../support/db';
import { makeCloudMessage, makeCloudStatus, makeCloudWebhook, postSignedWebhook, startFakeGraphApi, type FakeGraphApi } from '../support/fake-whatsapp-cloud';
import { revealHandles } from '../support/reveal-handles';

const PHONE_ID = '1065550100';
const SECRET = 'test-app-secret';
const VERIFY = 'test-verify-token';
const BUYER = '5215512345678';
const DAY = 86_400_000;

let graph: FakeGraphApi;
let app: App;
let hook: string;
const chat = createFakeChannel('chat', { buttons: true });
const db = () => app.database.prisma;
const adapterFor = (apiUrl: string) =>
  createWhatsAppCloudAdapter({
    phoneNumberId: PHONE_ID, accessToken: 'test-access-token', appSecret: SECRET, verifyToken: VERIFY, apiUrl,
    webhook: { port: 0, host: '127.0.0.1', path: '/whatsapp/webhook' }, logger: createLogger('silent'), sendLimits: { perChatMs: 1, globalPerSecond: 1000 },
  });
const post = (payload: unknown, signature?: string) => postSignedWebhook(hook, payload, SECRET, signature);
const inboundFrom = (from: string) =>
  db().communication.findMany({ where: { channel: 'whatsapp-cloud', direction: 'inbound' }, orderBy: { id: 'asc' } }).then((rows) => rows.map(revealHandles).filter((r) => r.senderExternalId === from));

beforeAll(async () => {
  graph = await startFakeGraphApi(PHONE_ID);
  const adapter = adapterFor(graph.apiUrl);
  app = await createAppWithAdapters([adapter, chat], { QUEUE_PREFIX: testQueuePrefix('wacloud'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  hook = `http://127.0.0.1:${adapter.webhookPort()}/whatsapp/webhook`;
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await linkMember(app, 'alice', 'chat', 'alice');
});
afterAll(async () => {
  await app?.stop();
  await graph?.close();
});

describe('WhatsApp Business Platform (Cloud API) adapter against a local Graph API, webhooks over real HTTP', () => {
  it('answers the subscription handshake with the challenge, and 403 to a wrong verify token', async () => {
    const ok = await fetch(`${hook}?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${hook}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444`);
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toBe('');
  });

  it('refuses a delivery with a bad or missing signature with 401 and stores nothing', async () => {
    const { message, contacts } = makeCloudMessage({ from: '4915100000001', text: 'forged price request' });
    const payload = makeCloudWebhook(PHONE_ID, { messages: [message], contacts });
    expect((await post(payload, `sha256=${'0'.repeat(64)}`)).status).toBe(401);
    expect((await postSignedWebhook(hook, payload, null)).status).toBe(401);
    // signed with another secret: the body is right, the signature is not
    expect((await postSignedWebhook(hook, payload, 'other-secret')).status).toBe(401);
    await app.inbound!.drain(2_000);
    expect(await db().communication.count({ where: { externalId: storedMessageId(message.id) } })).toBe(0);
    expect(await inboundFrom('4915100000001')).toEqual([]);
  });

  it('stores a buyer text once although Meta delivers the webhook twice; the first answer goes as text inside the window', async () => {
    const { message, contacts } = makeCloudMessage({ from: BUYER, name: 'Lucía Ramírez', text: 'Hola, necesito precio de LED-600 para 2000 piezas' });
    const payload = makeCloudWebhook(PHONE_ID, { messages: [message], contacts });
    expect((await post(payload)).status).toBe(200);
    expect((await post(payload)).status).toBe(200);
    const stored = await eventually(() => inboundFrom(BUYER).then((r) => (r.length ? r : null)));
    await app.inbound!.drain(2_000);
    expect(await inboundFrom(BUYER)).toHaveLength(1);
    expect(stored[0]).toMatchObject({ chatId: BUYER, externalId: storedMessageId(message.id), language: 'es' });
    // the buyer opened a conversation: the first answer is free text (the window is open), in Spanish, once
    const answer = await eventually(() => graph.messagesTo(BUYER)[0]);
    expect(answer.body).toMatchObject({ messaging_product: 'whatsapp', type: 'text' });
    expect((answer.body.text as { body: string }).body).toMatch(/^¡?Gracias/);
    expect(answer.authorization).toBe('Bearer test-access-token');
  });

  it('records status webhooks on the outbox row of the message sent: forward only, and a failure with its code', async () => {
    const row = await eventually(() => db().outbox.findFirst({ where: { channel: 'whatsapp-cloud', status: 'sent' } }));
    const wamid = (graph.messagesTo(BUYER)[0].answer as { messages: { id: string }[] }).messages[0].id;
    expect(row.externalId).toBe(storedMessageId(wamid));
    const statuses = (status: string, extra = {}) => makeCloudWebhook(PHONE_ID, { statuses: [makeCloudStatus({ id: wamid, status, recipient: BUYER, ...extra })] });
    expect((await post(statuses('delivered'))).status).toBe(200);
    expect(await db().outbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ deliveryStatus: 'delivered' });
    await post(statuses('read'));
    // out of order: a late "sent" or "delivered" does not undo "read"
    await post(statuses('delivered'));
    await post(statuses('sent'));
    const read = await db().outbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(read).toMatchObject({ deliveryStatus: 'read', deliveryError: null });
    // a bad signature changes nothing
    await post(statuses('failed', { error: { code: 131026, title: 'Message undeliverable' } }), 'sha256=bad');
    expect(await db().outbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ deliveryStatus: 'read' });
    // a failed send (on a row only "sent" so far) keeps Meta's code and title
    await db().outbox.update({ where: { id: row.id }, data: { deliveryStatus: 'sent' } });
    await post(statuses('failed', { error: { code: 131026, title: 'Message undeliverable' } }));
    expect(await db().outbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ deliveryStatus: 'failed', deliveryError: '131026 Message undeliverable' });
    // a report can beat the row's own "sent" bookkeeping: it is answered at once and put on the row when the id appears
    const late = makeCloudWebhook(PHONE_ID, { statuses: [makeCloudStatus({ id: 'wamid.LATE1', status: 'delivered', recipient: BUYER })] });
    expect((await post(late)).status).toBe(200);
    await db().outbox.update({ where: { id: row.id }, data: { externalId: storedMessageId('wamid.LATE1'), deliveryStatus: null, deliveryError: null } });
    await eventually(() => db().outbox.findFirst({ where: { id: row.id, deliveryStatus: 'delivered' } }));
  });

  it("sends a rep's /reply inside the 24-hour window as a text message", async () => {
    const lead = await db().customer.findFirstOrThrow({ where: { source: 'whatsapp-cloud' } });
    await db().customer.update({ where: { id: lead.id }, data: { ownerId: (await app.services.team.byName('alice')).id } });
    await chat.receive({ senderId: 'alice', text: `/reply #${lead.id}: Hola Lucía, USD 3.20 FOB Ningbo` });
    const sent = await eventually(() => graph.messagesTo(BUYER).find((c) => (c.body.text as { body?: string } | undefined)?.body === 'Hola Lucía, USD 3.20 FOB Ningbo'));
    expect(sent.body.type).toBe('text');
    expect(sent.body.template).toBeUndefined();
  });

  it('sends an approved proforma invoice PDF as a media upload, then a document message', async () => {
    const lead = await db().customer.findFirstOrThrow({ where: { source: 'whatsapp-cloud' } });
    await chat.receive({ senderId: 'alice', text: `/quote #${lead.id}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy` });
    const quote = await eventually(() => db().quote.findFirst({ where: { customerId: lead.id } }));
    const before = graph.calls.length;
    await chat.receive({ senderId: 'alice', text: `/quote send ${quote.number}` });
    const doc = await eventually(() => graph.calls.slice(before).find((c) => c.path.endsWith('/messages') && c.body.type === 'document'));
    const upload = graph.calls.slice(before).find((c) => c.path === `/v21.0/${PHONE_ID}/media`)!;
    expect(upload.body).toMatchObject({ messaging_product: 'whatsapp', type: 'application/pdf' });
    expect(upload.file).toMatchObject({ name: `${quote.number}-v1.pdf`, type: 'application/pdf', head: '%PDF-' });
    expect(graph.calls.indexOf(upload)).toBeLessThan(graph.calls.indexOf(doc));
    const mediaId = (upload.answer as { id: string }).id;
    expect(doc.body).toMatchObject({ to: BUYER, document: { id: mediaId, filename: `${quote.number}-v1.pdf` } });
    await eventually(() => chat.textsTo('alice').some((t) => t.startsWith(`Sent ${quote.number}-v1.pdf`)));
  });

  it('takes button replies, images, documents, voice notes, stickers and locations with their kinds', async () => {
    const from = '5215587654321';
    const parts = [
      { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'quote.approve|7', title: 'Approve' } }, context: { id: 'wamid.CARD' } },
      { type: 'image', image: { id: 'IMG1', mime_type: 'image/jpeg', caption: 'our shop' } },
      { type: 'document', document: { id: 'DOC1', mime_type: 'application/pdf', filename: 'specs.pdf' } },
      { type: 'audio', audio: { id: 'AUD1', mime_type: 'audio/ogg', voice: true } },
      { type: 'sticker', sticker: { id: 'STK1', mime_type: 'image/webp', animated: false } },
      { type: 'location', location: { latitude: 19.43, longitude: -99.13, name: 'CDMX' } },
      { type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍' } },
    ].map((extra) => makeCloudMessage({ from, extra }));
    const received: { kind: string; text: string; attachments?: unknown[]; action?: unknown }[] = [];
    const probe = adapterFor(graph.apiUrl);
    await probe.start(async (m) => void received.push(m));
    try {
      const res = await postSignedWebhook(`http://127.0.0.1:${probe.webhookPort()}/whatsapp/webhook`, makeCloudWebhook(PHONE_ID, { messages: parts.map((p) => p.message), contacts: parts[0].contacts }), SECRET);
      expect(res.status).toBe(200);
    } finally {
      await probe.stop();
    }
    // the reaction is nothing a person said: dropped
    expect(received).toHaveLength(6);
    expect(received[0]).toMatchObject({ kind: 'action', action: { id: 'quote.approve', value: '7', messageId: 'wamid.CARD' } });
    expect(received.slice(1).map((m) => (m.attachments as { kind: string; ref: string }[])[0])).toEqual([
      expect.objectContaining({ kind: 'image', ref: 'wacloud:IMG1', caption: 'our shop' }),
      expect.objectContaining({ kind: 'document', ref: 'wacloud:DOC1', name: 'specs.pdf' }),
      expect.objectContaining({ kind: 'voice', ref: 'wacloud:AUD1' }),
      expect.objectContaining({ kind: 'sticker', ref: 'wacloud:STK1' }),
      expect.objectContaining({ kind: 'location', ref: '19.43,-99.13', name: 'CDMX' }),
    ]);
    expect(received[1].text).toBe('our shop');
  });

  it('sends buttons as interactive replies, a chart as an image, and turns a pair rate limit into a Retry-After', async () => {
    const sender = adapterFor(graph.apiUrl);
    const before = graph.calls.length;
    await sender.send({ channel: 'whatsapp-cloud', chatId: '861380000', text: 'Approve Q-1?', buttons: [{ label: 'Approve', action: 'quote.approve', value: '1' }, { label: 'Reject', action: 'quote.reject', value: '1' }] });
    await sender.send({ channel: 'whatsapp-cloud', chatId: '861380000', text: '', files: [{ name: 'funnel.png', mimeType: 'image/png', data: Buffer.from('\x89PNG fake') }] });
    const [buttons, upload, image] = graph.calls.slice(before);
    expect(buttons.body).toMatchObject({ type: 'interactive', interactive: { type: 'button', body: { text: 'Approve Q-1?' }, action: { buttons: [{ type: 'reply', reply: { id: 'quote.approve|1', title: 'Approve' } }, { type: 'reply', reply: { id: 'quote.reject|1', title: 'Reject' } }] } } });
    expect(upload.file).toMatchObject({ name: 'funnel.png', type: 'image/png' });
    expect(image.body).toMatchObject({ type: 'image', image: { id: expect.stringMatching(/^MEDIA/) } });
    expect(image.body.document).toBeUndefined();
    graph.failNext(400, 131056);
    const error = await sender.send({ channel: 'whatsapp-cloud', chatId: '861380000', text: 'again' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).retryAfterMs).toBe(6_000);
  });

  it('goes outside the window as the approved template, in the buyer\'s language with the body parameters', async () => {
    // the buyer last wrote 61 days before today (so the rep's /reply below is outside the window on any clock);
    // the planner picks a moment in the buyer's business hours, and the send is made at that moment
    const t0 = new Date();
    const last = new Date(t0.getTime() - 61 * DAY);
    const alice = await app.services.team.byName('alice');
    await writeTemplates(db(), {
      technical_update: {
        en: { text: 'Hi {name}, a quick update from {rep}.', approvedTemplate: 'wakeup_technical_update' },
        pt: { text: 'Olá {name}, uma breve novidade de {rep}.', approvedTemplate: 'wakeup_technical_update' },
      },
    });
    const customer = await db().customer.create({
      data: { name: 'Iluminação Paulista Ltda', normalizedName: 'iluminacao paulista', country: 'BR', ownerId: alice.id, status: 'dormant', lastContactAt: last, lastInboundAt: last, createdAt: new Date(last.getTime() - 30 * DAY) },
    });
    const contact = await createContact(db(), customer.id, { name: 'João Souza', roles: [], language: 'pt', phone: null });
    await linkContactIdentity(db(), { channel: 'whatsapp-cloud', externalId: '5511988887777', chatId: '5511988887777', contactId: contact.id });
    await createCommunication(db(), {
      customerId: customer.id, contactId: contact.id, channel: 'whatsapp-cloud', direction: 'inbound', kind: 'message', text: 'Olá', language: 'pt',
      chatId: '5511988887777', senderExternalId: '5511988887777', externalId: 'wamid.OLD1', occurredAt: last,
    });
    await app.services.wakeup.run(t0);
    await app.services.wakeup.run(new Date(t0.getTime() + 6.5 * DAY));
    const planned = await db().outbox.findFirstOrThrow({ where: { customerId: customer.id, memberId: null } });
    expect(await app.services.outbox.deliver(planned.id, { now: planned.dueAt })).toEqual({ outcome: 'sent' });
    const [sent] = graph.messagesTo('5511988887777');
    expect(sent.body).toEqual({
      messaging_product: 'whatsapp', recipient_type: 'individual', to: '5511988887777', type: 'template',
      template: { name: 'wakeup_technical_update', language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'João Souza' }, { type: 'text', text: 'alice' }] }] },
    });
    expect(graph.messagesTo('5511988887777')).toHaveLength(1);
    // the timeline keeps the words the buyer read, in Portuguese
    const logged = await db().communication.findFirstOrThrow({ where: { customerId: customer.id, direction: 'outbound' } });
    expect(logged.text).toBe('Olá João Souza, uma breve novidade de alice.');
    // the rep's own free text to this buyer is refused outside the window (only templates may go), and nothing is sent
    await chat.receive({ senderId: 'alice', text: `/reply #${customer.id}: Olá João, ainda interessado?` });
    await eventually(() => chat.textsTo('alice').some((t) => t.includes('outside the 24-hour window')));
    expect(graph.messagesTo('5511988887777')).toHaveLength(1);
  });
});

describe('WhatsApp Cloud API settings', () => {
  it('refuses a partial configuration, naming what is missing', () => {
    expect(() => loadConfig({ WHATSAPP_CLOUD_PHONE_NUMBER_ID: '1065550100', WHATSAPP_CLOUD_ACCESS_TOKEN: 'x' })).toThrow(
      /WHATSAPP_CLOUD_APP_SECRET: required with WHATSAPP_CLOUD_PHONE_NUMBER_ID, WHATSAPP_CLOUD_ACCESS_TOKEN[\s\S]*WHATSAPP_CLOUD_VERIFY_TOKEN: required/,
    );
    expect(() => loadConfig({ WHATSAPP_CLOUD_PHONE_NUMBER_ID: '+86 21 5555 0100', WHATSAPP_CLOUD_ACCESS_TOKEN: 'x', WHATSAPP_CLOUD_APP_SECRET: 'y', WHATSAPP_CLOUD_VERIFY_TOKEN: 'z' })).toThrow(/numeric phone number id/);
    const config = loadConfig({ WHATSAPP_CLOUD_PHONE_NUMBER_ID: '1065550100', WHATSAPP_CLOUD_ACCESS_TOKEN: 'x', WHATSAPP_CLOUD_APP_SECRET: 'y', WHATSAPP_CLOUD_VERIFY_TOKEN: 'z' });
    expect(config).toMatchObject({ WHATSAPP_CLOUD_API_URL: 'https://graph.facebook.com/v21.0', WHATSAPP_CLOUD_WEBHOOK_PATH: '/whatsapp/webhook', WHATSAPP_CLOUD_WEBHOOK_PORT: 8444 });
  });

  it('says at start, in one line, that the access token was refused', async () => {
    const refused = createWhatsAppCloudAdapter({
      phoneNumberId: PHONE_ID, accessToken: 'expired', appSecret: SECRET, verifyToken: VERIFY, apiUrl: graph.apiUrl,
      webhook: { port: 0, host: '127.0.0.1', path: '/whatsapp/webhook' }, logger: createLogger('silent'),
    });
    await expect(refused.start(async () => undefined)).rejects.toThrow(/access token was refused.*WHATSAPP_CLOUD_ACCESS_TOKEN/);
  });
});
