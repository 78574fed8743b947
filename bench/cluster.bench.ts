// npm run bench -- cluster [messages=10000] [buyers=1000]
// Quayside as separate processes (`crm start --role gateway|worker`) on one PostgreSQL and one Redis: buyer messages
// arrive through a fake Telegram Bot API at one gateway and are run by 1, 2 and 3 worker processes, then once more by
// 3 workers of which one is killed with SIGKILL mid-run. Each run checks that every message is stored once, every lead
// assigned once in the team's interleaved weighted order, and every rep told once per lead; it prints throughput
// (messages stored, leads assigned and reps told, per second) and the ratios to one worker. Own database and Redis
// prefix per run, removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { interleavedCycle } from '../src/domain/assignment/weighted-round-robin';
import { createLogger } from '../src/logger';
import { makeTelegramTextUpdate, startFakeTelegram, type FakeTelegram } from '../tests/support/fake-telegram';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// twelve reps weighted 3, 2, 1 in turn: enough chats that Telegram's 1 message/s per chat (reps also get each buyer
// message echoed) does not hide the workers' speed
const REPS: Record<string, number> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`rep${String(i + 1).padStart(2, '0')}`, [3, 2, 1][i % 3]]));
const REP_TG = (i: number) => 1_000 + i;
const BUYER_TG = (i: number) => 5_000_000 + i;
const TEXTS = ['Hola, ¿precio por 5000 piezas?', 'Can you send the catalogue?', '请报价，谢谢', 'MOQ?', 'Need samples before order'];

interface Proc {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<void>;
}

/** `crm start --role …` as its own process; ready when its /readyz answers 200. */
function startRole(role: string, env: Record<string, string>, port: number): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--role', role], {
    env: { ...process.env, ...env, HEALTH_PORT: String(port), HEALTH_HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${role} exited ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return { child, ready, exited };
}

async function setUpDatabase(url: string, env: Record<string, string>) {
  const app = await createApp({ config: loadConfig({ ...env, DATABASE_URL: url }), logger: createLogger('silent'), adapters: [] });
  try {
    const db = app.database.prisma;
    const admin = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
    const team = await db.team.create({ data: { name: 'sales' } });
    const ids: number[] = [];
    for (const [i, [name, weight]] of Object.entries(REPS).entries()) {
      const rep = await app.services.team.add({ name, role: 'rep', locale: 'en' });
      await db.teamMember.update({ where: { id: rep.id }, data: { teamId: team.id, weight, preferredChannel: 'telegram' } });
      const { code } = await app.services.team.invite(name);
      await app.services.team.link(code, { channel: 'telegram', externalId: String(REP_TG(i)), chatId: String(REP_TG(i)) });
      ids.push(rep.id);
    }
    await app.services.assignmentRules.add(admin, 'bench', 'default -> team:sales');
    return ids.map((id, i) => ({ id, weight: Object.values(REPS)[i] }));
  } finally {
    await app.stop();
  }
}

