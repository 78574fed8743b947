import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quayside-lock-'));
const damagedDir = mkdtempSync(path.join(os.tmpdir(), 'quayside-damaged-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(damagedDir, { recursive: true, force: true });
});

const env = (dir: string) => ({ ...process.env, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en', DATA_DIR: dir, DATABASE_URL: '' });

function crm(args: string[], dir = dataDir) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: env(dir), encoding: 'utf8', timeout: 90_000, input: '' });
}

describe('the embedded database is one process at a time', () => {
  it('refuses a second process at once, naming the pid that holds it; the holder keeps working; its lock goes with it', async () => {
    // process 1: a chat session kept open, as `npm start` would be
    const holder = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'chat', '--as', 'alice'], { env: env(dataDir), stdio: ['pipe', 'pipe', 'pipe'] });
    let printed = '';
    holder.stdout.on('data', (c: Buffer) => (printed += c.toString()));
    const exited = new Promise<number | null>((resolve) => holder.on('exit', resolve));
    holder.stdin.write('/help\n');
    await eventually(() => printed, 90_000, 200).catch(() => undefined); // the expectation below names the failure
    expect(printed).not.toBe('');
    const lock = JSON.parse(readFileSync(path.join(dataDir, 'quayside.lock'), 'utf8')) as { pid: number; command: string };
    expect(lock.pid).toBe(holder.pid);
    expect(lock.command).toBe('crm chat --as alice');

    // process 2: refused, one line, nothing written
    const second = crm(['user', 'add', 'bob', '--role', 'rep']);
    expect(second.status).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toContain(`in use by process ${holder.pid} ("crm chat --as alice"`);
    expect(second.stderr).toContain('Stop that process first');

    holder.stdin.end();
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'quayside.lock'))).toBe(false);
  }, 240_000);

  it('takes over a stale lock whose process is gone, and keeps what was written', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path.join(dataDir, 'quayside.lock'), JSON.stringify({ pid: Number(gone.stdout), host: os.hostname(), command: 'crm start', since: '2026-12-01T09:00:00Z' }));
    const add = crm(['user', 'add', 'bob', '--role', 'rep']);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    const list = crm(['user', 'list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('bob');
    expect(existsSync(path.join(dataDir, 'quayside.lock'))).toBe(false);
  }, 240_000);

  it('reports a damaged database in one line with what to do, not pages of minified source', () => {
    cpSync(dataDir, damagedDir, { recursive: true });
    writeFileSync(path.join(damagedDir, 'pgdata', 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));
    const run = crm(['user', 'list'], damagedDir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot be opened .*damaged.*restore .* from a backup/);
    expect(run.stderr.length).toBeLessThan(600);
    expect(existsSync(path.join(damagedDir, 'quayside.lock'))).toBe(false);
  }, 120_000);
});
