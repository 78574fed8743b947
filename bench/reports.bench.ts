// npm run bench -- reports [--customers 1000000] [--communications 10000000] [--repeat 3] [--keep | --reuse quayside_bench_<hex>]
// Seeds its own database with set-based INSERT … SELECT generate_series, then times each report (as a director: every
// customer; and as a manager: one team) next to plain count(*) baselines over the same tables, in the same run.
// Every figure (baselines too) is the median of --repeat runs (at least 3, each printed): one run on a shared machine
// says as much about the other work as about the report, and the best of a few flatters it. Exits 1 when the
// slowest report misses its target.
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../src/generated/prisma/client';
import { applyMigrations } from '../src/domain/db/migrate';
import { createReportService, REPORT_KINDS } from '../src/domain/reports/report.service';
import type { Actor } from '../src/domain/team/actor';
import { verdict } from './support/verdict';

const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const MIN_REPEAT = 3;

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs `work` `repeat` times; prints and returns the median (one run, e.g. the seed, is printed as it is). */
async function timed<T>(label: string, work: () => Promise<T>, repeat = 1): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  const ms = median(runs);
  const all = repeat > 1 ? `  (median of ${runs.map((r) => r.toFixed(0)).join(', ')})` : '';
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms${all}`);
  return ms;
}

async function seed(client: pg.Client, customers: number, communications: number) {
  const q = (sql: string) => client.query(sql);
  await q(`INSERT INTO team_members (name, display_name, role, manager_id, regions)
           SELECT 'mgr' || g, 'Manager ' || g, 'manager', NULL, '{}' FROM generate_series(1, 5) g`);
  await q(`INSERT INTO team_members (name, display_name, role, manager_id, regions)
           SELECT 'rep' || g, 'Rep ' || g, 'rep', 1 + (g % 5), '{LATAM}' FROM generate_series(1, 50) g`);
  await q(`INSERT INTO customers (name, normalized_name, country, source, grade, status, owner_id, created_at, last_outbound_at, first_response_at)
           SELECT 'Buyer ' || g, 'buyer ' || g,
                  (ARRAY['MX','BR','DE','US','AE','IN','VN','NG','CL','PE'])[1 + g % 10],
                  (ARRAY['trade_show','alibaba','website','whatsapp','telegram','referral','import','manual'])[1 + g % 8],
                  (ARRAY['A','B','C','C'])[1 + g % 4],
                  (ARRAY['lead','active','dormant','pool','active'])[1 + g % 5],
                  CASE WHEN g % 5 = 3 THEN NULL ELSE 6 + g % 50 END,
                  now() - (g % 730) * interval '1 day',
                  CASE WHEN g % 3 > 0 THEN now() - (g % 700) * interval '1 day' END,
                  CASE WHEN g % 3 > 0 THEN now() - (g % 730) * interval '1 day' + (g % 72) * interval '1 hour' END
           FROM generate_series(1, ${customers}) g`);
  const opps = Math.round(customers / 5);
  await q(`INSERT INTO opportunities (customer_id, owner_id, stage, amount, currency, created_at, updated_at)
           SELECT g * 5, 6 + g % 50, (ARRAY['lead','contacted','quoted','sample','won','lost'])[1 + g % 6], 1000 + g % 50000, 'USD',
                  now() - (g % 700) * interval '1 day', now() - (g % 90) * interval '1 day'
           FROM generate_series(1, ${opps}) g`);
  await q(`INSERT INTO stage_changes (opportunity_id, from_stage, to_stage, at)
           SELECT id, 'lead', stage, updated_at FROM opportunities WHERE stage <> 'lead'`);
  await q(`INSERT INTO quotes (number, customer_id, created_by_id, currency, total, base_currency, rate, total_base, created_at)
           SELECT 'Q-' || g, g * 10, 6 + g % 50, 'USD', 5000, 'USD', 1, 5000, now() - (g % 700) * interval '1 day'
           FROM generate_series(1, ${Math.round(customers / 10)}) g`);
  await q(`INSERT INTO orders (pi_number, customer_id, owner_id, currency, amount, amount_base, status, created_at)
           SELECT 'PI-' || g, 1 + (g * 7) % ${customers}, 6 + g % 50, 'USD', 2000 + g % 90000, 2000 + g % 90000,
                  CASE WHEN g % 20 = 0 THEN 'cancelled' ELSE 'shipped' END, now() - (g % 365) * interval '1 day'
           FROM generate_series(1, ${Math.round(customers * 0.15)}) g`);
  await q(`INSERT INTO tasks (customer_id, assignee_id, title, due_at, status)
           SELECT 1 + g % ${customers}, 6 + g % 50, 'follow up', now() - (g % 60) * interval '1 day', CASE WHEN g % 3 = 0 THEN 'open' ELSE 'done' END
           FROM generate_series(1, ${Math.round(customers / 2)}) g`);
  await q(`INSERT INTO pool_events (customer_id, member_id, kind, at)
           SELECT 1 + g % ${customers}, 6 + g % 50, CASE WHEN g % 2 = 0 THEN 'claim' ELSE 'release' END, now() - (g % 90) * interval '1 day'
           FROM generate_series(1, ${Math.round(customers / 10)}) g`);
  await q(`INSERT INTO sequence_enrollments (customer_id, status, started_at, last_sent_at, revived_at, stop_reason)
           SELECT g * 20, CASE WHEN g % 4 = 0 THEN 'stopped' ELSE 'active' END, now() - (g % 60) * interval '1 day',
                  now() - (g % 50) * interval '1 day', CASE WHEN g % 9 = 0 THEN now() END, CASE WHEN g % 4 = 0 THEN 'replied' END
           FROM generate_series(1, ${Math.round(customers / 20)}) g`);
  // bulk load without the secondary indexes, then build them once (as a real bulk import would)
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'communications' AND indexname <> 'communications_pkey'`);
  for (const index of indexes) await q(`DROP INDEX ${index.indexname}`);
  // communications in 1M-row slices so progress shows and no single statement holds everything in memory
  for (let start = 0; start < communications; start += 1_000_000) {
    const end = Math.min(communications, start + 1_000_000);
    await q(`INSERT INTO communications (customer_id, channel, direction, kind, text, intents, occurred_at)
             SELECT 1 + g % ${customers}, 'whatsapp', CASE WHEN g % 2 = 0 THEN 'inbound' ELSE 'outbound' END, 'message', 'message ' || g,
                    CASE WHEN g % 997 = 0 THEN ARRAY['complaint'] WHEN g % 13 = 0 THEN ARRAY['price_inquiry'] ELSE '{}' END,
                    now() - (g % 730) * interval '1 day'
             FROM generate_series(${start + 1}, ${end}) g`);
    process.stdout.write(`  communications ${end.toLocaleString()}\r`);
  }
  process.stdout.write('\n');
  for (const index of indexes) await q(index.indexdef);
  await q('ANALYZE');
}