interface RunResult {
  workers: number;
  killed: boolean;
  seconds: number;
  noticeSeconds: number;
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
  try {
    const reps = await setUpDatabase(url.toString(), env);
    await db.connect();
    procs.push(startRole('gateway', env, basePort));
    // the outbox sweep (a repeating job) hands a killed worker's claimed sends to another once their lease ends
    procs.push(startRole('scheduler', env, basePort + 9));
    for (let i = 0; i < workers; i += 1) procs.push(startRole('worker', env, basePort + 1 + i));
    await Promise.all(procs.map((p) => p.ready));

    const started = Date.now();
    for (let i = 0; i < total; i += 1) {
      const buyer = BUYER_TG(i % buyers);
      telegram.push(makeTelegramTextUpdate({ fromId: buyer, chatId: buyer, firstName: `Buyer ${i % buyers}`, text: TEXTS[i % TEXTS.length], messageId: i + 1 }));
    }
    const repChats = new Set(reps.map((_, i) => String(REP_TG(i))));
    // the assignment notice ("🆕 New lead for you …" with the card); reps also get an echo of each buyer message
    const notices = () => telegram.calls.filter((c) => c.method === 'sendMessage' && repChats.has(String(c.body.chat_id)) && String(c.body.text).startsWith('🆕'));
    let killed = false;
    const deadline = Date.now() + Math.max(300_000, total * 100);
    const progress = async () => ({
      stored: Number((await db.query(`SELECT count(*) AS n FROM communications WHERE channel = 'telegram'`)).rows[0].n),
      assigned: Number((await db.query(`SELECT count(*) AS n FROM assignments`)).rows[0].n),
    });
    // timed: every message stored and every lead assigned (the workers' work)
    for (;;) {
      const { stored, assigned } = await progress();
      if (killOne && !killed && stored >= total * 0.3) {
        procs[2].child.kill('SIGKILL');
        killed = true;
        process.stderr.write(`  killed worker pid ${procs[2].child.pid} with SIGKILL at ${stored}/${total} messages\n`);
      }
      if (stored >= total && assigned >= buyers) break;
      if (Date.now() > deadline) throw new Error(`timed out: ${stored}/${total} stored, ${assigned}/${buyers} assigned`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (Date.now() - started) / 1000;
    // then every rep notice out (paced by Telegram's per-chat limit, so not part of the throughput)
    // a killed worker's claimed sends wait out the outbox lease (5 min) before the sweep gives them to another worker
    const noticeDeadline = killed ? Date.now() + 7 * 60_000 : deadline;
    while (notices().length < buyers && Date.now() < noticeDeadline) await new Promise((r) => setTimeout(r, 500));
    const noticeSeconds = (Date.now() - started) / 1000;
    // let late duplicates (a redelivered job) show up before checking
    await new Promise((r) => setTimeout(r, 3_000));

    const problems: string[] = [];
    const stored = await db.query(`SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS d FROM communications WHERE channel = 'telegram'`);
    if (stored.rows[0].n !== total || stored.rows[0].d !== total) problems.push(`messages stored ${stored.rows[0].n} (distinct ${stored.rows[0].d}), sent ${total}`);
    const rows = (await db.query(`SELECT customer_id, member_id FROM assignments ORDER BY id`)).rows as { customer_id: number; member_id: number }[];
    if (rows.length !== buyers || new Set(rows.map((r) => r.customer_id)).size !== buyers) problems.push(`assignments ${rows.length} for ${buyers} leads`);
    const cycle = interleavedCycle(reps);
    const wrongTurn = rows.findIndex((r, i) => r.member_id !== cycle[i % cycle.length]);
    if (wrongTurn >= 0) problems.push(`assignment ${wrongTurn} out of the interleaved order`);
    const perLead = new Map<string, number>();
    for (const call of notices()) {
      const id = /#(\d+)/.exec(String(call.body.text))?.[1] ?? String(call.body.text);
      perLead.set(id, (perLead.get(id) ?? 0) + 1);
    }
    const twice = [...perLead.values()].filter((n) => n > 1).length;
    if (notices().length !== buyers || twice) problems.push(`${notices().length} notices for ${buyers} leads (${twice} leads told twice)`);
    return { workers, killed, seconds, noticeSeconds, problems };
  } finally {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.race([Promise.all(procs.map((p) => p.exited)), new Promise((r) => setTimeout(r, 20_000))]);
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await db.end().catch(() => undefined);
    await telegram.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    redis.disconnect();
  }
}

export default async function run(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 10_000);
  const buyers = Number(args[1] ?? 1_000);
  const results: RunResult[] = [];
  for (const [workers, kill] of [[1, false], [2, false], [3, false], [3, true]] as const) {
    process.stderr.write(`run: 1 gateway + ${workers} worker(s)${kill ? ', one killed mid-run' : ''}, ${total} messages from ${buyers} buyers\n`);
    results.push(await oneRun(workers, kill, total, buyers, 19_400 + results.length * 10));
  }
  const base = total / results[0].seconds;
  console.log(`\ncluster: ${total} Telegram messages from ${buyers} buyers (${buyers} leads for ${Object.keys(REPS).length} reps), one gateway`);
  console.log('| workers | stored + assigned | messages/s | × 1 worker | all notices out | checks |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    const rate = total / r.seconds;
    console.log(`| ${r.workers}${r.killed ? ' (one kill -9 mid-run)' : ''} | ${r.seconds.toFixed(1)} s | ${rate.toFixed(0)} | ${(rate / base).toFixed(2)}× | ${r.noticeSeconds.toFixed(1)} s | ${r.problems.length ? r.problems.join('; ') : 'stored once, assigned once in order, told once'} |`);
  }
  if (results.some((r) => r.problems.length)) process.exitCode = 1;
}
