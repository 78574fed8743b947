// npm run bench -- wakeup [customers=100000] [burst=5000] [ratePerSecond=80]   (80/s: WhatsApp Cloud API's default throughput)
// 1) schedules the day's wake-up sends for N dormant customers across 40 timezones (outbox rows + BullMQ delayed
//    jobs) against the 30 s budget and checks every due time against the buyer's business hours; Redis memory per
//    scheduled item (MEMORY USAGE summed over the bench's own keys, not the shared server's used_memory) against a
//    plain addBulk of the same number of no-op delayed jobs. 2) fires a burst through two workers, the real policy
//    and the rate limit, on a clock offset into the business day: every 10 s one second's worth of sends falls due at
//    the same instant (over the limit, so the limiter must hold some back: it prints how many it held and for how
//    long), the rest spread below it; lateness p50/p99, duplicates, out-of-hours sends. Exits 1 on a missed target.
import { randomBytes } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { ChannelAdapter } from '../src/domain/channel-contract';
import { revealStored, sealContext } from '../src/domain/crypto/personal-data-cipher';
import { writeRateLimits } from '../src/domain/outbox/rate-limits';
import { isWithinBusinessHours, weeklyHours } from '../src/domain/calendar/business-hours';
import { outboxSendJob } from '../src/jobs/outbox-send.job';
import { addDeliveryJobs } from '../src/jobs/outbox-queue';
import { createJobRunner } from '../src/jobs/runner';
import { createLogger } from '../src/logger';
import { verdict } from './support/verdict';

