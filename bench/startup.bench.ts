// Cold start and memory of the compiled build (`npm run build` first; this bench builds if dist/ is missing).
// Figures: wall time to the terminal's ready line and resident memory (VmRSS when ready, VmHWM = peak), for
// `crm --help`, `crm classify` on one line, the first `start` on an empty DATA_DIR, a later start, `start` on
// PostgreSQL and `start --role worker` (idle; under load, `npm run bench -- cluster --compiled` prints it); every `crm` through bin/crm, as production
// runs it. Baselines in the same run: `node -e 0` and a bare PGlite open of the same kind of directory.
// Options: --runs N (median of N, default 3). Exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { processMemory } from './support/process-memory';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** How production runs the build (npm run start:prod, the Dockerfile): node on dist/cli.js with the lean settings. */
const CRM = path.join(ROOT, 'bin', 'crm');
const PG_ADMIN = process.env.TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const KEY = Buffer.alloc(32, 9).toString('base64');

type Run = { ms: number; rssMb: number; peakMb: number };

/** Runs a command until it exits, or until `ready` matches its output (then it is stopped); samples its memory. */
function measure(args: string[], opts: { env?: Record<string, string>; input?: string; ready?: RegExp; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(args[0], args.slice(1), { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    let last = { rssMb: 0, peakMb: 0 };
    let done = false;
    const sampler = setInterval(() => { const m = processMemory(child.pid!); if (m.peakMb) last = m; }, 25);
    const timer = setTimeout(() => finish(new Error(`timed out: ${args.join(' ')}\n${seen.slice(-2000)}`)), opts.timeoutMs ?? 120_000);
    const finish = (error?: Error, run?: Run) => {
      if (done) return;
      done = true;
      clearInterval(sampler);
      clearTimeout(timer);
      if (error) { child.kill('SIGKILL'); reject(error); } else resolve(run!);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (opts.ready && opts.ready.test(seen)) {
        // let the prompt settle, then read memory at idle
        const ms = performance.now() - started;
        setTimeout(() => {
          const m = processMemory(child.pid!);
          child.stdin.end('/quit\n');
          child.kill('SIGTERM');
          finish(undefined, { ms, rssMb: m.rssMb || last.rssMb, peakMb: m.peakMb || last.peakMb });
        }, 1500);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (opts.input !== undefined) child.stdin.end(opts.input);
    child.on('exit', (code) => {
      if (opts.ready) { if (!done) finish(new Error(`exited ${code} before ready: ${args.join(' ')}\n${seen.slice(-2000)}`)); return; }
      if (code !== 0) return finish(new Error(`exit ${code}: ${args.join(' ')}\n${seen.slice(-2000)}`));
      finish(undefined, { ms: performance.now() - started, ...last });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function repeat(runs: number, make: () => Promise<Run>): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await make());
  return { ms: median(all.map((r) => r.ms)), rssMb: median(all.map((r) => r.rssMb)), peakMb: median(all.map((r) => r.peakMb)) };
}

export default async function startupBench(args: string[]) {
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  if (!existsSync(CLI)) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`startup bench: compiled build (dist/), median of ${runs}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  const prefix = `bench-startup-${process.pid}`;
  const ready = /Type \/help/;
  const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'quayside-startup-'));
  const dirs: string[] = [];
  const embeddedEnv = (dir: string) => ({ DATA_DIR: dir, QUEUE_PREFIX: prefix, REDIS_URL, TERMINAL_USER: 'bench', LOG_LEVEL: 'warn' });

  const nodeBaseline = await repeat(runs, () => measure([process.execPath, '-e', '0'], {}));
  const pgliteBaseline = await repeat(runs, () => {
    const dir = tmp(); dirs.push(dir);
    return measure([process.execPath, '--input-type=module', '-e', `const { PGlite } = await import('@electric-sql/pglite'); const db = await PGlite.create(${JSON.stringify(path.join(dir, 'pg'))}); await db.query('select 1'); await db.close();`], {});
  });
  const help = await repeat(runs, () => measure([CRM, '--help'], {}));
  const classify = await repeat(runs, () => measure([CRM, 'classify'], { input: '{"text":"how much for 500 pcs FOB Ningbo?"}\n' }));
  const firstStarts: Run[] = [];
  const laterStarts: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = tmp(); dirs.push(dir);
    firstStarts.push(await measure([CRM, 'start'], { env: embeddedEnv(dir), ready }));
    laterStarts.push(await measure([CRM, 'start'], { env: embeddedEnv(dir), ready }));
  }
  const pick = (rs: Run[]) => ({ ms: median(rs.map((r) => r.ms)), rssMb: median(rs.map((r) => r.rssMb)), peakMb: median(rs.map((r) => r.peakMb)) });
  const first = pick(firstStarts);
  const later = pick(laterStarts);

  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  const database = `quayside_bench_startup_${process.pid}`;
  await admin.query(`CREATE DATABASE ${database}`);
  let onPostgres: Run;
  let worker: Run;
  try {
    const url = new URL(PG_ADMIN); url.pathname = `/${database}`;
    const env = { DATABASE_URL: url.toString(), DATA_ENCRYPTION_KEY: KEY, QUEUE_PREFIX: prefix, REDIS_URL, TERMINAL_USER: 'bench', LOG_LEVEL: 'warn', DATA_DIR: tmp() };
    await measure([CRM, 'start'], { env, ready }); // migrations applied once, not measured
    onPostgres = await repeat(runs, () => measure([CRM, 'start'], { env, ready }));
    const workerEnv = { ...env, LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
    worker = await repeat(runs, () => measure([CRM, 'start', '--role', 'worker'], { env: workerEnv, ready: /"role":"worker".*"msg":"started"/ }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }

  const rows: [string, Run, number | null, number | null][] = [
    ['baseline: node -e 0', nodeBaseline, null, null],
    ['baseline: bare PGlite open', pgliteBaseline, null, null],
    ['crm --help', help, 500, null],
    ['crm classify (one line)', classify, 1000, null],
    ['start, embedded, empty DATA_DIR', first, 6000, null],
    ['start, embedded, later', later, 3000, 250],
    ['start, PostgreSQL', onPostgres, 3000, 250],
    ['start --role worker, PostgreSQL (idle)', worker, 3000, 200],
  ];
  let missed = 0;
  console.log('| what | time | × node -e 0 | RSS at ready | peak RSS | target |\n|---|---|---|---|---|---|');
  for (const [name, r, msTarget, rssTarget] of rows) {
    const miss = (msTarget !== null && r.ms > msTarget) || (rssTarget !== null && r.rssMb > rssTarget);
    if (miss) missed++;
    const target = [msTarget !== null ? `≤ ${msTarget} ms` : '', rssTarget !== null ? `≤ ${rssTarget} MB` : ''].filter(Boolean).join(', ');
    console.log(`| ${name} | ${r.ms.toFixed(0)} ms | ${(r.ms / nodeBaseline.ms).toFixed(1)}× | ${r.rssMb.toFixed(0)} MB | ${r.peakMb.toFixed(0)} MB | ${target ? `${target}: ${miss ? 'MISSED' : 'met'}` : ''} |`);
  }
  if (missed) {
    console.log(`\n${missed} target(s) missed`);
    process.exitCode = 1;
  }
}
