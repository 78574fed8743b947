// npm run bench -- faults [--short] [--messages N] [--buyers N]
// The scripted fault run, with real processes (`crm start --role gateway|worker|scheduler`) on a PostgreSQL
// cluster and a redis-server of the bench's own (initdb + pg_ctl and redis-server with AOF, on other ports, in a temp
// directory; the shared 5432 and 6379 are never touched) and the fake Telegram Bot API:
//   1. a burst of buyer messages, PostgreSQL stopped for 60 s in the middle of it;
//   2. Redis restarted (SIGTERM, AOF on) with messages arriving around it;
//   3. the Telegram API down for 60 s (first half answering 502, second half refusing connections) while notices go out;
//   4. task nudges held by the platform, and `kill -9` of the gateway while they are being sent; it is started again.
// Then it counts stored messages, owned leads, owner notices and sends per task, checks BullMQ's failed sets are empty,
// prints the time to recover after each fault, and exits 1 on any miss. `--short`: 15 s outages for a quick check.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { makeTelegramTextUpdate, startFakeTelegram, type FakeTelegram } from '../tests/support/fake-telegram';
import { createDatabase, startOwnPostgres, startOwnRedis, tempDir, type OwnPostgres, type OwnRedis } from './support/own-servers';
import { BUYER_TG, failedJobs, loadAverage, repNotices, setUpTeam, sleep, startGateway, startRole, stopAll, until, type Proc } from './support/processes';

const TEXTS = ['Hola, ¿precio por 5000 piezas?', 'Can you send the catalogue?', '请报价，谢谢', 'MOQ?', 'Need samples before order'];
const TASKS = 6;
const RECOVER_MS = 12 * 60_000;

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

