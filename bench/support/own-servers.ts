// A PostgreSQL cluster and a redis-server of the fault bench's own, in a temp directory on ports of its own, so they
// can be stopped and restarted on purpose without touching the shared servers on 5432 and 6379.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { sleep, until } from './processes';

function pgBin(name: string): string {
  const root = '/usr/lib/postgresql';
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return path.join(root, version, 'bin', name);
}

// initdb and postgres refuse to run as root: run them as the postgres user then
const asPostgres = (cmd: string, args: string[]) => (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const);

function run(cmd: string, args: string[]): void {
  const [c, a] = asPostgres(cmd, args);
  execFileSync(c, [...a], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export interface OwnPostgres {
  url: string;
  port: number;
  stop(): void;
  start(): void;
  remove(): void;
}

/** initdb + pg_ctl start in `dir`, on `port`; the `postgres` database, trust auth on 127.0.0.1 only. */
export async function startOwnPostgres(dir: string, port: number): Promise<OwnPostgres> {
  const data = path.join(dir, 'pg');
  mkdirSync(data, { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    chownSync(data, uid, gid);
  }
  run(pgBin('initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run(pgBin('pg_ctl'), ['-D', data, '-o', options, '-l', path.join(data, 'server.log'), '-w', 'start']);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    // fast: clients are cut off at once, as when a database server goes away
    stop: () => run(pgBin('pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    remove: () => {
      try {
        run(pgBin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    },
  };
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface OwnRedis {
  url: string;
  /** SIGTERM (Redis writes its AOF and exits), then the same server again on the same port and directory */
  restart(): Promise<number>;
  stop(): Promise<void>;
}

/** redis-server with AOF on (everysec) and noeviction, as compose.yaml runs it. */
export async function startOwnRedis(dir: string, port: number): Promise<OwnRedis> {
  const data = path.join(dir, 'redis');
  mkdirSync(data, { recursive: true });
  let child: ChildProcess;
  const url = `redis://127.0.0.1:${port}`;
  const launch = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', data, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
    await until('the bench Redis', async () => {
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        // still loading the AOF answers LOADING; ready once PING works
        return (await probe.ping()) === 'PONG';
      } finally {
        probe.disconnect();
      }
    }, 30_000, 100);
  };
  const halt = async () => {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return {
    url,
    async restart() {
      await halt();
      const down = Date.now();
      await sleep(1_000);
      await launch();
      return (Date.now() - down) / 1000;
    },
    stop: halt,
  };
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'quayside-faults-'));
  return { dir, remove: () => existsSync(dir) && rmSync(dir, { recursive: true, force: true }) };
}