const ZONES = [
  'America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Mexico_City', 'America/Bogota', 'America/Lima',
  'America/Santiago', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'Atlantic/Azores', 'Europe/London', 'Europe/Lisbon', 'Europe/Madrid',
  'Europe/Paris', 'Europe/Berlin', 'Europe/Warsaw', 'Europe/Athens', 'Europe/Istanbul', 'Europe/Moscow', 'Africa/Lagos', 'Africa/Cairo',
  'Africa/Nairobi', 'Africa/Johannesburg', 'Asia/Dubai', 'Asia/Riyadh', 'Asia/Tehran', 'Asia/Karachi', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Asia/Dhaka', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Ho_Chi_Minh', 'Asia/Manila', 'Asia/Seoul', 'Asia/Tokyo', 'Australia/Sydney',
  'Pacific/Auckland', 'Asia/Kuala_Lumpur',
];
const LANGS = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh', 'tr', null];
const HOURS = weeklyHours({ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
const DAY = 86_400_000;
const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Bytes held by the keys under `prefix:` (MEMORY USAGE over SCAN): the shared Redis's used_memory counts everyone's. */
async function keysMemory(redis: Redis, prefix: string) {
  let bytes = 0;
  let keys = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (!batch.length) continue;
    const pipeline = redis.pipeline();
    // SAMPLES 0: every element of a hash or sorted set, not an estimate from five
    for (const key of batch) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    for (const [error, used] of (await pipeline.exec()) ?? []) if (!error) bytes += Number(used ?? 0);
    keys += batch.length;
  } while (cursor !== '0');
  return { bytes, keys };
}

export default async function run(args: string[]) {
  const customers = Number(args[0] ?? 100_000);
  const burst = Number(args[1] ?? 5_000);
  const rate = Number(args[2] ?? 80);
  const dbName = `quayside_bench_${randomBytes(4).toString('hex')}`;
  const prefix = `bench-wakeup-${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = Object.assign(new URL(ADMIN), { pathname: `/${dbName}` }).toString();
  const redis = new Redis(REDIS, { maxRetriesPerRequest: null });
  const sends: { chatId: string; at: number }[] = [];
  const wa: ChannelAdapter = {
    channel: 'wa',
    capabilities: { buttons: false, threads: false, files: false, replyWindowHours: null, maxTextLength: 4096, customerFacing: true },
    start: async () => undefined,
    stop: async () => undefined,
    send: async (m) => (sends.push({ chatId: m.chatId, at: Date.now() }), { externalIds: [m.chatId] }),
  };
  let clock = () => new Date();
  const config = loadConfig({ DATABASE_URL: url, DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent' });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [wa] });
  const queues: Queue[] = [];
  const runners: ReturnType<typeof createJobRunner>[] = [];
  const connections: Redis[] = [];
  try {
    // ── seed: N dormant customers, one rep, contacts with languages, a chat each, 40 zones ───────────────────
    const t0 = new Date('2026-11-23T00:00:00Z'); // Monday
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    let started = Date.now();
    await sql.query(`INSERT INTO team_members (name, display_name, role, locale, timezone) VALUES ('rep', 'Li Wei', 'rep', 'zh', 'Asia/Shanghai')`);
    await sql.query(
      `INSERT INTO customers (name, normalized_name, timezone, owner_id, status, last_contact_at, created_at, updated_at)
       SELECT 'Buyer ' || i, 'buyer ' || i, ($1::text[])[1 + i % 40], 1, 'dormant', $2::timestamp - interval '61 days', $2::timestamp - interval '90 days', now()
       FROM generate_series(1, $3) i`,
      [ZONES, t0, customers],
    );
    await sql.query(`INSERT INTO contacts (customer_id, name, language) SELECT id, 'Contact ' || id, ($1::text[])[1 + id % 10] FROM customers`, [LANGS]);
    await sql.query(`INSERT INTO channel_identities (channel, external_id, chat_id, contact_id) SELECT 'wa', 'b' || id, 'b' || id, id FROM contacts`);
    await sql.end();
    console.log(`seeded ${customers} dormant customers across ${ZONES.length} timezones in ${secs(Date.now() - started)}`);

    started = Date.now();
    const enrolled = await app.services.wakeup.run(t0);
    console.log(`enrolment sweep: ${enrolled.enrolled} enrolled in ${secs(Date.now() - started)}`);

    // ── phase 1: schedule the day's sends (rows + delayed jobs) ─────────────────────────────────────────────
    const queue = new Queue('jobs', { connection: redis, prefix });
    queues.push(queue);
    const day = new Date(t0.getTime() + 6.5 * DAY);
    const memBefore = await keysMemory(redis, prefix);
    started = Date.now();
    const report = await app.services.wakeup.run(day);
    const planMs = Date.now() - started;
    await addDeliveryJobs(queue, report.created, day);
    const scheduleMs = Date.now() - started;
    const memAfter = await keysMemory(redis, prefix);
    const memItem = (memAfter.bytes - memBefore.bytes) / report.created.length;

    const base = new Queue('jobs', { connection: redis, prefix: `${prefix}-baseline` });
    queues.push(base);
    const baseBefore = await keysMemory(redis, `${prefix}-baseline`);
    started = Date.now();
    for (let i = 0; i < report.created.length; i += 5000) {
      await base.addBulk(Array.from({ length: Math.min(5000, report.created.length - i) }, (_, j) => ({ name: 'noop', data: {}, opts: { delay: DAY + j } })));
    }
    const baseMs = Date.now() - started;
    const baseAfter = await keysMemory(redis, `${prefix}-baseline`);
    const baseItem = (baseAfter.bytes - baseBefore.bytes) / report.created.length;

    const rows = await app.database.prisma.outbox.findMany({ where: { memberId: null }, select: { id: true, dueAt: true, payload: true, customerId: true, dedupeKey: true } });
    const outside = rows.filter((r) => !isWithinBusinessHours(r.dueAt, (r.payload as { zone: string }).zone, HOURS)).length;
    const dupKeys = rows.length - new Set(rows.map((r) => r.customerId)).size;
    console.log('\n── scheduling the day (phase 1) ──');
    console.log(`planned ${report.planned}, skipped ${report.skipped}; outbox rows ${rows.length}; delayed jobs ${await queue.getDelayedCount()}`);
    console.log(`plan + write rows: ${secs(planMs)}; + queue delayed jobs: ${secs(scheduleMs)} (budget 30 s: ${verdict(scheduleMs <= 30_000)})`);
    console.log(`baseline: plain addBulk of ${report.created.length} no-op delayed jobs: ${secs(baseMs)} → scheduling is ${(scheduleMs / baseMs).toFixed(1)}× the bare queueing`);
    console.log(`Redis memory per scheduled item: ${memItem.toFixed(0)} B over ${memAfter.keys} keys of its own (baseline no-op delayed job: ${baseItem.toFixed(0)} B over ${baseAfter.keys} keys, ratio ${(memItem / baseItem).toFixed(2)})`);
    console.log(`due times outside the buyer's business hours: ${outside}; customers with more than one message: ${dupKeys} (none of either: ${verdict(outside === 0 && dupKeys === 0)})`);
    await base.obliterate({ force: true });
    await queue.obliterate({ force: true }); // phase 2 starts as after a Redis loss: rebuilt from the outbox

    // ── phase 2: fire a burst at the rate limit, two workers, offset clock ────────────────────────────────
    const v0 = new Date('2026-12-01T13:00:00Z'); // Tuesday
    // each 10 s period: one second's worth of sends (`rate`) due at its first instant, over the limit, and 4 × rate spread
    // over the period, so the limiter has to hold the clump back while the spread ones keep arriving (60% of the limit overall)
    const PERIOD_MS = 10_000;
    const clump = Math.max(1, Math.round(rate));
    const perPeriod = clump + 4 * clump;
    const windowMs = Math.ceil(burst / perPeriod) * PERIOD_MS;
    const open = new Set(ZONES.filter((z) => isWithinBusinessHours(v0, z, HOURS) && isWithinBusinessHours(new Date(v0.getTime() + windowMs + 60_000), z, HOURS)));
    const chosen = rows.filter((r) => open.has((r.payload as { zone: string }).zone)).slice(0, burst);
    const realStart = Date.now() + 3000;
    clock = () => new Date(v0.getTime() + (Date.now() - realStart));
    const dueOf = new Map<string, number>();
    const ids = chosen.map((r) => r.id);
    const offsets = chosen.map((_, i) => {
      const [period, k] = [Math.floor(i / perPeriod), i % perPeriod];
      return period * PERIOD_MS + (k < clump ? 0 : Math.floor(((k - clump) * PERIOD_MS) / (perPeriod - clump)));
    });
    const overLimit = chosen.filter((_, i) => i % perPeriod < clump).length;
    await app.database.prisma.$executeRaw`UPDATE outbox o SET due_at = ${v0}::timestamp + (v.off || ' milliseconds')::interval
      FROM unnest(${ids}::int[], ${offsets}::int[]) AS v(id, off) WHERE o.id = v.id`;
    await app.database.prisma.$executeRaw`UPDATE outbox SET status = 'skipped', last_error = 'bench: not in burst' WHERE member_id IS NULL AND NOT (id = ANY(${ids}::int[]))`;
    await writeRateLimits(app.database.prisma, { defaultPerSecond: rate, channels: {} });
    // the rows' chat ids are sealed (bound to the dedupe key): the sends name them in clear
    const fired = (await app.database.prisma.outbox.findMany({ where: { id: { in: ids } }, select: { id: true, dueAt: true, chatId: true, dedupeKey: true, payload: true } }))
      .map((r) => ({ ...r, chatId: revealStored(r.chatId, sealContext('outbox', 'chat_id', r.dedupeKey))! }));
    for (const r of fired) dueOf.set(r.chatId, realStart + (r.dueAt.getTime() - v0.getTime()));
    // the real job, with the real limiter; the bench only times each wait for a send slot
    const held: number[] = [];
    const released: number[] = [];
    const observedSendJob: typeof outboxSendJob = {
      ...outboxSendJob,
      handle: (data, deps, job) => {
        const enqueue = deps.enqueue;
        const timed = enqueue && {
          ...enqueue,
          throttleChannel: async (channel: string, perSecond: number, maxWaitMs?: number) => {
            const t = Date.now();
            const slot = await enqueue.throttleChannel(channel, perSecond, maxWaitMs);
            if (slot !== 'ready') return slot; // sent back to the queue for later: not a send yet
            held.push(Date.now() - t);
            released.push(Date.now());
            return slot;
          },
        };
        return outboxSendJob.handle(data, { ...deps, enqueue: timed }, job);
      },
    };
    for (let w = 0; w < 2; w += 1) {
      const connection = new Redis(REDIS, { maxRetriesPerRequest: null });
      connections.push(connection);
      const runner = createJobRunner({ connection, prefix, concurrency: 50, definitions: [observedSendJob], deps: { services: app.services, logger: createLogger('silent'), now: () => clock() } });
      await runner.start();
      runners.push(runner);
    }
    const rebuildStart = Date.now();
    const need = await app.services.outbox.needingJobs(clock(), windowMs + 60_000, burst + 10);
    await addDeliveryJobs(runners[0].queue, need, clock());
    const rebuildMs = Date.now() - rebuildStart;
    const deadline = realStart + windowMs + 60_000;
    while (sends.length < fired.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const unknown = sends.filter((s) => !dueOf.has(s.chatId)).length;
    if (unknown) throw new Error(`${unknown} sends to chats the bench did not schedule`);
    const late = sends.map((s) => s.at - dueOf.get(s.chatId)!).sort((a, b) => a - b);
    const zoneOf = new Map(fired.map((r) => [r.chatId, (r.payload as { zone: string }).zone]));
    const outOfHours = sends.filter((s) => !isWithinBusinessHours(new Date(v0.getTime() + (s.at - realStart)), zoneOf.get(s.chatId)!, HOURS)).length;
    const perSecond = new Map<number, number>();
    for (const s of sends) perSecond.set(Math.floor(s.at / 1000), (perSecond.get(Math.floor(s.at / 1000)) ?? 0) + 1);
    const statuses = await app.database.prisma.outbox.groupBy({ by: ['status'], where: { id: { in: ids } }, _count: true });
    console.log('\n── firing (phase 2) ──');
    console.log(`${fired.length} sends due over ${secs(windowMs)} in ${open.size} open zones, rate limit ${rate}/s, 2 workers × concurrency 50; ${overLimit} of them due ${clump} at a time (one second's worth at one instant, every ${PERIOD_MS / 1000} s)`);
    console.log(`queue rebuilt from the outbox (as after a Redis loss): ${need.length} jobs in ${secs(rebuildMs)}`);
    const duplicates = sends.length - new Set(sends.map((s) => s.chatId)).size;
    console.log(`sent ${sends.length}/${fired.length}; duplicates ${duplicates}; sends outside business hours ${outOfHours} (all sent once, in hours: ${verdict(sends.length === fired.length && duplicates === 0 && outOfHours === 0)})`);
    console.log(`lateness vs due: p50 ${pct(late, 50)} ms, p99 ${pct(late, 99)} ms, max ${late.at(-1)} ms (target p99 ≤ 5000 ms: ${verdict(late.length > 0 && pct(late, 99) <= 5000)})`);
    // a wait longer than one slot's interval can only be the limiter holding a send back for the ones before it
    const slotMs = 1000 / rate;
    const heldBack = held.filter((ms) => ms > slotMs).sort((a, b) => a - b);
    console.log(`rate limiter: held back ${heldBack.length} of ${held.length} sends by more than one slot (${slotMs.toFixed(1)} ms), longest ${heldBack.at(-1) ?? 0} ms, p50 of those ${pct(heldBack, 50) ?? 0} ms (exercised: ${verdict(heldBack.length > 0)})`);
    const busiest = Math.max(...perSecond.values());
    const perSlotSecond = new Map<number, number>();
    for (const at of released) perSlotSecond.set(Math.floor(at / 1000), (perSlotSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    // the limiter spaces the slots; the send itself follows its slot after a claim and a write, which can bunch sends
    console.log(`busiest second: ${busiest} sends, ${Math.max(...perSlotSecond.values())} slots released by the limiter (limit ${rate}); outbox statuses ${JSON.stringify(statuses.map((s) => [s.status, s._count]))}`);

    // baseline, same run: plain BullMQ delayed no-op jobs with the same due times, one worker, no DB, no limit
    const baseQueue = new Queue('jobs', { connection: redis, prefix: `${prefix}-fire` });
    queues.push(baseQueue);
    const baseStart = Date.now() + 2000;
    const baseLate: number[] = [];
    const baseConnection = new Redis(REDIS, { maxRetriesPerRequest: null });
    const baseWorker = new Worker('jobs', async (job) => void baseLate.push(Date.now() - (job.data as { due: number }).due), { connection: baseConnection, prefix: `${prefix}-fire`, concurrency: 50 });
    for (let i = 0; i < offsets.length; i += 5000) {
      await baseQueue.addBulk(offsets.slice(i, i + 5000).map((off) => ({ name: 'noop', data: { due: baseStart + off }, opts: { delay: baseStart + off - Date.now(), removeOnComplete: true } })));
    }
    while (baseLate.length < offsets.length && Date.now() < baseStart + windowMs + 30_000) await new Promise((r) => setTimeout(r, 200));
    await baseWorker.close();
    baseConnection.disconnect();
    baseLate.sort((a, b) => a - b);
    console.log(`baseline (same run, plain delayed no-op jobs, same due times): p50 ${pct(baseLate, 50)} ms, p99 ${pct(baseLate, 99)} ms → ours/baseline p99 ${(pct(late, 99) / Math.max(1, pct(baseLate, 99))).toFixed(1)}×`);
  } finally {
    const step = (what: string) => process.env.BENCH_DEBUG && console.log(`cleanup: ${what}`);
    step('runners');
    for (const r of runners) await r.stop().catch(() => undefined);
    for (const c of connections) c.disconnect();
    step('queues');
    for (const q of queues) await q.obliterate({ force: true }).catch(() => undefined);
    step('keys');
    const keys = await redis.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
    step('app');
    await app.stop();
    step('drop');
    // closed pools finish their goodbyes asynchronously; a forced drop before that makes pg emit unhandled errors
    for (let i = 0; i < 20; i += 1) {
      const dropped = await admin.query(`DROP DATABASE IF EXISTS ${dbName}`).then(() => true, () => false);
      if (dropped) break;
      await new Promise((r) => setTimeout(r, 250));
      if (i === 19) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    }
    await admin.end();
  }
}
