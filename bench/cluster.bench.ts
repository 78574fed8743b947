// npm run bench -- cluster [--messages N] [--buyers N] [--ratio-messages N] [--compiled]
// --compiled: the processes run the compiled build through bin/crm, as production does (default: src/ through tsx),
// and a worker whose peak RSS passes 200 MB fails the run.
// Quayside as separate processes (`crm start --role gateway|worker|scheduler`) on one PostgreSQL database and one
// Redis prefix of the bench's own: buyer messages arrive through a fake Telegram Bot API at one gateway and are run by
// 1, 2 and 3 worker processes (`--ratio-messages` each, default `--messages`), then by 3 workers of which one is killed
// with SIGKILL at 30% (`--messages`, default 10,000; the killed worker is not started again: the other two finish).
// Each run checks: every message stored once, every lead assigned once in the team's interleaved weighted order, every
// rep told once per lead, every task nudged once, no process over its pool of 10 PostgreSQL connections. It prints
// throughput with the ratios to one worker and the load average, whether a chat's messages kept their order on the
// timeline, and exits 1 when a check fails. Own database and Redis prefix per run, removed at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { interleavedCycle } from '../src/domain/assignment/weighted-round-robin';
import { makeTelegramTextUpdate, startFakeTelegram, type FakeTelegram } from '../tests/support/fake-telegram';
import { processMemory } from './support/process-memory';
import {
  BUYER_TG, dropRedisPrefix, failedJobs, loadAverage, repNotices, runCompiledBuild, setUpTeam, sleep, startGateway, startRole, stopAll, until, type Proc,
} from './support/processes';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TEXTS = ['Hola, ¿precio por 5000 piezas?', 'Can you send the catalogue?', '请报价，谢谢', 'MOQ?', 'Need samples before order'];
const POOL_SIZE = 10; // src/domain/db/database.ts
const TASKS = 12;

interface RunResult {
  workers: number;
  killed: boolean;
  total: number;
  seconds: number;
  noticeSeconds: number;
  load: string;
  pool: Record<string, number>;
  outOfOrder: number;
  chats: number;
  /** the most resident memory each process held (VmHWM, MB; run through tsx, as `npm start` runs) */
  peakMb: Record<string, number>;
  /** leads whose notice was in flight in the killed worker and was sent again (at least once) */
  toldTwiceAfterKill: number;
  problems: string[];
}


