import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_ENV, testQueuePrefix } from '../support/db';
import { createTestApp } from '../support/terminal-harness';

let env: Record<string, string>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-gdpr-cli-'));

function crm(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 90_000, input: '' });
}

beforeAll(async () => {
  const app = await createTestApp();
  await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['EU'], locale: 'en' });
  await app.services.customers.create(alice, 'test', { name: 'Lichthaus Berlin GmbH', country: 'DE', details: ['anna.schmidt@lichthaus.de'], contactName: 'Anna Schmidt' });
  await app.stop();
  env = { ...TEST_ENV, DATABASE_URL: app.databaseUrl, DEFAULT_LOCALE: 'en', REDIS_URL: inject('redisUrl'), QUEUE_PREFIX: testQueuePrefix('gdpr-cli'), DATA_DIR: dir };
}, 120_000);

describe('crm gdpr', () => {
  it('refuses export and erase without --as, so every request has an actor, and changes nothing', () => {
    const exported = crm(['gdpr', 'export', 'anna.schmidt@lichthaus.de']);
    expect(exported.status).not.toBe(0);
    expect(exported.stderr).toMatch(/--as <admin>/);
    expect(exported.stdout).not.toContain('anna.schmidt');
    const erased = crm(['gdpr', 'erase', 'anna.schmidt@lichthaus.de', '--yes']);
    expect(erased.status).not.toBe(0);
    expect(erased.stderr).toMatch(/--as <admin>/);
  }, 120_000);

  it('writes --out onto an existing, world-readable file and leaves it mode 600', () => {
    const file = path.join(dir, 'bundle.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o644);
    const result = crm(['gdpr', 'export', 'anna.schmidt@lichthaus.de', '--as', 'root', '--out', file]);
    expect(result.stderr).toContain('wrote 1 contact(s)');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).contacts[0].email).toBe('anna.schmidt@lichthaus.de');
  }, 120_000);
});