export default async function run(args: string[]): Promise<void> {
  const outageMs = args.includes('--short') ? 15_000 : 60_000;
  const total = flag(args, '--messages', 400);
  const buyers = flag(args, '--buyers', 100);
  if (!(total >= buyers && buyers >= TASKS)) throw new Error('need --messages ≥ --buyers ≥ 6');
  const base = 25_000 + Math.floor(Math.random() * 2_000) * 10;
  const tmp = tempDir();
  let pgServer: OwnPostgres | undefined;
  let redis: OwnRedis | undefined;
  let telegram: FakeTelegram | undefined;
  let db: pg.Client | undefined;
  const procs: Proc[] = [];
  const recovery: [string, number][] = [];
  const problems: string[] = [];
  const log = (line: string) => process.stderr.write(`  ${new Date().toISOString().slice(11, 19)} ${line} (${loadAverage()})\n`);
  try {
    pgServer = await startOwnPostgres(tmp.dir, base);
    redis = await startOwnRedis(tmp.dir, base + 1);
    telegram = await startFakeTelegram();
    const url = await createDatabase(pgServer.url, 'quayside_faults');
    const env = {
      DATABASE_URL: url, DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), REDIS_URL: redis.url, QUEUE_PREFIX: 'faults',
      LOG_LEVEL: 'error', LOG_FORMAT: 'json', DEFAULT_LOCALE: 'en', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot,
    };
    const reps = await setUpTeam(env);
    const repChats = new Set(reps.map((r) => r.chat));
    const start = (role: string, port: number) => startRole(role, env, port);
    procs.push(start('gateway', base + 2), start('worker', base + 3), start('scheduler', base + 4));
    await Promise.all(procs.map((p) => p.ready));
    log(`gateway, worker, scheduler ready on PostgreSQL :${pgServer.port} and Redis :${base + 1}`);

    let pushed = 0;
    const push = (n: number) => {
      for (const end = pushed + n; pushed < end; pushed += 1) {
        const buyer = BUYER_TG(pushed % buyers);
        // a token in each text: the owner's notice of that message can be told apart
        telegram!.push(makeTelegramTextUpdate({ fromId: buyer, chatId: buyer, firstName: `Buyer ${pushed % buyers}`, text: `m${pushed + 1}: ${TEXTS[pushed % TEXTS.length]}`, messageId: pushed + 1 }));
      }
    };
    const count = async (sql: string) => {
      // the bench's own client reconnects after the PostgreSQL outage
      if (!db) {
        db = new pg.Client({ connectionString: url });
        db.on('error', () => undefined);
        await db.connect();
      }
      try {
        return Number((await db.query(sql)).rows[0].n);
      } catch (error) {
        await db.end().catch(() => undefined);
        db = undefined;
        throw error;
      }
    };
    const stored = () => count(`SELECT count(*) AS n FROM communications WHERE channel = 'telegram' AND direction = 'inbound'`);
    const toReps = (prefix: string) => repNotices(telegram!.calls, repChats, prefix);
    // settled: every message pushed so far stored, every lead owned, and nothing left to send in the outbox
    let state = '';
    const settled = async () => {
      const now = {
        stored: await stored(), assigned: await count(`SELECT count(*) AS n FROM assignments`),
        unsent: await count(`SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'sending')`),
        unreacted: await count(`SELECT count(*) AS n FROM communications WHERE direction = 'inbound' AND reacted_at IS NULL`),
      };
      state = `${now.stored}/${pushed} stored, ${now.assigned}/${Math.min(pushed, buyers)} assigned, ${now.unsent} outbox rows unsent, ${now.unreacted} messages unreacted`;
      return now.stored === pushed && now.assigned === Math.min(pushed, buyers) && now.unsent === 0 && now.unreacted === 0;
    };
    const recovered = async (what: string) => {
      const seconds = await until(what, settled, RECOVER_MS).catch((error: Error) => {
        throw new Error(`${error.message} (${state})`);
      });
      recovery.push([what, seconds]);
      log(`${what}: recovered in ${seconds.toFixed(1)} s`);
    };

    // 1. the burst, PostgreSQL stopped for the outage in the middle of it
    const burst = Math.round(total * 0.6);
    push(Math.round(burst / 2));
    await until('half the burst stored', async () => (await stored()) >= Math.round(burst / 4), RECOVER_MS);
    pgServer.stop();
    log(`PostgreSQL stopped at ${pushed} messages pushed; ${outageMs / 1000} s`);
    push(burst - pushed);
    await sleep(outageMs);
    pgServer.start();
    log('PostgreSQL started again');
    await recovered(`PostgreSQL down ${outageMs / 1000} s mid-burst (${burst} messages)`);

    // 2. Redis restarted with messages arriving around it
    const aroundRedis = Math.round(total * 0.15);
    push(Math.round(aroundRedis / 2));
    const redisDown = await redis.restart();
    push(aroundRedis - Math.round(aroundRedis / 2));
    log(`Redis restarted (down ${redisDown.toFixed(1)} s)`);
    await recovered(`Redis restarted (AOF), ${aroundRedis} messages around it`);

    // 3. the channel's API down while the owners' notices of new messages go out
    const duringChannel = Math.round(total * 0.15);
    const before = await stored();
    push(duringChannel);
    await until('the first of them stored', async () => (await stored()) > before, RECOVER_MS, 20);
    await telegram.down('bad-gateway');
    log(`Telegram API answering 502 for ${outageMs / 2000} s`);
    await sleep(outageMs / 2);
    await telegram.down('refuse');
    log(`Telegram API refusing connections for ${outageMs / 2000} s`);
    await sleep(outageMs / 2);
    await telegram.up();
    log('Telegram API up');
    await recovered(`Telegram API down ${outageMs / 1000} s (502, then refused)`);

    // 4. kill -9 of the gateway while it sends task nudges (the platform has them, the gateway never hears back)
    const tasks = await taskIds(url, TASKS);
    telegram.holdSends();
    await until('a nudge in flight', () => toReps('⏰').length > 0, 3 * 60_000, 50);
    const gateway = procs[0];
    gateway.child.kill('SIGKILL');
    await gateway.exited;
    const killedAt = Date.now();
    log(`gateway killed with SIGKILL while ${toReps('⏰').length} nudge(s) were in flight`);
    telegram.release();
    push(total - pushed);
    // a new gateway waits for the dead one's lease to expire (it refuses to start while the lease is held)
    procs[0] = await startGateway(env, base + 2);
    log(`gateway started again after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
    await until('every task nudged', async () => (await count(`SELECT count(*) AS n FROM outbox WHERE dedupe_key LIKE 'nudge:%' AND status NOT IN ('pending', 'sending')`)) >= TASKS, RECOVER_MS);
    await until('the last messages to settle', settled, RECOVER_MS).catch((error: Error) => {
      throw new Error(`${error.message} (${state})`);
    });
    recovery.push([`kill -9 of the gateway during a send, restarted`, (Date.now() - killedAt) / 1000]);
    // late duplicates (a redelivered job, a stalled relay) would show up within BullMQ's stall window
    await sleep(35_000);

    // the counts
    const messages = await count(`SELECT count(DISTINCT external_id) AS n FROM communications WHERE channel = 'telegram' AND direction = 'inbound'`);
    const rows = await stored();
    const owned = await count(`SELECT count(*) AS n FROM customers WHERE source = 'telegram' AND owner_id IS NOT NULL`);
    const leads = await count(`SELECT count(*) AS n FROM customers WHERE source = 'telegram'`);
    const assignments = await count(`SELECT count(*) AS n FROM assignments`);
    const tally = (calls: ReturnType<typeof toReps>, re: RegExp) => {
      const per = new Map<string, number>();
      for (const text of calls) {
        const id = re.exec(text)?.[1] ?? '?';
        per.set(id, (per.get(id) ?? 0) + 1);
      }
      return per;
    };
    const newLead = tally(toReps('🆕'), /#(\d+)/);
    const told = tally(toReps('💬'), /\bm(\d+):/);
    const nudges = tally(toReps('⏰'), /#(\d+)/);
    const noticeRows = await count(`SELECT count(*) AS n FROM outbox WHERE dedupe_key LIKE 'buyer-notice:%'`);
    const noticeSent = await count(`SELECT count(*) AS n FROM outbox WHERE dedupe_key LIKE 'buyer-notice:%' AND status = 'sent'`);
    const twice = (m: Map<string, number>) => [...m.values()].filter((n) => n > 1).length;
    const failed = await failedJobs(redis.url, 'faults');
    const outbox = (await db!.query(`SELECT status, count(*)::int AS n FROM outbox GROUP BY status ORDER BY status`)).rows.map((r) => `${r.status} ${r.n}`).join(', ');

    const lines: [string, string, boolean][] = [
      ['messages stored', `${rows} rows, ${messages} distinct of ${total} sent`, rows === total && messages === total],
      ['leads owned', `${owned} of ${leads} leads (${buyers} buyers), ${assignments} assignments`, owned === buyers && leads === buyers && assignments === buyers],
      ['new-lead notices (🆕)', `${newLead.size} leads told, ${twice(newLead)} twice`, newLead.size === buyers && twice(newLead) === 0],
      ['message notices (💬)', `${told.size} messages told (${noticeRows} outbox rows, ${noticeSent} sent), ${twice(told)} twice`, told.size === noticeRows && noticeSent === noticeRows && twice(told) === 0],
      ['sends per task (⏰)', tasks.map((id) => `#${id}: ${nudges.get(String(id)) ?? 0}`).join(', '), tasks.every((id) => nudges.get(String(id)) === 1)],
      ['BullMQ failed sets', Object.entries(failed).map(([q, n]) => `${q} ${n}`).join(', '), Object.values(failed).every((n) => n === 0)],
    ];
    console.log(`\nfaults: ${total} Telegram messages from ${buyers} buyers, ${reps.length} reps; outages ${outageMs / 1000} s; gateway + worker + scheduler; ${loadAverage()}`);
    console.log('| fault | recovered (all stored, owned, told, sent) |');
    console.log('|---|---|');
    for (const [what, seconds] of recovery) console.log(`| ${what} | ${seconds.toFixed(1)} s after it ended |`);
    console.log('\n| count | result | |');
    console.log('|---|---|---|');
    for (const [what, result, ok] of lines) {
      console.log(`| ${what} | ${result} | ${ok ? 'ok' : 'MISS'} |`);
      if (!ok) problems.push(what);
    }
    console.log(`\noutbox rows by status: ${outbox}`);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    console.error(`faults: ${problems.at(-1)}`);
  } finally {
    await stopAll(procs);
    await db?.end().catch(() => undefined);
    await telegram?.close();
    await redis?.stop().catch(() => undefined);
    pgServer?.remove();
    tmp.remove();
  }
  if (problems.length) {
    console.error(`faults: ${problems.length} miss(es): ${problems.join('; ')}`);
    process.exitCode = 1;
  }
}

/** Open tasks due now for the owners of the first leads (the nudge job sends one per task per due time). */
async function taskIds(url: string, n: number): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO tasks (customer_id, assignee_id, title, kind, due_at)
       SELECT id, owner_id, 'Fault run: call back ' || id, 'reminder', now() - interval '1 second'
       FROM customers WHERE owner_id IS NOT NULL ORDER BY id LIMIT $1 RETURNING id`,
      [n],
    );
    return rows.map((r) => Number(r.id));
  } finally {
    await client.end();
  }
}
