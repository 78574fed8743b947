import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram.adapter';
import { createLogger } from '../../src/logger';
import { startTelegramApp } from '../support/telegram-app';
import { RetryAfterError } from '../../src/adapters/send-limits';
import type { App } from '../../src/app';
import type { InboundMessage } from '../../src/domain/channel-contract';
import { makeTelegramCallbackUpdate, makeTelegramTextUpdate, type FakeTelegram } from '../support/fake-telegram';
import { eventually, linkMember } from '../support/channel-harness';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { revealHandles } from '../support/reveal-handles';

const ALICE = 111;
const BUYER = 555;
let fake: FakeTelegram;
let app: App;
const db = () => app.database.prisma;

beforeAll(async () => {
  ({ fake, app } = await startTelegramApp('telegram'));
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await linkMember(app, 'alice', 'telegram', String(ALICE));
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

describe('Telegram adapter against a local Bot API (long polling, durable queue)', () => {
  it('stores a buyer message once although Telegram delivers the update twice, and notifies the owner', async () => {
    const first = makeTelegramTextUpdate({ fromId: BUYER, firstName: 'Olga', text: 'Здравствуйте, нужна цена на LED-600' });
    fake.push(first);
    fake.push(first);
    const stored = await eventually(() => db().communication.findMany({ where: { channel: 'telegram', direction: 'inbound' } }).then((r) => r.map(revealHandles).filter((m) => m.senderExternalId === String(BUYER))).then((r) => (r.length ? r : null)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ chatId: String(BUYER), externalId: storedMessageId(`${BUYER}:${first.message.message_id}`), language: 'ru' });
    const lead = await db().customer.findUniqueOrThrow({ where: { id: stored[0].customerId! } });
    expect(lead.source).toBe('telegram');
    // once the lead has an owner, the owner hears about the next message in Telegram
    const alice = await app.services.team.byName('alice');
    await db().customer.update({ where: { id: lead.id }, data: { ownerId: alice.id } });
    fake.push(makeTelegramTextUpdate({ fromId: BUYER, firstName: 'Olga', text: 'и доставка в Москву?' }));
    const notice = await eventually(() => fake.sentTo(ALICE).find((t) => t.includes('доставка')));
    expect(notice).toContain(`/reply #${lead.id}: <text>`);
    // the buyer opened a conversation: they get the first answer in their language, once (the next message is not new)
    const answer = await eventually(() => fake.sentTo(BUYER)[0]);
    expect(answer).toMatch(/^Спасибо за ваше сообщение!/);
    // retry arrives again after it was stored: still one row, and no second first answer
    fake.push(first);
    await eventually(() => app.inbound!.drain(2000));
    expect(await db().communication.count({ where: { externalId: storedMessageId(`${BUYER}:${first.message.message_id}`) } })).toBe(1);
    expect(fake.sentTo(BUYER)).toEqual([answer]);
  });

  it('answers a linked member\'s command with sendMessage, and the member can reply to the buyer', async () => {
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: '/help' }));
    await eventually(() => fake.sentTo(ALICE).some((t) => t.includes('Quayside commands')));
    const lead = await db().customer.findFirstOrThrow({ where: { source: 'telegram' } });
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: `/reply #${lead.id}: Добрый день! Цена $4.20 FOB` }));
    await eventually(() => fake.sentTo(BUYER).includes('Добрый день! Цена $4.20 FOB'));
    // the rep's reply (the first answer before it is outbound too, by nobody)
    const outbound = await eventually(() => db().communication.findFirst({ where: { customerId: lead.id, direction: 'outbound', teamMemberId: { not: null } } }));
    // Telegram's message id is "<chat>:<message>": stored only as a keyed hash
    expect(outbound.externalId).toMatch(/^mk:[0-9a-f]{40}$/);
  });

  it('sends an approved proforma invoice to the buyer as a Telegram document (sendDocument), logged on the timeline', async () => {
    const lead = await db().customer.findFirstOrThrow({ where: { source: 'telegram' } });
    await db().customer.update({ where: { id: lead.id }, data: { ownerId: (await app.services.team.byName('alice')).id } });
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: `/quote #${lead.id}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy` }));
    const quote = await eventually(() => db().quote.findFirst({ where: { customerId: lead.id } }));
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: `/quote send ${quote.number}` }));
    const call = await eventually(() => fake.calls.find((c) => c.method === 'sendDocument' && String(c.body.chat_id) === String(BUYER)));
    expect(call.body.document).toBe(`${quote.number}-v1.pdf`);
    expect(fake.sentTo(BUYER)).toContain(`Proforma invoice ${quote.number} v1 from Quayside Export Co., Ltd.: USD 6,400.00.`);
    await eventually(() => fake.sentTo(ALICE).some((t) => t.startsWith(`Sent ${quote.number}-v1.pdf`)));
    const logged = await db().communication.findFirstOrThrow({ where: { customerId: lead.id, direction: 'outbound' }, orderBy: { id: 'desc' } });
    expect(logged.text).toContain(`Proforma invoice ${quote.number} v1 sent`);
  });

  it('sends a report chart as a picture in the chat (sendPhoto), never as a document', async () => {
    const before = fake.calls.length;
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: '/report funnel' }));
    const photo = await eventually(() => fake.calls.slice(before).find((c) => c.method === 'sendPhoto' && String(c.body.chat_id) === String(ALICE)));
    expect(photo.body.photo).toMatch(/\.png$/);
    expect(fake.calls.slice(before).filter((c) => c.method === 'sendDocument')).toEqual([]);
  });

  it('drops malformed and unknown updates without stopping, and keeps going', async () => {
    fake.push({ update_id: 990001, message: { chat: 'nonsense' } });
    fake.push({ update_id: 990002, poll: { id: 'p1' } });
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: '/help' }));
    const before = fake.sentTo(ALICE).length;
    await eventually(() => fake.sentTo(ALICE).length > before);
  });

  it('answers callback queries and stores stickers and locations with their kind', { timeout: 60_000 }, async () => {
    fake.push(makeTelegramCallbackUpdate({ fromId: ALICE, data: 'noop|1' }));
    // no flow answers "noop": the press is answered silently at the press deadline (8 s), which left 2 s of the 10 this
    // waited; a loaded CI run (the chart just rendered, 150 files beside it) was past it
    await eventually(() => fake.calls.some((c) => c.method === 'answerCallbackQuery'), 30_000);
    fake.push(makeTelegramTextUpdate({ fromId: BUYER, text: '', extra: { text: undefined, sticker: { file_id: 'STK1', file_unique_id: 'u', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false, emoji: '👍' } } }));
    fake.push(makeTelegramTextUpdate({ fromId: BUYER, text: '', extra: { text: undefined, location: { latitude: 55.75, longitude: 37.61 } } }));
    const rows = await eventually(() =>
      db().communication.findMany({ where: { text: '' }, orderBy: { id: 'asc' } }).then((r) => r.map(revealHandles).filter((m) => m.senderExternalId === String(BUYER))).then((r) => (r.length === 2 ? r : null)),
      20_000,
    );
    // Two updates from one chat may be stored by two queue workers at once, so their ids need not follow update order.
    const kinds = rows.map((r) => (r.attachments as { kind: string; ref: string }[])[0]).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(kinds).toEqual([
      expect.objectContaining({ kind: 'location', ref: '55.75,37.61' }),
      expect.objectContaining({ kind: 'sticker', ref: 'STK1' }),
    ]);
  });
});

