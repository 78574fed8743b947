// npm run bench -- assign [leads=10000] [rate=600]
// 10,000 leads arrive (stored, then queued) at `rate`/s and are assigned by TWO worker processes; prints leads/s,
// p50/p99 from lead stored to rep notified, whether each team's observed order equals the interleaved weighted order,
// and double assignments. Baseline in the same run: ONE worker process on a smaller burst.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { interleavedCycle } from '../src/domain/assignment/weighted-round-robin';
import { JOBS_QUEUE } from '../src/jobs/runner';
import { createLogger } from '../src/logger';
import { dropBenchDatabase } from './support/drop-database';
import { verdict } from './support/verdict';

const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WORKER = fileURLToPath(new URL('../tests/jobs/support/assign-worker.process.ts', import.meta.url));
const TEAMS = { latam: { alice: 3, bob: 2, carol: 1 }, europe: { dora: 2, emil: 1 }, asia: { fay: 1, gus: 1, hal: 1 } };
const COUNTRY = { latam: 'MX', europe: 'DE', asia: 'VN' } as const;

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export default async function run(args: string[]) {
  const total = Number(args[0] ?? 10_000);
  const rate = Number(args[1] ?? 600);
  const name = `quayside_bench_${randomBytes(4).toString('hex')}`;
  const prefix = `bench-${name}`;
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const env = { DATABASE_URL: url.toString(), QUEUE_PREFIX: prefix, REDIS_URL: REDIS, DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
  const app = await createApp({ config: loadConfig(env), logger: createLogger('warn'), adapters: [] });
  const workers: ChildProcess[] = [];
  const notified = new Map<number, number>();
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  // the DROP … WITH (FORCE) at the end may close a connection the pool still holds: not a failure of the run
  pool.on('error', () => undefined);
  const queue = new Queue(JOBS_QUEUE, { connection: { url: REDIS }, prefix });

  const startWorker = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
      workers.push(child);
      child.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (!line.startsWith('{')) return; // other output of the app is not ours to parse
        const msg = JSON.parse(line) as { ready?: number; c?: number; at?: number };
        if (msg.ready) resolve(child);
        else if (msg.c) notified.set(msg.c, msg.at!);
      });
    });
  const stopWorkers = async () => {
    for (const w of workers.splice(0)) {
      w.removeAllListeners('exit');
      const exited = new Promise((r) => w.once('exit', r));
      w.kill('SIGTERM');
      await exited;
    }
  };

  /** Stores `n` leads in batches (as the inbox would), queues each as soon as it is stored, paced at `perSecond`. */
  async function arrive(n: number, perSecond: number, label: string) {
    const stored = new Map<number, number>();
    const batch = Math.max(1, Math.round(perSecond / 20));
    const start = Date.now();
    for (let done = 0; done < n; done += batch) {
      const size = Math.min(batch, n - done);
      const names = Array.from({ length: size }, (_, i) => `${label} lead ${done + i}`);
      const countries = names.map((_, i) => Object.values(COUNTRY)[(done + i) % 3]);
      const { rows } = await pool.query<{ id: number }>(
        `INSERT INTO customers (name, normalized_name, country, source, updated_at) SELECT n, lower(n), c, 'whatsapp', now() FROM unnest($1::text[], $2::text[]) AS t(n, c) RETURNING id`,
        [names, countries],
      );
      const at = Date.now();
      for (const r of rows) stored.set(r.id, at);
      await queue.addBulk(rows.map((r) => ({ name: 'assign-lead', data: { customerId: r.id, context: { via: 'bench' } }, opts: { jobId: `assign-${r.id}`, removeOnComplete: true } })));
      const due = start + ((done + size) / perSecond) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
    const deadline = Date.now() + 300_000;
    while ([...stored.keys()].some((id) => !notified.has(id))) {
      if (Date.now() > deadline) throw new Error(`${label}: not all leads notified`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const latencies = [...stored].map(([id, at]) => notified.get(id)! - at).sort((a, b) => a - b);
    const first = Math.min(...stored.values());
    const last = Math.max(...[...stored.keys()].map((id) => notified.get(id)!));
    return { n, leadsPerSecond: n / ((last - first) / 1000), p50: pct(latencies, 50), p99: pct(latencies, 99), ids: [...stored.keys()] };
  }

  try {
    const db = app.database.prisma;
    const root = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
    for (const [team, members] of Object.entries(TEAMS)) {
      const row = await db.team.create({ data: { name: team } });
      for (const [member, weight] of Object.entries(members)) {
        const a = await app.services.team.add({ name: member, role: 'rep', locale: 'en' });
        await db.teamMember.update({ where: { id: a.id }, data: { teamId: row.id, weight } });
      }
      await app.services.assignmentRules.add(root, 'bench', `${team}: country=${COUNTRY[team as keyof typeof COUNTRY]} -> team:${team}`);
    }
    await app.services.assignmentRules.add(root, 'bench', 'default -> team:europe');

    await startWorker();
    const baseline = await arrive(Math.min(2000, total), 10_000, 'baseline');
    await stopWorkers();
    await Promise.all([startWorker(), startWorker()]);
    const burst = await arrive(total, 10_000, 'burst');
    const paced = await arrive(total, rate, 'paced');
    await stopWorkers();

    // the observed order per team, over everything assigned in this run, against the interleaved weighted order
    const members = await db.teamMember.findMany({ where: { teamId: { not: null } }, include: { team: true }, orderBy: { id: 'asc' } });
    const assignments = await db.assignment.findMany({ orderBy: { id: 'asc' }, select: { memberId: true, customerId: true } });
    const sequenceOk = Object.keys(TEAMS).map((team) => {
      const mine = members.filter((m) => m.team?.name === team);
      const cycle = interleavedCycle(mine);
      const seen = assignments.filter((a) => mine.some((m) => m.id === a.memberId)).map((a) => a.memberId);
      return { team, assigned: seen.length, exact: seen.every((id, i) => id === cycle[i % cycle.length]) };
    });
    const doubles = assignments.length - new Set(assignments.map((a) => a.customerId)).size;
    const unowned = await db.customer.count({ where: { ownerId: null } });

    const line = (label: string, r: { n: number; leadsPerSecond: number; p50: number; p99: number }) =>
      `${label.padEnd(34)} ${String(r.n).padStart(6)} leads  ${r.leadsPerSecond.toFixed(0).padStart(6)} leads/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(6)} ms`;
    console.log(`assign bench (${name}; machine load ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(line('baseline: 1 worker process, burst', baseline));
    console.log(line('2 worker processes, burst', burst));
    console.log(line(`2 worker processes, paced ${rate}/s`, paced));
    console.log(`throughput ratio 2 processes / 1 process: ${(burst.leadsPerSecond / baseline.leadsPerSecond).toFixed(2)}x`);
    console.log(`targets: ≥500 leads/s (burst ${verdict(burst.leadsPerSecond >= 500)}), p99 ≤200 ms at ${rate}/s (${verdict(paced.p99 <= 200)})`);
    for (const s of sequenceOk) console.log(`team ${s.team}: ${s.assigned} assigned, order equals interleaved weighted order: ${s.exact ? 'yes' : 'NO'} (${verdict(s.exact)})`);
    console.log(`double assignments: ${doubles}; leads left without owner: ${unowned} (none of either: ${verdict(doubles === 0 && unowned === 0)})`);
  } finally {
    await stopWorkers().catch(() => undefined);
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    const redis = new Redis(REDIS);
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
    await pool.end();
    await app.stop();
    await dropBenchDatabase(admin, name);
    await admin.end();
  }
}
