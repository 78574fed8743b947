import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram.adapter';
import type { App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from '../support/db';
import { createAppWithAdapters, eventually, linkMember } from '../support/channel-harness';
import { makeTelegramCallbackUpdate, makeTelegramTextUpdate, startFakeTelegram, type FakeTelegram, type TelegramCall } from '../support/fake-telegram';

// Approval buttons through telegraf against the local fake Bot API: a decided card loses its keyboard, and a press
// that changes nothing is answered on the press itself (answerCallbackQuery text), not with a new message.
const [ZHAO, WANG, ALICE, EVE] = [201, 202, 203, 204];
let fake: FakeTelegram;
let app: App;
const db = () => app.database.prisma;
const quote = () => db().quote.findFirstOrThrow({ orderBy: { id: 'desc' }, include: { approvals: { orderBy: { step: 'asc' } } } });
const cardTo = (chat: number) => fake.calls.filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === chat && c.body.reply_markup?.inline_keyboard?.length).at(-1);
const buttonData = (card: TelegramCall, label: string) => {
  const found = (card.body.reply_markup.inline_keyboard as { text: string; callback_data: string }[][]).flat().find((b) => b.text === label);
  if (!found) throw new Error(`no ${label} button`);
  return found.callback_data;
};
const answerTo = (update: { callback_query: { id: string } }) => fake.calls.find((c) => c.method === 'answerCallbackQuery' && c.body.callback_query_id === update.callback_query.id);
const decisionsAudited = () => db().auditLog.count({ where: { action: { in: ['approve', 'reject', 'request_change'] }, actorId: { not: null } } });

beforeAll(async () => {
  fake = await startFakeTelegram();
  // a long deadline: on a busy machine the flow may take seconds, and the test is about the flow's answer
  const adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, logger: createLogger('silent'), pressDeadlineMs: 60_000 });
  app = await createAppWithAdapters([adapter], { QUEUE_PREFIX: testQueuePrefix('tg-approval'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
  const team = app.services.team;
  await team.add({ name: 'zhao', role: 'director', locale: 'en' });
  await team.add({ name: 'wang', role: 'manager', locale: 'en' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'eve', role: 'rep', locale: 'zh', manager: 'wang' });
  for (const [name, id] of [['zhao', ZHAO], ['wang', WANG], ['alice', ALICE], ['eve', EVE]] as const) await linkMember(app, name, 'telegram', String(id));
  await app.services.customers.create(await team.byName('alice'), 'test', { name: 'Andes Energy SpA', country: 'CL', details: [] });
  fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: '/quote Andes Energy SpA: LED-600 x20000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy' }));
  await eventually(() => cardTo(WANG), 20_000);
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

describe('quote approval in Telegram', () => {
  it('takes the keyboard off the decided card and stops the press spinner without a notice', async () => {
    const card = cardTo(WANG)!;
    const press = makeTelegramCallbackUpdate({ fromId: WANG, data: buttonData(card, 'Approve'), messageId: card.messageId });
    fake.push(press);
    const edit = await eventually(() => fake.calls.find((c) => c.method === 'editMessageReplyMarkup' && Number(c.body.chat_id) === WANG));
    expect(edit.body).toMatchObject({ message_id: card.messageId, reply_markup: { inline_keyboard: [] } });
    const answered = await eventually(() => answerTo(press));
    expect(answered.body.text).toBeUndefined();
    await eventually(() => cardTo(ZHAO));
    expect((await quote()).approvals.map((a) => a.status)).toEqual(['approved', 'pending']);
  });

  it('answers a second press on the press itself; nothing changes and no message is added to the chat', async () => {
    const audited = await decisionsAudited();
    const sentBefore = fake.sentTo(WANG).length;
    const card = fake.calls.find((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === WANG && c.body.reply_markup)!;
    const again = makeTelegramCallbackUpdate({ fromId: WANG, data: buttonData(card, 'Approve'), messageId: card.messageId });
    fake.push(again);
    const answered = await eventually(() => answerTo(again));
    expect(answered.body.text).toMatch(/^Quote Q-\d{4}-0001 v1 is already approved by wang at .+ UTC; nothing was changed\.$/);
    expect(answered.body.show_alert).toBe(true);
    // a card still showing buttons (its keyboard could not be removed, or another client kept it) loses them now
    const edits = fake.calls.filter((c) => c.method === 'editMessageReplyMarkup' && Number(c.body.chat_id) === WANG && c.body.message_id === card.messageId);
    expect(edits).toHaveLength(2);
    await app.inbound!.drain(3000);
    expect(fake.sentTo(WANG).length).toBe(sentBefore);
    expect(await decisionsAudited()).toBe(audited);
  });

  it('answers someone who may not decide (in their language), and the director\'s approval stays pending', async () => {
    const card = cardTo(ZHAO)!;
    const press = makeTelegramCallbackUpdate({ fromId: EVE, data: buttonData(card, 'Approve'), messageId: card.messageId });
    fake.push(press);
    const answered = await eventually(() => answerTo(press));
    expect(answered.body.text).toMatch(/[\u4e00-\u9fff]/);
    expect((await quote()).approvals[1].status).toBe('pending');
    expect(fake.calls.filter((c) => c.method === 'editMessageReplyMarkup' && Number(c.body.chat_id) === EVE)).toEqual([]);
  });

  it('after a typed rejection comment, removes the director\'s keyboard too; every decision is audited once', async () => {
    const audited = await decisionsAudited();
    const card = cardTo(ZHAO)!;
    fake.push(makeTelegramCallbackUpdate({ fromId: ZHAO, data: buttonData(card, 'Reject'), messageId: card.messageId }));
    await eventually(() => fake.sentTo(ZHAO).some((t) => t.includes('Reply with your comment')));
    fake.push(makeTelegramTextUpdate({ fromId: ZHAO, text: 'Margin too thin' }));
    await eventually(() => fake.calls.find((c) => c.method === 'editMessageReplyMarkup' && Number(c.body.chat_id) === ZHAO && c.body.message_id === card.messageId));
    expect((await quote()).status).toBe('rejected');
    expect(await decisionsAudited()).toBe(audited + 1);
  });
});
