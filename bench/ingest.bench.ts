// npm run bench -- ingest [messages=5000] [buyers=500] [--busy [n]]
// Inbound buyer messages through the full app (the adapter's hand-over → durable inbound queue → pipeline → inbox,
// every 'buyer.message' subscriber registered, their reactions queued as jobs): messages/s for a burst, and p50/p99 at
// a steady 200/s, each from the hand-over to the moment the row is committed (the app hands the message's event on
// right after its INSERT commits; the bench times that hand-off, not the row's created_at, which is the start of the
// batched INSERT). Baseline in the same run: the same rows written with plain node-postgres, batched as the app
// batches (≤ 200 rows per statement, one statement at a time, the customer touched in the same statement), timed
// the same way. A message not committed within its deadline fails the run. Targets: ≥ 1,000 msg/s, p99 ≤ 100 ms at
// 200/s; a miss exits 1. Own database and Redis prefix, both removed at the end. `--busy [n]`: n CPU-burning
// neighbour processes (default 1) during both 200/s parts, the app's and the baseline's.
// INGEST_STATS=1 also prints per message: PostgreSQL transactions, Redis commands (server-wide, so other users of the
// Redis count too) and this process's CPU time, for the burst. INGEST_CPU_PROFILE=<file> writes a CPU profile of the
// burst alone, INGEST_PACED_CPU_PROFILE=<file> one of the 200/s part (open them in Chrome's DevTools).
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { ChannelAdapter, InboundHandler, InboundMessage } from '../src/domain/channel-contract';
import { createLogger } from '../src/logger';
import type { EventBus, EventSink } from '../src/domain/events';
import { createMicroBatcher } from '../src/domain/micro-batcher';
import { attachBuyerMessageQueue } from '../src/jobs/buyer-message.job';
import type { JobRunner } from '../src/jobs/runner';
import type { Services } from '../src/domain/services';
import { storedMessageId } from '../src/domain/crypto/message-id';
import { verdict } from './support/verdict';
import { startProfiler, stopProfiler } from './support/cpu-profile';
import { OUTBOX_SEND } from '../src/jobs/outbox-queue';
import { busyArg, busyNeighbours } from './support/processes';
import { watchCheckpoints } from './support/checkpoints';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TARGET_RATE = 1000;
const TARGET_P99_MS = 100;
const PACED = 2000; // messages at 200/s
/** As the app's inbound store (domain/inbox/inbound-store.ts): rows per statement, one statement at a time. */
const BATCH_SIZE = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * Listing the pending jobs reads every one of them (an HGETALL each, parsed here): polled every 10 ms with a few
 * hundred pending, that was ~25k Redis commands a second on the server and this process the reactions need, and
 * slowed what it timed. A quarter-second poll costs ~1/25 of that; the figure is seconds, so ±0.25 s is fine.
 */
const REACTIONS_POLL_MS = 250;

