import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createApp, type App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_ENV, testQueuePrefix } from '../support/db';
import { createFakeChannel, eventually } from '../support/channel-harness';

/** A TCP proxy in front of the shared PostgreSQL: "stopping" it cuts every connection and refuses new ones. */
function startProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    get port() {
      return port;
    },
    start: listen,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}

const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });
let app: App;
let proxy: ReturnType<typeof startProxy>;
let directUrl: string;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  directUrl = url;
  const target = new URL(url);
  proxy = startProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.start();
  const viaProxy = new URL(url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const config = loadConfig({ ...TEST_ENV, DATABASE_URL: viaProxy.toString(), QUEUE_PREFIX: testQueuePrefix('fault'), REDIS_URL: inject('redisUrl'), DEFAULT_LOCALE: 'en' });
  app = await createApp({ config, logger: createLogger(process.env.FAULT_LOG ?? 'silent'), adapters: [whatsapp], withJobs: true });
  await app.start();
});
afterAll(async () => {
  await app?.stop();
});

describe('no lost message while PostgreSQL is unreachable', () => {
  it('queues 200 buyer messages during the outage and stores each exactly once after it returns', { timeout: 90_000 }, async () => {
    await proxy.stop();
    const sends = [];
    for (let i = 0; i < 200; i += 1) {
      const buyer = `4917${String(1000000 + (i % 20)).padStart(8, '0')}@c.us`;
      sends.push(whatsapp.receive({ senderId: buyer, senderName: `Buyer ${i % 20}`, text: `message ${i}`, externalId: `fault-${i}` }));
    }
    // the platform redelivers some of them meanwhile
    for (let i = 0; i < 20; i += 1) sends.push(whatsapp.receive({ senderId: `4917${String(1000000 + (i % 20)).padStart(8, '0')}@c.us`, text: `message ${i}`, externalId: `fault-${i}` }));
    await Promise.all(sends);
    const queued = await app.inbound!.queue.getJobCounts('waiting', 'active', 'delayed', 'completed');
    expect(queued.waiting + queued.active + queued.delayed).toBeGreaterThan(0);
    expect(queued.completed).toBe(0);
    // the outage lasts a while: workers fail and back off (some messages tried twice already and waiting again)
    await eventually(async () => (await app.inbound!.queue.getDelayed()).some((job) => job.attemptsMade >= 2), 30_000);
    expect((await app.inbound!.queue.getJobCounts('completed')).completed).toBe(0);
    await proxy.start();
    const pg = (await import('pg')).default;
    const check = new pg.Client({ connectionString: directUrl });
    await check.connect();
    try {
      // the buyers' messages (new buyers may also be sent a first answer, stored as outbound)
      await eventually(async () => (await check.query(`SELECT count(*)::int AS n FROM communications WHERE direction = 'inbound'`)).rows[0].n === 200, 60_000);
      const { rows } = await check.query(`SELECT external_id, count(*)::int AS n FROM communications WHERE direction = 'inbound' GROUP BY external_id HAVING count(*) > 1`);
      expect(rows).toEqual([]);
      const customers = await check.query('SELECT count(*)::int AS n FROM customers');
      expect(customers.rows[0].n).toBe(20);
    } finally {
      await check.end();
    }
    expect(await app.inbound!.queue.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});
