// npm run bench -- pool-sweep [customers=1000000]
// Seeds N owned customers (server-side INSERT … SELECT generate_series, in chunks), then runs the daily release sweep
// while a rep's typical query ("my customers", newest first) and a rep's edit keep running. Prints the sweep time and
// the rep's latencies during the sweep against the same loop before it (the baseline).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { dropBenchDatabase } from './support/drop-database';
import { verdict } from './support/verdict';

const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REPS = 50;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

export default async function run(args: string[]) {
  const total = Number(args[0] ?? 1_000_000);
  const name = `quayside_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const env = { DATABASE_URL: url.toString(), QUEUE_PREFIX: `bench-${name}`, DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
  const app = await createApp({ config: loadConfig(env), logger: createLogger('warn'), adapters: [] });
  const rep = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
  // the DROP … WITH (FORCE) at the end may close a connection the pool still holds: not a failure of the run
  rep.on('error', () => undefined);
  try {
    for (let i = 0; i < REPS; i += 1) await app.services.team.add({ name: `rep${i}`, role: 'rep', locale: 'en' }, 'bench');
    const seedStart = Date.now();
    const chunk = 100_000;
    for (let from = 0; from < total; from += chunk) {
      await rep.query(
        `INSERT INTO customers (name, normalized_name, country, grade, status, owner_id, owned_since, last_outbound_at, updated_at)
         SELECT 'Buyer ' || g, 'buyer ' || g, (ARRAY['MX','DE','VN','US','BR'])[1 + g % 5], (ARRAY['A','B','C'])[1 + g % 3], 'active',
                1 + g % $3, now() - interval '400 days', now() - (g % 60) * interval '1 day' - interval '1 hour', now()
         FROM generate_series($1::int, $2::int) g`,
        [from, Math.min(total, from + chunk) - 1, REPS],
      );
    }
    await rep.query('ANALYZE customers');
    const seedSeconds = (Date.now() - seedStart) / 1000;

    // a rep at work: their newest customers, and a note-like touch on one of them
    const probe = async () => {
      const t = performance.now();
      await rep.query(`SELECT id, name, last_contact_at FROM customers WHERE owner_id = 7 AND status <> 'pool' ORDER BY updated_at DESC LIMIT 20`);
      await rep.query(`UPDATE customers SET last_contact_at = now() WHERE id = (SELECT id FROM customers WHERE owner_id = 7 AND status <> 'pool' LIMIT 1)`);
      return performance.now() - t;
    };
    const before: number[] = [];
    const until = Date.now() + 5000;
    while (Date.now() < until) before.push(await probe());

    const during: number[] = [];
    let sweeping = true;
    const loop = (async () => {
      while (sweeping) during.push(await probe());
    })();
    const t0 = performance.now();
    const result = await app.services.pool.releaseDue(new Date(), { notify: false });
    const sweepSeconds = (performance.now() - t0) / 1000;
    sweeping = false;
    await loop;
    const t1 = performance.now();
    const again = await app.services.pool.releaseDue(new Date(), { notify: false });
    const rerunSeconds = (performance.now() - t1) / 1000;

    console.log(`pool-sweep bench (${name}; ${total.toLocaleString('en')} customers seeded in ${seedSeconds.toFixed(1)} s; machine load ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(`release sweep: ${result.released.toLocaleString('en')} released in ${sweepSeconds.toFixed(1)} s (target ≤ 60 s: ${verdict(sweepSeconds <= 60)}); re-run released ${again.released} in ${rerunSeconds.toFixed(1)} s`);
    console.log(`rep query+edit before (baseline): n=${before.length} p50 ${pct(before, 50).toFixed(1)} ms  p99 ${pct(before, 99).toFixed(1)} ms  max ${Math.max(...before).toFixed(1)} ms`);
    console.log(`rep query+edit during the sweep:  n=${during.length} p50 ${pct(during, 50).toFixed(1)} ms  p99 ${pct(during, 99).toFixed(1)} ms  max ${Math.max(...during).toFixed(1)} ms`);
    console.log(`ratio during/before: p50 ${(pct(during, 50) / pct(before, 50)).toFixed(2)}x, p99 ${(pct(during, 99) / pct(before, 99)).toFixed(2)}x`);
  } finally {
    await rep.end();
    await app.stop();
    await dropBenchDatabase(admin, name);
    await admin.end();
  }
}