describe('Telegram adapter: sending and webhook mode', () => {
  it('renders buttons as an inline keyboard and turns 429 into a Retry-After', async () => {
    const adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: createLogger('silent') });
    await adapter.send({ channel: 'telegram', chatId: '42', text: 'Approve?', buttons: [{ label: 'Yes', action: 'quote.approve:7' }, { label: 'No', action: 'quote.reject:7', value: 'x' }] });
    const call = fake.calls.filter((c) => c.method === 'sendMessage').at(-1)!;
    expect(call.body.reply_markup.inline_keyboard).toEqual([[{ text: 'Yes', callback_data: 'quote.approve:7' }], [{ text: 'No', callback_data: 'quote.reject:7|x' }]]);
    fake.rateLimit(1);
    const error = await adapter.send({ channel: 'telegram', chatId: '42', text: 'again' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryAfterError);
    expect((error as RetryAfterError).retryAfterMs).toBe(1000);
  });

  it('keeps a voice note\'s length through the durable queue, so the card can say "[voice 0:12]"', async () => {
    fake.push(makeTelegramTextUpdate({ fromId: BUYER, text: '', extra: { text: undefined, voice: { file_id: 'VOICE1', file_unique_id: 'v', duration: 12, mime_type: 'audio/ogg' } } }));
    const row = await eventually(() => db().communication.findFirst({ where: { attachments: { path: ['0', 'ref'], equals: 'VOICE1' } } }));
    expect((row.attachments as Record<string, unknown>[])[0]).toMatchObject({ kind: 'voice', durationSeconds: 12 });
  });

  it('sends an answer to a press it no longer holds (unknown, expired, or over 200 characters) as an ordinary message', async () => {
    const sender = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: createLogger('silent') });
    await sender.send({ channel: 'telegram', chatId: String(ALICE), text: 'Already decided.', pressAnswer: { userId: String(ALICE), pressId: 'cbq-unknown' } });
    await sender.send({ channel: 'telegram', chatId: String(ALICE), text: 'x'.repeat(201), pressAnswer: { userId: String(ALICE), pressId: 'cbq-unknown-2' } });
    // only this test's texts: an earlier test's app may still be sending to ALICE in the background on a loaded machine
    expect(fake.sentTo(ALICE).filter((t) => t === 'Already decided.' || t === 'x'.repeat(201))).toEqual(['Already decided.', 'x'.repeat(201)]);
    expect(fake.calls.some((c) => c.method === 'answerCallbackQuery' && String(c.body.callback_query_id).startsWith('cbq-unknown'))).toBe(false);
    // a card id that is not "<chat>:<message>" is left alone; the message still goes
    await sender.send({ channel: 'telegram', chatId: String(ALICE), text: 'Approved.', settle: { messageId: 'garbage', text: 'Approved' } });
    expect(fake.sentTo(ALICE)).toContain('Approved.');
    expect(fake.calls.some((c) => c.method === 'editMessageReplyMarkup' && c.body.message_id === undefined)).toBe(false);
  });

  it('requires the secret token on webhook deliveries and refuses a bad one', async () => {
    expect(() => createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: createLogger('silent'), webhook: { url: 'https://bot.example.com/tg', secret: '', port: 0 } })).toThrow(/secret/);
    const adapter = createTelegramAdapter({
      token: fake.token, apiRoot: fake.apiRoot, logger: createLogger('silent'),
      webhook: { url: 'https://bot.example.com/tg/hook', secret: 'good_secret-1', port: 0, host: '127.0.0.1' },
    });
    const received: InboundMessage[] = [];
    await adapter.start(async (m) => void received.push(m));
    try {
      expect(fake.calls.find((c) => c.method === 'setWebhook')?.body).toMatchObject({ url: 'https://bot.example.com/tg/hook', secret_token: 'good_secret-1' });
      const post = (secret: string, update: unknown) =>
        fetch(`http://127.0.0.1:${adapter.webhookPort()}/tg/hook`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update),
        });
      const bad = await post('wrong', makeTelegramTextUpdate({ fromId: 9, text: 'sneaky' }));
      expect(bad.status).toBe(403);
      const good = await post('good_secret-1', makeTelegramTextUpdate({ fromId: 9, text: 'hello via webhook' }));
      expect(good.status).toBe(200);
      expect(received.map((m) => m.text)).toEqual(['hello via webhook']);
    } finally {
      await adapter.stop();
    }
  });
});