async function oneRun(workers: number, killOne: boolean, total: number, buyers: number, basePort: number): Promise<RunResult> {
  const suffix = randomBytes(4).toString('hex');
  const dbName = `quayside_bench_${suffix}`;
  const prefix = `bench-cluster-${suffix}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const telegram: FakeTelegram = await startFakeTelegram();
  const env = {
    DATABASE_URL: url.toString(), DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), REDIS_URL, QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'error', LOG_FORMAT: 'json', DEFAULT_LOCALE: 'en', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot,
  };
  const db = new pg.Client({ connectionString: url.toString() });
  const procs: Proc[] = [];
  const pool: Record<string, number> = {};
  try {
    const reps = await setUpTeam(env);
    await db.connect();
    procs.push(await startGateway(env, basePort));
    // the outbox sweep and the task nudges are repeating jobs: the scheduler registers them
    procs.push(startRole('scheduler', env, basePort + 9));
    for (let i = 0; i < workers; i += 1) procs.push(startRole('worker', env, basePort + 1 + i, `worker-${i + 1}`));
    await Promise.all(procs.map((p) => p.ready));

    const started = Date.now();
    for (let i = 0; i < total; i += 1) {
      const buyer = BUYER_TG(i % buyers);
      telegram.push(makeTelegramTextUpdate({ fromId: buyer, chatId: buyer, firstName: `Buyer ${i % buyers}`, text: TEXTS[i % TEXTS.length], messageId: i + 1 }));
    }
    const repChats = new Set(reps.map((r) => r.chat));
    const toReps = (prefix: string) => repNotices(telegram.calls, repChats, prefix);
    const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
    // the most connections each process held at once (it names itself in application_name)
    const samplePool = async () => {
      const { rows } = await db.query(`SELECT application_name AS p, count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name <> '' GROUP BY 1`, [dbName]);
      for (const r of rows) pool[r.p] = Math.max(pool[r.p] ?? 0, r.n);
    };
    let killed = false;
    const timeout = Math.max(300_000, total * 150);
    // timed: every message stored and every lead assigned (the workers' work)
    await until('every message stored and lead assigned', async () => {
      await samplePool();
      const stored = await count(`SELECT count(*) AS n FROM communications WHERE channel = 'telegram' AND direction = 'inbound'`);
      if (killOne && !killed && stored >= total * 0.3) {
        procs[2].child.kill('SIGKILL');
        killed = true;
        process.stderr.write(`  killed ${procs[2].role} (pid ${procs[2].child.pid}) with SIGKILL at ${stored}/${total} messages; not started again\n`);
      }
      return stored >= total && (await count(`SELECT count(*) AS n FROM assignments`)) >= buyers;
    }, timeout, 200);
    const seconds = (Date.now() - started) / 1000;
    const load = loadAverage();
    // then every rep notice out (paced by Telegram's 1 message/s per chat, so not part of the throughput)
    // the lead a new-lead notice is about: its customer card's "#<id> " line
    const leadsTold = () => {
      const per = new Map<string, number>();
      for (const text of toReps('🆕')) {
        const id = /\n#(\d+) /.exec(text)?.[1] ?? text;
        per.set(id, (per.get(id) ?? 0) + 1);
      }
      return per;
    };
    // done when every lead was told, or when no new-lead notice is left to send (then the check below names the missing)
    let settledAt = 0;
    await until('every new-lead notice out', async () => {
      await samplePool();
      if (leadsTold().size >= buyers) return true;
      const left = await count(`SELECT count(*) AS n FROM outbox WHERE dedupe_key LIKE 'assigned:%' AND status IN ('pending', 'sending')`);
      settledAt = left > 0 ? 0 : settledAt || Date.now();
      return settledAt > 0 && Date.now() - settledAt > 30_000;
    }, timeout, 500).catch(() => undefined);
    const noticeSeconds = (Date.now() - started) / 1000;
    // task nudges: tasks due now for the first leads; the nudge job (every minute) sends one per task
    const tasks = (await db.query(
      `INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at) SELECT id, owner_id, 'Bench: call back ' || id, 'reminder', now() - interval '1 second'
       FROM customers WHERE owner_id IS NOT NULL ORDER BY id LIMIT ${TASKS} RETURNING id`,
    )).rows.map((r) => String(r.id));
    await until('every task nudged', () => tasks.every((id) => toReps('⏰').some((text) => text.includes(`#${id} `))), 180_000, 500).catch(() => undefined);
    // late duplicates (a redelivered job) would show up within the stall window
    await sleep(20_000);
    await samplePool();

    const problems: string[] = [];
    const stored = (await db.query(`SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS d FROM communications WHERE channel = 'telegram' AND direction = 'inbound'`)).rows[0];
    if (stored.n !== total || stored.d !== total) problems.push(`messages stored ${stored.n} (distinct ${stored.d}), sent ${total}`);
    const rows = (await db.query(`SELECT customer_id, member_id FROM assignments ORDER BY id`)).rows as { customer_id: number; member_id: number }[];
    if (rows.length !== buyers || new Set(rows.map((r) => r.customer_id)).size !== buyers) problems.push(`assignments ${rows.length} for ${buyers} leads`);
    const cycle = interleavedCycle(reps);
    const wrongTurn = rows.findIndex((r, i) => r.member_id !== cycle[i % cycle.length]);
    if (wrongTurn >= 0) problems.push(`assignment ${wrongTurn} out of the interleaved order`);
    const perLead = leadsTold();
    // a lead told twice is allowed only where its notice was in flight in a killed process (notices are sent at least
    // once: the row then shows a second claim); any other second copy, or a third, is a fault
    const notices = new Map((await db.query(
      `SELECT customer_id::text AS c, status, attempts, last_error AS e, left(text, 100) AS t FROM outbox WHERE dedupe_key LIKE 'assigned:%'`,
    )).rows.map((r) => [r.c as string, r as { status: string; attempts: number; e: string | null; t: string }]));
    const twice = [...perLead].filter(([, n]) => n > 1);
    const unexplained = twice.filter(([id, n]) => n > 2 || (notices.get(id)?.attempts ?? 0) < 2);
    const missing = rows.map((r) => String(r.customer_id)).filter((id) => !perLead.has(id));
    if (missing.length || unexplained.length) {
      problems.push(`${perLead.size} leads told for ${buyers} (${twice.length} told twice, ${unexplained.length} of them not after a kill)`);
      for (const id of [...missing, ...unexplained.map(([i]) => i)].slice(0, 5)) {
        const seen = telegram.calls.filter((c) => String(c.body.text ?? '').includes(`#${id} `)).map((c) => ({ method: c.method, chat: c.body.chat_id, text: String(c.body.text).slice(0, 300) }));
        process.stderr.write(`  lead ${id}: told ${perLead.get(id) ?? 0}×, its notice row ${JSON.stringify(notices.get(id) ?? null)}, calls naming it ${JSON.stringify(seen)}\n`);
      }
    }
    const toldTwiceAfterKill = twice.length - unexplained.length;
    const nudged = tasks.map((id) => toReps('⏰').filter((text) => text.includes(`#${id} `)).length);
    if (nudged.some((n) => n !== 1)) problems.push(`nudges per task ${nudged.join(',')} (want 1 each)`);
    const over = Object.entries(pool).filter(([, n]) => n > POOL_SIZE);
    if (over.length) problems.push(`over the pool of ${POOL_SIZE}: ${over.map(([p, n]) => `${p} ${n}`).join(', ')}`);
    const failed = await failedJobs(REDIS_URL, prefix);
    if (Object.values(failed).some((n) => n > 0)) problems.push(`BullMQ failed: ${JSON.stringify(failed)}`);
    // a chat's order on the timeline (occurred_at, then the chat's own numbering, then id: db/timeline-order.ts)
    // against the order Telegram numbered them (chat_seq = message_id; the stored external id is a keyed hash)
    const order = (await db.query(
      `SELECT count(*) FILTER (WHERE bad)::int AS bad, count(*)::int AS chats FROM (
         SELECT customer_id, bool_or(prev_seq > chat_seq) AS bad FROM (
           SELECT customer_id, chat_seq,
                  lag(chat_seq) OVER (PARTITION BY customer_id ORDER BY occurred_at, chat_seq NULLS FIRST, id) AS prev_seq
           FROM communications WHERE channel = 'telegram' AND direction = 'inbound') t GROUP BY customer_id) c`,
    )).rows[0];
    const peak = Object.fromEntries(procs.filter((p) => p.child.exitCode === null && p.child.signalCode === null).map((p) => [p.role, Math.round(processMemory(p.child.pid!).peakMb)]));
    if (workerRssTargetMb !== null) {
      const heavy = Object.entries(peak).filter(([role, mb]) => role.startsWith('worker') && mb > workerRssTargetMb!);
      if (heavy.length) problems.push(`worker peak RSS over ${workerRssTargetMb} MB: ${heavy.map(([role, mb]) => `${role} ${mb} MB`).join(', ')}`);
    }
    return { workers, killed, total, seconds, noticeSeconds, load, pool, outOfOrder: order.bad, chats: order.chats, peakMb: peak, toldTwiceAfterKill, problems };
  } finally {
    await stopAll(procs);
    await db.end().catch(() => undefined);
    await telegram.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await dropRedisPrefix(REDIS_URL, prefix);
  }
}

