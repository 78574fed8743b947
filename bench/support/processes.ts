// Quayside as real processes for the cluster and fault benches: `crm start --role …` children, the bench's own team
// of reps on a fresh database, and small helpers (load average, waiting for a condition).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { NOTICE_SEPARATOR } from '../../src/domain/outbox/outbox.service';
import { createLogger } from '../../src/logger';

export interface Proc {
  role: string;
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<void>;
}

/** How a role is run: src/cli.ts through tsx (as `npm start` runs it), or the compiled build through bin/crm. */
let crmCommand: [string, ...string[]] = [process.execPath, '--import', 'tsx', 'src/cli.ts'];

/** From now on, roles run as production runs them: bin/crm on dist/ (built first when missing). */
export function runCompiledBuild(): void {
  if (!existsSync('dist/cli.js') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
  crmCommand = ['bin/crm'];
}

/**
 * `crm start --role …` as its own process (tsx or the compiled build: see runCompiledBuild); ready when its /readyz
 * answers 200. Each process names itself to PostgreSQL (`application_name`), so the bench can count its connections.
 */
export function startRole(role: string, env: Record<string, string>, port: number, name = role): Proc {
  const url = new URL(env.DATABASE_URL);
  url.searchParams.set('application_name', name);
  const [command, ...prefix] = crmCommand;
  const child = spawn(command, [...prefix, 'start', '--role', role], {
    env: { ...process.env, ...env, DATABASE_URL: url.toString(), HEALTH_PORT: String(port), HEALTH_HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited ${child.exitCode ?? child.signalCode}`);
      if (await isReady(port)) return;
      await sleep(250);
    }
  })();
  ready.catch(() => undefined);
  return { role: name, child, ready, exited };
}

/**
 * The gateway, started again until it runs: a gateway killed (or stopped by SIGKILL after a slow SIGTERM) leaves its
 * lease in Redis for GATEWAY_LEASE_TTL_MS (15 s), and a new one refuses to start while it is held.
 */
export async function startGateway(env: Record<string, string>, port: number, timeoutMs = 90_000): Promise<Proc> {
  const started = Date.now();
  for (;;) {
    const gateway = startRole('gateway', env, port);
    if (await gateway.ready.then(() => true, () => false)) return gateway;
    if (Date.now() - started > timeoutMs) throw new Error('the gateway did not start (its lease still held?)');
    await sleep(1_000);
  }
}

export const isReady = (port: number) => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true; throws with `what` after `timeoutMs`. Returns the seconds it took. */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await Promise.resolve().then(check).catch(() => false)) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** SIGTERM to every process still running, SIGKILL after 20 s. */
export async function stopAll(procs: Proc[]): Promise<void> {
  const running = procs.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
  for (const p of running) p.child.kill('SIGTERM');
  await Promise.race([Promise.all(running.map((p) => p.exited)), sleep(20_000)]);
  for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
}

/** "load 3.41 / 2.90 / 2.10" (1, 5, 15 min): the benches print it beside every figure. */
export const loadAverage = () => `load ${loadavg().map((n) => n.toFixed(2)).join(' / ')}`;

// twelve reps weighted 3, 2, 1 in turn: enough chats that Telegram's 1 message/s per chat does not hide the workers
export const REPS: Record<string, number> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`rep${String(i + 1).padStart(2, '0')}`, [3, 2, 1][i % 3]]));
export const REP_TG = (i: number) => 1_000 + i;

/** The notices the reps received that start with `prefix`: a member's waiting notices arrive joined in one message. */
export function repNotices(calls: { method: string; body: Record<string, unknown> }[], repChats: Set<string>, prefix: string): string[] {
  return calls
    .filter((c) => c.method === 'sendMessage' && repChats.has(String(c.body.chat_id)))
    .flatMap((c) => String(c.body.text).split(NOTICE_SEPARATOR))
    .filter((text) => text.startsWith(prefix));
}
export const BUYER_TG = (i: number) => 5_000_000 + i;

/** An IANA zone where it is about midday now, so the reps' quiet hours (21:00–08:00) never hold a nudge back. */
export function middayZone(now = new Date()): string {
  const offset = Math.max(-12, Math.min(14, 12 - now.getUTCHours()));
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** Migrates the bench's database and adds an admin and the REPS team (linked to Telegram chats), routed by one rule. */
export async function setUpTeam(env: Record<string, string>): Promise<{ id: number; weight: number; chat: string }[]> {
  const app = await createApp({ config: loadConfig(env), logger: createLogger('silent'), adapters: [] });
  try {
    const db = app.database.prisma;
    const admin = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
    const team = await db.team.create({ data: { name: 'sales' } });
    const reps: { id: number; weight: number; chat: string }[] = [];
    for (const [i, [name, weight]] of Object.entries(REPS).entries()) {
      const rep = await app.services.team.add({ name, role: 'rep', locale: 'en' });
      await db.teamMember.update({ where: { id: rep.id }, data: { teamId: team.id, weight, preferredChannel: 'telegram', timezone: middayZone() } });
      const { code } = await app.services.team.invite(name);
      await app.services.team.link(code, { channel: 'telegram', externalId: String(REP_TG(i)), chatId: String(REP_TG(i)) });
      reps.push({ id: rep.id, weight, chat: String(REP_TG(i)) });
    }
    await app.services.assignmentRules.add(admin, 'bench', 'default -> team:sales');
    return reps;
  } finally {
    await app.stop();
  }
}

/** Removes every key of a Redis prefix. */
export async function dropRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
  } finally {
    redis.disconnect();
  }
}

/** Jobs in BullMQ's failed set of each queue under `prefix` (nothing a later run could still do may stay there). */
export async function failedJobs(redisUrl: string, prefix: string): Promise<Record<string, number>> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const out: Record<string, number> = {};
    for (const queue of ['inbound', 'jobs', 'outbound']) out[queue] = await redis.zcard(`${prefix}:${queue}:failed`);
    return out;
  } finally {
    redis.disconnect();
  }
}

/** A second process busy on the machine: `n` children spinning a CPU each until stopped. */
export function busyNeighbours(n: number): { stop(): void } {
  const children: ChildProcess[] = Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return { stop: () => { for (const c of children) c.kill('SIGKILL'); } };
}

/** `--busy [n]` in a bench's arguments: how many busy neighbours (0 without the flag, 1 when n is left out). */
export function busyArg(args: string[]): number {
  const at = args.indexOf('--busy');
  return at < 0 ? 0 : /^\d+$/.test(args[at + 1] ?? '') ? Number(args[at + 1]) : 1;
}
