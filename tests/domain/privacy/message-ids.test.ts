import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { storedMessageId } from '../../../src/domain/crypto/message-id';
import { createLogger } from '../../../src/logger';
import { TEST_DATA_ENCRYPTION_KEY } from '../../support/db';
import { createTestApp } from '../../support/terminal-harness';

/**
 * Issue 15: platform message ids contain the chat id (Telegram "<chat>:<message>") or the phone number (WhatsApp), so
 * they are stored only as a keyed hash; rows an earlier version wrote in clear are keyed at the next start, and a
 * redelivery of such a message is still recognised and stored once.
 */
const BUYER = '777000222';
let app: App & { databaseUrl: string };
let sql: pg.Client;

beforeAll(async () => {
  app = await createTestApp();
  sql = new pg.Client({ connectionString: app.databaseUrl });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await app.stop();
});

const telegramMessage = (messageId: number, text: string) => ({
  channel: 'telegram', externalId: `${BUYER}:${messageId}`, kind: 'message' as const, senderId: BUYER, senderName: 'Ana Buyer',
  chatId: BUYER, text, occurredAt: new Date(), isDirect: true, replyToExternalId: `${BUYER}:${messageId - 1}`,
});

async function clearIds(): Promise<string[]> {
  const { rows } = await sql.query(`
    SELECT external_id AS v FROM communications UNION ALL SELECT reply_to_external_id FROM communications
    UNION ALL SELECT external_id FROM inbound_receipts UNION ALL SELECT external_id FROM outbox UNION ALL SELECT dedupe_key FROM tasks`);
  return rows.map((r) => String(r.v)).filter((v) => v.includes(BUYER) || v.includes('telegram:111'));
}

describe('platform message ids at rest', () => {
  it('are stored keyed: a new message, its reply-to and its receipt name no chat', async () => {
    expect(await app.services.inbox.receive(telegramMessage(15, 'Hola, precio?'))).toMatchObject({ status: 'stored' });
    const { rows } = await sql.query(`SELECT external_id, reply_to_external_id FROM communications WHERE channel = 'telegram'`);
    expect(rows).toEqual([{ external_id: storedMessageId(`${BUYER}:15`), reply_to_external_id: storedMessageId(`${BUYER}:14`) }]);
    expect(await clearIds()).toEqual([]);
    // a redelivery meets the same key
    expect(await app.services.inbox.receive(telegramMessage(15, 'Hola, precio?'))).toMatchObject({ status: 'duplicate' });
  });

  it('written in clear by an earlier version, are keyed at the next start, and a redelivery is still stored once', async () => {
    const { rows: [customer] } = await sql.query(`SELECT customer_id AS id, contact_id FROM communications WHERE channel = 'telegram' LIMIT 1`);
    await sql.query(`INSERT INTO communications (customer_id, contact_id, channel, direction, text, external_id, reply_to_external_id)
      VALUES ($1, $2, 'telegram', 'inbound', 'old message', $3, $4)`, [customer.id, customer.contact_id, `${BUYER}:20`, `${BUYER}:19`]);
    await sql.query(`INSERT INTO inbound_receipts (channel, external_id) VALUES ('telegram', $1)`, [`${BUYER}:21:edit:1700000000`]);
    await sql.query(`INSERT INTO outbox (dedupe_key, channel, chat_id, text, status, due_at, external_id) VALUES ('legacy-sent', 'telegram', 'x', 'hi', 'sent', now(), $1)`, [`${BUYER}:22`]);
    const member = await app.services.team.add({ name: 'rita', role: 'rep', locale: 'en' });
    await sql.query(`INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at, status, dedupe_key) VALUES ($1, $2, 'call back', 'reminder', now(), 'open', 'remind:telegram:111:9')`, [customer.id, member.id]);
    expect((await clearIds()).length).toBe(5);

    const restarted = await createApp({ config: loadConfig({ DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY }), logger: createLogger('silent'), adapters: [] });
    await restarted.stop();

    expect(await clearIds()).toEqual([]);
    const { rows: [old] } = await sql.query(`SELECT external_id, reply_to_external_id FROM communications WHERE text = 'old message'`);
    expect(old).toEqual({ external_id: storedMessageId(`${BUYER}:20`), reply_to_external_id: storedMessageId(`${BUYER}:19`) });
    const { rows: [task] } = await sql.query(`SELECT dedupe_key FROM tasks WHERE title = 'call back'`);
    expect(task.dedupe_key).toBe(`remind:${storedMessageId('telegram:111:9')}`);
    // the platform delivers the old message again: recognised, not stored twice
    expect(await app.services.inbox.receive(telegramMessage(20, 'old message'))).toMatchObject({ status: 'duplicate' });
    const { rows: [count] } = await sql.query(`SELECT count(*)::int AS n FROM communications WHERE text = 'old message'`);
    expect(count.n).toBe(1);
  });
});
