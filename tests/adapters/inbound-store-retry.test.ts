import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { storedMessageId } from '../../src/domain/crypto/message-id';
import { createFakeChannel, eventually } from '../support/channel-harness';
import { createTestDatabase, TEST_ENV, testQueuePrefix } from '../support/db';

// The fault bench (npm run bench -- faults) lost 8 of 240 buyer messages after a PostgreSQL outage: storing failed with
// errors the pipeline did not read as an outage ("Client has encountered a connection error and is not queryable",
// "Can't reach database server"; under load a transaction cut short midway gave a foreign-key error), and the message
// was logged and dropped while its queue job completed. Here the database refuses the first inserts on purpose, with
// an error that is no outage at all.
const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
let app: App;
let db: pg.Client;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  db = new pg.Client({ connectionString: url });
  await db.connect();
  // the first two inserts of a buyer message fail (a sequence is not rolled back with the failed transaction)
  await db.query(`
    CREATE SEQUENCE refuse_store_seq;
    CREATE FUNCTION refuse_store() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF nextval('refuse_store_seq') <= 2 THEN RAISE EXCEPTION 'refused on purpose by the test'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER refuse_store BEFORE INSERT ON communications FOR EACH ROW EXECUTE FUNCTION refuse_store();`);
  const config = loadConfig({ ...TEST_ENV, DATABASE_URL: url, QUEUE_PREFIX: testQueuePrefix('store-retry'), REDIS_URL: inject('redisUrl'), DEFAULT_LOCALE: 'en' });
  app = await createApp({ config, logger: createLogger('silent'), adapters: [whatsapp], withJobs: true });
  await app.start();
});
afterAll(async () => {
  await app?.stop();
  await db?.end();
});

describe('a buyer message whose storing fails is retried, never dropped', () => {
  it('stores the message once the database takes it, and leaves nothing failed', { timeout: 60_000 }, async () => {
    await whatsapp.receive({ senderId: '491701234567@c.us', senderName: 'Buyer', text: 'price for 500 pcs?', externalId: 'store-retry-1' });
    // message ids are stored keyed (they hold the chat's number)
    const stored = storedMessageId('store-retry-1');
    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM communications WHERE external_id = $1`, [stored])).rows[0].n === 1, 30_000);
    expect(Number((await db.query(`SELECT last_value FROM refuse_store_seq`)).rows[0].last_value)).toBeGreaterThanOrEqual(3);
    expect(await app.inbound!.queue.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});
