import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramApp } from '../support/telegram-app';
import type { App } from '../../src/app';
import { inboundJobId } from '../../src/jobs/inbound-queue';
import { makeTelegramTextUpdate, type FakeTelegram, type TelegramCall } from '../support/fake-telegram';
import { eventually, linkMember } from '../support/channel-harness';
import { storedMessageId } from '../../src/domain/crypto/message-id';

// A command whose later send fails must not send its earlier messages again when it is retried.
const ALICE = 222;
let fake: FakeTelegram;
let app: App;
const db = () => app.database.prisma;

beforeAll(async () => {
  ({ fake, app } = await startTelegramApp('tg-replies'));
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await linkMember(app, 'alice', 'telegram', String(ALICE));
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

const toAlice = (c: TelegramCall) => String(c.body.chat_id) === String(ALICE) && ['sendMessage', 'sendDocument', 'sendPhoto'].includes(c.method);
/** what reached the chat: text, or a file's name; refused calls left out */
const delivered = () => fake.calls.filter((c) => toAlice(c) && !c.failed).map((c) => (c.method === 'sendMessage' ? String(c.body.text) : String(c.body.document ?? c.body.photo)));

describe('command replies are sent once through the outbox', () => {
  it('a /report whose third send fails: the text and the chart arrive once, the workbook after the outbox retries it', async () => {
    const before = fake.calls.length;
    fake.failNthSend(3);
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: '/report funnel xlsx' }));
    // the flow's three sends: the summary, the PNG chart, the XLSX workbook (refused once with 502, then retried)
    const calls = await eventually(() => {
      const mine = fake.calls.slice(before).filter(toAlice);
      return mine.filter((c) => !c.failed).length >= 3 ? mine : null;
    }, 20_000);
    expect(calls.map((c) => [c.method, c.failed ?? false, c.method === 'sendMessage' ? 'text' : String(c.body.document ?? c.body.photo).split('.').at(-1)])).toEqual([
      ['sendMessage', false, 'text'],
      ['sendPhoto', false, 'png'],
      ['sendDocument', true, 'xlsx'],
      ['sendDocument', false, 'xlsx'],
    ]);
    const texts = delivered().filter((t) => !t.includes('.'));
    expect(new Set(texts).size).toBe(texts.length);
    // the retried reply is a finished outbox row that keeps neither its text nor its file
    // the platform answers before the row is marked sent: wait for the bookkeeping
    const rows = await eventually(async () => {
      const found = await db().outbox.findMany({ where: { dedupeKey: { startsWith: 'reply:telegram:' } }, orderBy: { id: 'asc' } });
      return found.at(-1)?.status === 'sent' && !JSON.stringify(found.at(-1)!.payload).includes('base64') ? found : null;
    });
    expect(rows.slice(-3).map((r) => [r.status, r.attempts, r.text])).toEqual([['sent', 1, ''], ['sent', 1, ''], ['sent', 2, '']]);
    expect(JSON.stringify(rows.at(-1)!.payload)).not.toContain('base64');
  });

  it('a redelivered update whose run is repeated (a crash before its receipt) sends none of its replies again', async () => {
    const update = makeTelegramTextUpdate({ fromId: ALICE, text: '/help' });
    const externalId = `${ALICE}:${update.message.message_id}`;
    fake.push(update);
    await eventually(() => db().inboundReceipt.findUnique({ where: { channel_externalId: { channel: 'telegram', externalId: storedMessageId(externalId) } } }));
    const sent = delivered();
    expect(sent.filter((t) => t.includes('Quayside commands'))).toHaveLength(1);
    // as after a worker died between the replies and the receipt: no receipt, and the queue no longer knows the job
    await db().inboundReceipt.delete({ where: { channel_externalId: { channel: 'telegram', externalId: storedMessageId(externalId) } } });
    await app.inbound!.queue.remove(inboundJobId('telegram', externalId));
    // the same message again: the fake (like Telegram) never hands out an update below the poller's confirmed offset,
    // so the copy comes under a new update id; the message id, which the message's identity is made of, is the same
    fake.push(makeTelegramTextUpdate({ fromId: ALICE, text: '/help', messageId: update.message.message_id }));
    await eventually(() => db().inboundReceipt.findUnique({ where: { channel_externalId: { channel: 'telegram', externalId: storedMessageId(externalId) } } }));
    await eventually(() => app.inbound!.drain(2000));
    expect(delivered()).toEqual(sent);
  });

  it('a reply longer than one Telegram message whose second part is refused: the first part is not sent again', async () => {
    const before = fake.calls.length;
    // ~9,000 characters: three messages of at most 4,096
    const text = Array.from({ length: 300 }, (_, i) => `line ${i + 1} ${'x'.repeat(20)}`).join('\n');
    const reply = { channel: 'telegram', chatId: String(ALICE), text };
    const origin = { channel: 'telegram', externalId: `${ALICE}:long-report` };
    fake.failNthSend(2);
    await app.services.replies.forRun(origin)(reply);
    const calls = await eventually(() => {
      const mine = fake.calls.slice(before).filter(toAlice);
      return mine.filter((c) => !c.failed).length >= 3 ? mine : null;
    }, 20_000);
    // the second part refused once and retried by the outbox; the third waited for it
    expect(calls.map((c) => c.failed ?? false)).toEqual([false, true, false, false]);
    const parts = calls.filter((c) => !c.failed).map((c) => String(c.body.text));
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join('\n')).toBe(text);
    // the flow run again (the inbound job retried): every part is known, nothing is sent
    const seen = fake.calls.length;
    await app.services.replies.forRun(origin)(reply);
    expect(fake.calls.slice(seen).filter(toAlice)).toEqual([]);
  });
});