export default async function run(args: string[]) {
  const customers = option(args, 'customers', 1_000_000);
  const communications = option(args, 'communications', 10_000_000);
  const repeat = option(args, 'repeat', MIN_REPEAT);
  if (!(repeat >= MIN_REPEAT)) throw new Error(`--repeat takes ${MIN_REPEAT} or more: a median of fewer runs is one run's noise`);
  const reuse = args.includes('--reuse') ? args[args.indexOf('--reuse') + 1] : undefined;
  const name = reuse ?? `quayside_bench_${randomBytes(4).toString('hex')}`;
  if (!/^quayside_bench_[0-9a-f]+$/.test(name)) throw new Error('--reuse takes a quayside_bench_<hex> database kept by --keep');
  const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const client = new pg.Client({ connectionString: url });
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    await client.connect();
    await applyMigrations({ query: (sql, params) => client.query(sql, params) as never, exec: async (sql) => void (await client.query(sql)) });
    if (!reuse) {
      console.log(`seeding ${customers.toLocaleString()} customers and ${communications.toLocaleString()} communications into ${name}…`);
      const seedMs = await timed('seed (INSERT … SELECT generate_series)', () => seed(client, customers, communications));
      console.log(`  ${((customers + communications) / (seedMs / 1000)).toFixed(0)} rows/s`);
    }

    await prisma.$queryRawUnsafe('SELECT 1'); // open the pool's connection before timing anything
    console.log('\nbaseline (same tables, same run)');
    const baseline = await timed('SELECT count(*) FROM customers', () => prisma.$queryRawUnsafe('SELECT count(*) FROM customers'), repeat);
    await timed('SELECT count(*) FROM communications', () => prisma.$queryRawUnsafe('SELECT count(*) FROM communications'), repeat);

    const reports = createReportService({ db: prisma, policy: { repsSeeRegionUnowned: true } });
    const actor = (id: number, role: Actor['role']): Actor => ({
      id, name: `m${id}`, displayName: `m${id}`, role, regions: role === 'manager' ? ['LATAM'] : [], productLines: [], locale: 'en',
      timezone: 'Asia/Shanghai', managerId: null, teamId: null,
    });
    const now = new Date();
    const results: { label: string; ms: number }[] = [];
    for (const [who, reader, tokens] of [
      ['director, 30d', actor(0, 'director'), ['30d']],
      ['director, all time', actor(0, 'director'), ['all']],
      ['manager (10 reps), 90d', actor(1, 'manager'), ['90d']],
    ] as const) {
      console.log(`\n${who}`);
      for (const kind of REPORT_KINDS) {
        const label = `/report ${kind} (${who})`;
        results.push({ label, ms: await timed(`/report ${kind}`, () => reports.run(reader, 'bench', kind, [...tokens], now), repeat) });
      }
    }
    const worst = results.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`\nslowest: ${worst.label} ${worst.ms.toFixed(0)} ms = ${(worst.ms / baseline).toFixed(1)}× count(*) over customers; target ≤ 2000 ms (median): ${verdict(worst.ms <= 2000)}`);
  } finally {
    await prisma.$disconnect();
    await pool.end().catch(() => undefined);
    await client.end().catch(() => undefined);
    if (args.includes('--keep')) console.log(`kept ${name}: rerun with --reuse ${name}; drop it with --reuse ${name} (without --keep)`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
