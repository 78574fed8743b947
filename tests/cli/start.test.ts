import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function crm(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    input: '',
  });
}

describe('crm start and config', () => {
  it('says in one line that Redis is unreachable and how to start it, exit 1', () => {
    const run = crm(['start'], { REDIS_URL: 'redis://127.0.0.1:1', DATA_DIR: '/tmp/quayside-never-created' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Redis is not reachable at redis:\/\/127\.0\.0\.1:1: start it .*redis-server/);
  });

  it('lists every invalid setting at once and exits 2', () => {
    const run = crm(['migrate'], { REDIS_URL: 'not a url', DATABASE_URL: 'mysql://x', DEFAULT_LOCALE: 'fr' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain('REDIS_URL');
    expect(run.stderr).toContain('DATABASE_URL');
    expect(run.stderr).toContain('DEFAULT_LOCALE');
  });

  it('lists its commands', () => {
    const run = crm(['--help'], {});
    expect(run.status).toBe(0);
    for (const command of ['start', 'chat', 'migrate', 'user', 'seed-demo']) expect(run.stdout).toContain(command);
  });
});