/** Waits until `done()`; past the deadline, the run fails with what is missing rather than hanging. */
async function until(what: string, done: () => Promise<boolean> | boolean, deadlineMs: number, missing: () => string, everyMs = 10): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not done within ${(deadlineMs / 1000).toFixed(0)} s (${missing()})`);
    await sleep(everyMs);
  }
}

/**
 * When each message's row is committed: right after the inbox's batched INSERT commits, the app hands the message's
 * 'buyer.message' event to its job queue (EventBus.handOff). The app's own sink is attached again (the same code the
 * app runs) behind a wrapper that notes the time, keyed by the stored row's id.
 */
function observeCommits(services: Services, runner: JobRunner): Map<number, number> {
  const committedAt = new Map<number, number>();
  let appSink: EventSink<'buyer.message'> | undefined;
  const capture = { ...services.events, routeThrough: (_event: string, sink: EventSink<'buyer.message'>) => void (appSink = sink) } as unknown as EventBus;
  attachBuyerMessageQueue({ ...services, events: capture }, runner);
  services.events.routeThrough('buyer.message', async (event) => {
    if (!committedAt.has(event.communicationId)) committedAt.set(event.communicationId, Date.now());
    await appSink!(event);
  });
  return committedAt;
}

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
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--busy');
  const total = Number(positional[0] ?? 5000);
  const buyers = Number(positional[1] ?? 500);
  const busy = busyArg(args);
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
  // a burst at ≥ 100 msg/s, or the run fails: a lost message must not hang it
  const burstDeadlineMs = 30_000 + total * 10;
  // the reactions are slower work (routing, notices) off the commit path: ≥ 16 messages/s of them
  const reactionsDeadlineMs = 120_000 + total * 60;
  try {
    const committedAt = observeCommits(app.services, app.jobs!);
    await app.start();
    let seq = 0;
    const message = (i: number): InboundMessage => ({
      channel: 'whatsapp', externalId: `bench-${suffix}-${seq++}`, kind: 'message', senderId: buyerJid(i % buyers), senderName: `Buyer ${i % buyers}`,
      chatId: buyerJid(i % buyers), text: TEXTS[i % TEXTS.length], occurredAt: new Date(), isDirect: true,
    });
    const handOver = (m: InboundMessage) => channel.handler!(m);

    // warm-up: every buyer's first message makes their lead (not timed)
    await Promise.all(Array.from({ length: buyers }, (_, i) => handOver(message(i))));
    await until('warm-up', () => committedAt.size >= buyers, burstDeadlineMs, () => `${committedAt.size} of ${buyers} leads`);
    process.stderr.write(`warm-up done: ${buyers} leads\n`);

    // the reactions run in their own jobs: how long after the last committed row of a part they have all run. The
    // sends they queue (first answers to buyers) are not waited for: they leave at the channel's send rate (WhatsApp:
    // 1 a second), which paces them, not the app; they are counted at the end.
    const reactionsDone = async () => {
      const t = performance.now();
      const reactionJobs = async () => (await app.jobs!.queue.getJobs(['waiting', 'prioritized', 'active'])).filter((j) => j.name !== OUTBOX_SEND);
      let left: Awaited<ReturnType<typeof reactionJobs>> = [];
      await until('reactions', async () => {
        left = await reactionJobs();
        return left.length === 0;
      }, reactionsDeadlineMs, () => `${left.length} jobs left: ${left.slice(0, 10).map((j) => `${j.name} (attempts ${j.attemptsMade})`).join(', ')}`, REACTIONS_POLL_MS);
      return (performance.now() - t) / 1000;
    };
    // the warm-up's reactions (a new lead's routing and notices) are set-up, not part of the burst
    await reactionsDone();

    // ── burst: everything handed over at once (200 at a time), until every row is committed ──────────────
    const stats = process.env.INGEST_STATS ? new Redis(REDIS_URL) : null;
    const counters = async () => {
      const { rows } = await admin.query('SELECT xact_commit::int AS x FROM pg_stat_database WHERE datname = $1', [dbName]);
      const info = (await stats!.info('stats')).match(/total_commands_processed:(\d+)/)![1];
      return { pg: rows[0].x as number, redis: Number(info) };
    };
    const c0 = stats ? await counters() : null;
    const profiler = process.env.INGEST_CPU_PROFILE ? await startProfiler() : null;
    const cpu0 = process.cpuUsage();
    const burstBefore = committedAt.size;
    let t0 = performance.now();
    for (let i = 0; i < total; i += 200) await Promise.all(Array.from({ length: Math.min(200, total - i) }, (_, j) => handOver(message(i + j))));
    await until('burst', () => committedAt.size >= burstBefore + total, burstDeadlineMs, () => `${committedAt.size - burstBefore} of ${total} committed: lost`);
    const burstSeconds = (performance.now() - t0) / 1000;
    if (profiler) await stopProfiler(profiler, process.env.INGEST_CPU_PROFILE!);
    const fullRate = total / burstSeconds;
    process.stderr.write(`burst committed: ${fullRate.toFixed(0)} msg/s (${burstSeconds.toFixed(1)} s); waiting for its reactions\n`);
    if (stats) {
      await sleep(1500); // statistics reach pg_stat_database with a delay
      const c1 = await counters();
      const cpu = process.cpuUsage(cpu0);
      process.stderr.write(`per message: ${((c1.pg - c0!.pg) / total).toFixed(2)} pg transactions, ${((c1.redis - c0!.redis) / total).toFixed(2)} redis commands (server-wide), ${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} ms node cpu\n`);
      stats.disconnect();
    }
    const settled = await reactionsDone();

    // ── steady 200/s: hand-over → committed, per message ─────────────────────────────────────────────────
    const handedAt = new Map<string, number>();
    const pacedProfiler = process.env.INGEST_PACED_CPU_PROFILE ? await startProfiler() : null;
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const pacedCpu0 = process.cpuUsage();
    const neighbours = busy ? busyNeighbours(busy) : null;
    const checkpoints = await watchCheckpoints(admin);
    t0 = performance.now();
    for (let i = 0; i < PACED; i += 1) {
      const wait = t0 + i * 5 - performance.now();
      if (wait > 0) await sleep(wait);
      const m = message(i);
      // stored ids are keyed (they may name the chat): look the rows up by the same key
      handedAt.set(storedMessageId(m.externalId), Date.now());
      await handOver(m);
    }
    const idOf = new Map<string, number>();
    await until('200/s', async () => {
      const rows = await app.database.prisma.communication.findMany({ where: { externalId: { in: [...handedAt.keys()].filter((k) => !idOf.has(k)) } }, select: { id: true, externalId: true } });
      for (const r of rows) idOf.set(r.externalId!, r.id);
      return idOf.size === PACED && [...idOf.values()].every((id) => committedAt.has(id));
    }, 30_000, () => `${[...idOf.values()].filter((id) => committedAt.has(id)).length} of ${PACED} committed: lost`);
    const checkpointsDuring = await checkpoints();
    neighbours?.stop();
    loopDelay.disable();
    if (pacedProfiler) await stopProfiler(pacedProfiler, process.env.INGEST_PACED_CPU_PROFILE!);
    const pacedCpu = process.cpuUsage(pacedCpu0);
    const pacedCpuShare = (pacedCpu.user + pacedCpu.system) / 1000 / (performance.now() - t0);
    const paced = [...handedAt].map(([key, at]) => committedAt.get(idOf.get(key)!)! - at);
    const steadyLag = await reactionsDone();
    const full = { p50: percentile(paced, 50), p99: percentile(paced, 99) };

    // ── baseline: plain node-postgres, batched as the app batches, timed hand-over → statement returned ──
    const base = await baseline(url.toString(), total, buyers, busy);
    const sends = await app.database.prisma.outbox.groupBy({ by: ['status'], _count: true });
    const sendsLine = sends.map((s) => `${s._count} ${s.status}`).join(', ');

    const rateOk = fullRate >= TARGET_RATE;
    const p99Ok = full.p99 <= TARGET_P99_MS;
    console.log([
      `ingest: ${total} buyer messages from ${buyers} known buyers, full app (adapter hand-over → durable inbound queue → pipeline → inbox; every 'buyer.message' subscriber registered, reactions queued as jobs), timed to the commit`,
      `  burst:   ${fullRate.toFixed(0)} msg/s (${burstSeconds.toFixed(1)} s)   baseline ${base.rate.toFixed(0)} rows/s → ${((fullRate / base.rate) * 100).toFixed(0)}% of baseline`,
      `  200/s${busy ? ` (${busy} busy neighbour${busy > 1 ? 's' : ''})` : ''}:   p50 ${full.p50} ms, p99 ${full.p99} ms (${paced.length} samples)   baseline p50 ${base.p50} ms, p99 ${base.p99} ms → p99 ${(full.p99 / Math.max(1, base.p99)).toFixed(1)}× baseline`,
      `  at 200/s the server's checkpoints: ${checkpointsDuring}`,
      `  at 200/s this process: event loop late by p50 ${(loopDelay.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms; CPU ${(pacedCpuShare * 100).toFixed(0)}% of a core`,
      `  reactions (own jobs, off the commit path): the burst's all done ${settled.toFixed(1)} s after its last commit; at 200/s ${steadyLag.toFixed(1)} s after the last commit`,
      `  sends they queued (first answers to buyers, paced by the channel's send rate, not waited for): ${sendsLine || 'none'}`,
      `  baseline: plain node-postgres, ≤ ${BATCH_SIZE} rows per INSERT … unnest + customer UPDATE in one statement, one statement at a time (as the app's inbound store)`,
      `  targets: ≥ ${TARGET_RATE.toLocaleString('en')} msg/s: ${verdict(rateOk)};  p99 ≤ ${TARGET_P99_MS} ms at 200/s: ${verdict(p99Ok)}`,
    ].join('\n'));
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
    const keys = await redis.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
  }
}

