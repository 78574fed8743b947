// npm run bench -- ingest [messages=5000] [buyers=500]
// Inbound buyer messages through the durable queue into the domain (identity → contact → customer, stored once,
// timestamps touched, event handed on): messages/s, p50/p99 from hand-over to stored, and the same rows inserted with
// plain node-postgres as the baseline, in the same run. Own database and Redis prefix, both removed at the end.
// INGEST_ONLY=core runs the core part only; INGEST_STATS=1 also prints per message: PostgreSQL transactions, Redis
// commands (server-wide, so other users of the Redis count too) and this process's CPU time, for the sustained part.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { ChannelAdapter, InboundHandler, InboundMessage } from '../src/domain/channel-contract';
import { createLogger } from '../src/logger';
import { createEventBus } from '../src/domain/events';
import { createInboxService } from '../src/domain/inbox/inbox.service';
import { createInboundPipeline } from '../src/flows';
import { createInboundQueue } from '../src/jobs/inbound-queue';
import { createRedis } from '../src/jobs/redis';
import { storedMessageId } from '../src/domain/crypto/message-id';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The customer-facing channel the benchmark plays: it only hands messages over, like a real adapter. */
function benchChannel(): ChannelAdapter & { handler?: InboundHandler } {
  const channel: ChannelAdapter & { handler?: InboundHandler } = {
    channel: 'whatsapp',
    capabilities: { buttons: false, threads: false, files: true, replyWindowHours: 24, maxTextLength: 4096, customerFacing: true },
    async start(onInbound) {
      channel.handler = onInbound;
    },
    async stop() {},
    async send() {
      return { externalIds: [randomBytes(6).toString('hex')] };
    },
  };
  return channel;
}

const TEXTS = ['Hola, ¿precio por 5000 piezas?', 'Can you send the catalogue?', '请报价，谢谢', 'MOQ?', 'Сколько стоит доставка в Москву?', 'Need samples before order'];
const buyerJid = (i: number) => `49151${String(1_000_000 + i)}@c.us`;