/** #23: one worker process within 200 MB; held only where the processes run as production runs them (--compiled). */
const WORKER_RSS_TARGET_MB = 200;
let workerRssTargetMb: number | null = null;

const flag = (args: string[], name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);

export default async function run(args: string[]): Promise<void> {
  if (args.includes('--compiled')) {
    runCompiledBuild();
    workerRssTargetMb = WORKER_RSS_TARGET_MB;
  }
  const total = flag(args, '--messages', 10_000);
  const ratioTotal = flag(args, '--ratio-messages', total);
  const buyers = flag(args, '--buyers', Math.min(1_000, Math.ceil(total / 10)));
  const ratioBuyers = Math.min(buyers, ratioTotal);
  const results: RunResult[] = [];
  for (const [workers, kill] of [[1, false], [2, false], [3, false], [3, true]] as const) {
    const [n, b] = kill ? [total, buyers] : [ratioTotal, ratioBuyers];
    process.stderr.write(`run: 1 gateway + ${workers} worker(s)${kill ? ', one killed mid-run' : ''}, ${n} messages from ${b} buyers (${loadAverage()})\n`);
    const result = await oneRun(workers, kill, n, b, 19_400 + results.length * 10).catch((error: Error) => ({
      workers, killed: kill, total: n, seconds: NaN, noticeSeconds: NaN, load: loadAverage(), pool: {}, outOfOrder: NaN, chats: NaN, peakMb: {}, toldTwiceAfterKill: 0, problems: [error.message],
    }));
    results.push(result);
    // each run's figures as soon as it ends (a long run cut short keeps the ones before)
    process.stderr.write(`  ${JSON.stringify(result)}\n`);
  }
  const base = results[0].total / results[0].seconds;
  console.log(`\ncluster: Telegram messages through one gateway, 12 reps; ratios over ${ratioTotal} messages from ${ratioBuyers} buyers; the kill run ${total} from ${buyers}`);
  console.log(`| workers | messages | stored + assigned | messages/s | × 1 worker | all lead notices out | load (1/5/15 min) at the end | most connections per process | peak RSS per process (${args.includes('--compiled') ? 'bin/crm' : 'tsx'}) | chats out of order | checks |`);
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const rate = r.total / r.seconds;
    const pool = Object.entries(r.pool).sort().map(([p, n]) => `${p} ${n}`).join(', ');
    const peak = Object.entries(r.peakMb).sort().map(([p, mb]) => `${p} ${mb} MB`).join(', ');
    console.log(`| ${r.workers}${r.killed ? ' (one kill -9 at 30%)' : ''} | ${r.total} | ${r.seconds.toFixed(1)} s | ${rate.toFixed(1)} | ${r.killed ? '—' : `${(rate / base).toFixed(2)}×`} | ${r.noticeSeconds.toFixed(1)} s | ${r.load.replace('load ', '')} | ${pool} | ${peak} | ${r.outOfOrder} of ${r.chats} | ${r.problems.length ? r.problems.join('; ') : `stored once, assigned once in order, ${r.toldTwiceAfterKill ? `told once (${r.toldTwiceAfterKill} twice: in flight in the killed worker)` : 'told once'}, nudged once, pool ≤ 10`} |`);
  }
  if (results.some((r) => r.problems.length)) process.exitCode = 1;
}