/**
 * The same rows with plain node-postgres, grouped as the app's inbound store groups them (its micro-batcher: what
 * arrives while a statement runs goes in the next one, ≤ BATCH_SIZE rows, one statement at a time) and written with
 * one statement per group: INSERT … unnest ON CONFLICT DO NOTHING, customers touched in the same statement. A burst
 * of `total`, then PACED rows at 200/s timed from hand-over to the statement's return (autocommit: the commit).
 */
async function baseline(url: string, total: number, buyers: number, busy: number) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { rows: targets } = await pool.query<{ customer_id: number; contact_id: number }>('SELECT customer_id, id AS contact_id FROM contacts ORDER BY id LIMIT $1', [buyers]);
    type Row = { customerId: number; contactId: number; text: string; externalId: string; chatId: string };
    const batcher = createMicroBatcher<Row, void>({
      maxSize: BATCH_SIZE,
      async run(rows) {
        await pool.query(
          `WITH ins AS (
             INSERT INTO communications (customer_id, contact_id, channel, direction, kind, text, external_id, chat_id, sender_external_id, occurred_at)
             SELECT c, k, 'baseline', 'inbound', 'message', t, e, h, h, now() FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[]) AS r(c, k, t, e, h)
             ON CONFLICT DO NOTHING RETURNING customer_id
           )
           UPDATE customers SET last_contact_at = now(), last_inbound_at = now(), updated_at = now() WHERE id IN (SELECT customer_id FROM ins)`,
          [rows.map((r) => r.customerId), rows.map((r) => r.contactId), rows.map((r) => r.text), rows.map((r) => r.externalId), rows.map((r) => r.chatId)],
        );
        return rows.map(() => undefined);
      },
    });
    let n = 0;
    const row = (i: number): Row => {
      const target = targets[i % targets.length];
      return { customerId: target.customer_id, contactId: target.contact_id, text: TEXTS[i % TEXTS.length], externalId: `base-${n++}`, chatId: buyerJid(i % buyers) };
    };
    const t0 = performance.now();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < total; i += 200) {
      const part = Array.from({ length: Math.min(200, total - i) }, (_, j) => batcher.add(row(i + j)));
      writes.push(...part);
      await sleep(0); // hand over 200 at a time, as the app's burst does
    }
    await Promise.all(writes);
    const rate = total / ((performance.now() - t0) / 1000);
    const latencies: Promise<number>[] = [];
    const neighbours = busy ? busyNeighbours(busy) : null;
    const t1 = performance.now();
    for (let i = 0; i < PACED; i += 1) {
      const wait = t1 + i * 5 - performance.now();
      if (wait > 0) await sleep(wait);
      const at = Date.now();
      latencies.push(batcher.add(row(i)).then(() => Date.now() - at));
    }
    const paced = await Promise.all(latencies);
    neighbours?.stop();
    return { rate, p50: percentile(paced, 50), p99: percentile(paced, 99) };
  } finally {
    await pool.end();
  }
}