export default async function run(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 5000);
  const buyers = Number(args[1] ?? 500);
  const suffix = randomBytes(4).toString('hex');
  const dbName = `quayside_bench_${suffix}`;
  const prefix = `bench-ingest-${suffix}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const channel = benchChannel();
  const config = loadConfig({
    DATABASE_URL: url.toString(), DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), QUEUE_PREFIX: prefix, REDIS_URL, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en',
  });
  const app = await createApp({ config, logger: createLogger('error'), adapters: [channel], withJobs: true });
  try {
    await app.start();
    let seq = 0;
    const message = (i: number): InboundMessage => ({
      channel: 'whatsapp', externalId: `bench-${suffix}-${seq++}`, kind: 'message', senderId: buyerJid(i % buyers), senderName: `Buyer ${i % buyers}`,
      chatId: buyerJid(i % buyers), text: TEXTS[i % TEXTS.length], occurredAt: new Date(), isDirect: true,
    });
    const communicationsCount = async () => app.database.prisma.communication.count();

    // warm-up: every buyer's first message makes their lead (not timed)
    await Promise.all(Array.from({ length: buyers }, (_, i) => channel.handler!(message(i))));
    while ((await communicationsCount()) < buyers) await new Promise((r) => setTimeout(r, 100));

    process.stderr.write(`warm-up done: ${buyers} leads\n`);

    /**
     * Sustained rate (all handed over at once) and latency at a steady 200/s, hand-over → row committed. `settle` waits
     * for work the burst left behind (reactions queued as jobs) before the steady part, and says how long it took.
     */
    async function measure(handOver: (m: InboundMessage) => Promise<void>, settle: () => Promise<number> = async () => 0) {
      const before = await communicationsCount();
      const stats = process.env.INGEST_STATS ? new Redis(REDIS_URL) : null;
      const counters = async () => {
        const { rows } = await admin.query('SELECT xact_commit::int AS x FROM pg_stat_database WHERE datname = $1', [dbName]);
        const info = (await stats!.info('stats')).match(/total_commands_processed:(\d+)/)![1];
        return { pg: rows[0].x as number, redis: Number(info) };
      };
      const c0 = stats ? await counters() : null;
      const cpu0 = process.cpuUsage();
      let t0 = performance.now();
      for (let i = 0; i < total; i += 200) await Promise.all(Array.from({ length: Math.min(200, total - i) }, (_, j) => handOver(message(i + j))));
      while ((await communicationsCount()) < before + total) await new Promise((r) => setTimeout(r, 20));
      const seconds = (performance.now() - t0) / 1000;
      if (stats) {
        await new Promise((r) => setTimeout(r, 1500)); // statistics reach pg_stat_database with a delay
        const c1 = await counters();
        const cpu = process.cpuUsage(cpu0);
        process.stderr.write(`per message: ${((c1.pg - c0!.pg) / total).toFixed(2)} pg transactions, ${((c1.redis - c0!.redis) / total).toFixed(2)} redis commands (server-wide), ${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} ms node cpu\n`);
        stats.disconnect();
      }
      const settled = await settle();
      const paced = 2000;
      const handedAt = new Map<string, number>();
      const pacedBefore = await communicationsCount();
      t0 = performance.now();
      for (let i = 0; i < paced; i += 1) {
        const wait = t0 + i * 5 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const m = message(i);
        // stored ids are keyed (they may name the chat): look the rows up by the same key
        handedAt.set(storedMessageId(m.externalId), Date.now());
        await handOver(m);
      }
      while ((await communicationsCount()) < pacedBefore + paced) await new Promise((r) => setTimeout(r, 20));
      const rows = await app.database.prisma.communication.findMany({ where: { externalId: { in: [...handedAt.keys()] } }, select: { externalId: true, createdAt: true } });
      const latencies = rows.map((r) => r.createdAt.getTime() - handedAt.get(r.externalId!)!);
      return { rate: total / seconds, seconds, settled, p50: percentile(latencies, 50), p99: percentile(latencies, 99), samples: latencies.length };
    }

    /**
     * Baseline: the same rows inserted with plain node-postgres (pool of 10, one INSERT per row + the customer touch).
     * Run before the core and after the full app, since the machine is shared: the ratio uses the mean of the two.
     */
    let baselineRun = 0;
    async function baseline(): Promise<number> {
      const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
      const { rows: targets } = await pool.query<{ customer_id: number; contact_id: number }>('SELECT customer_id, id AS contact_id FROM contacts ORDER BY id LIMIT $1', [buyers]);
      const run = baselineRun++;
      const tBase = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < total) {
            const i = next++;
            const target = targets[i % targets.length];
            const client = await pool.connect();
            try {
              await client.query('BEGIN');
              await client.query(
                `INSERT INTO communications (customer_id, contact_id, channel, direction, kind, text, external_id, chat_id, sender_external_id, occurred_at)
                 VALUES ($1, $2, 'baseline', 'inbound', 'message', $3, $4, $5, $5, now()) ON CONFLICT DO NOTHING`,
                [target.customer_id, target.contact_id, TEXTS[i % TEXTS.length], `base-${run}-${i}`, buyerJid(i % buyers)],
              );
              await client.query('UPDATE customers SET last_contact_at = now(), last_inbound_at = now() WHERE id = $1', [target.customer_id]);
              await client.query('COMMIT');
            } finally {
              client.release();
            }
          }
        }),
      );
      const rate = total / ((performance.now() - tBase) / 1000);
      await pool.end();
      return rate;
    }
    const baselineBefore = await baseline();

    // A. the ingest core: its own inbound queue → the same pipeline → inbox (identity → contact → customer, stored
    //    once, timestamps), with a bus that has no other subscribers
    const bare = createEventBus(() => undefined);
    const coreServices = { ...app.services, events: bare, inbox: createInboxService({ db: app.database.prisma, events: bare, messenger: app.services.messenger, customers: app.services.customers, outbox: app.services.outbox, repMessages: app.services.repMessages, logger: app.services.logger }) };
    const coreRedis = createRedis(REDIS_URL);
    const coreQueue = createInboundQueue({ connection: coreRedis, prefix: `${prefix}-core`, logger: app.services.logger, handle: createInboundPipeline(coreServices, { redeliverable: true }) });
    await coreQueue.start();
    const core = await measure((m) => coreQueue.enqueue(m));
    await coreQueue.stop();
    coreRedis.disconnect();
    process.stderr.write(`core done: ${core.rate.toFixed(0)}/s\n`);
    if (process.env.INGEST_ONLY === 'core') {
      console.log(`core: ${core.rate.toFixed(0)} msg/s; at 200/s p50 ${core.p50} ms, p99 ${core.p99} ms`);
      return;
    }
    // B. the whole app: the adapter's hand-over, with every subscriber of 'buyer.message' (assignment, sequences, signals…)
    // the reactions run in their own jobs: how long after the last row of the burst they have all run
    const reactionsDone = async () => {
      const t = performance.now();
      const backlog = async () => {
        const c = await app.jobs!.queue.getJobCounts('waiting', 'prioritized', 'active');
        return c.waiting + c.prioritized + c.active;
      };
      while ((await backlog()) > 0) await new Promise((r) => setTimeout(r, 100));
      return (performance.now() - t) / 1000;
    };
    const full = await measure((m) => channel.handler!(m), reactionsDone);
    const steadyLag = await reactionsDone();
    const rate = core.rate;

    const baselineAfter = await baseline();
    const baselineRate = (baselineBefore + baselineAfter) / 2;

    const lines = [
      `ingest: ${total} buyer messages from ${buyers} known buyers, through the durable inbound queue (2-core machine)`,
      `  core (queue → pipeline → inbox: identity, contact, customer, stored once, timestamps):`,
      `     sustained ${core.rate.toFixed(0)} msg/s (${core.seconds.toFixed(1)} s);  at 200/s: p50 ${core.p50.toFixed(0)} ms, p99 ${core.p99.toFixed(0)} ms (${core.samples} samples)`,
      `  full app (the adapter's hand-over; every 'buyer.message' subscriber registered, their reactions queued as jobs):`,
      `     sustained ${full.rate.toFixed(0)} msg/s (${full.seconds.toFixed(1)} s);  at 200/s: p50 ${full.p50.toFixed(0)} ms, p99 ${full.p99.toFixed(0)} ms (${full.samples} samples)`,
      `     reactions (own jobs, off the stored-row path): the burst's all done ${full.settled.toFixed(1)} s after its last row; at 200/s ${steadyLag.toFixed(1)} s after the last row`,
      `  baseline: ${baselineRate.toFixed(0)} rows/s  plain node-postgres, pool of 10, BEGIN + INSERT + customer UPDATE + COMMIT per row (${baselineBefore.toFixed(0)} before the core, ${baselineAfter.toFixed(0)} after the full app)`,
      `  ratio: core ${((rate / baselineRate) * 100).toFixed(0)}%, full ${((full.rate / baselineRate) * 100).toFixed(0)}% of baseline`,
      `  targets: ≥ 1,000 msg/s, p99 ≤ 100 ms at 200/s, ≥ 25% of baseline`,
    ];
    console.log(lines.join('\n'));
  } catch (error) {
    console.error('ingest bench failed:', error);
    process.exitCode = 1;
  } finally {
    await app.stop();
    // a connection the app's pool still holds is cut by the drop; that is expected here, not a crash
    const expectedCut = (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    };
    process.on('uncaughtException', expectedCut);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.off('uncaughtException', expectedCut);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`); // the main and the -core queues
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
  }
}
