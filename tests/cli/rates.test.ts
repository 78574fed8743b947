import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENV } from '../support/db';

let env: Record<string, string>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-rates-'));

function crm(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000, input: '' });
}

async function rates(): Promise<string[]> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ pair: string }>(`SELECT base || '/' || quote || '=' || rate::text AS pair FROM currency_rates ORDER BY base, quote`);
  await client.end();
  return rows.map((r) => r.pair);
}

beforeAll(async () => {
  const { url } = await createTestDatabase();
  env = { ...TEST_ENV, DATABASE_URL: url, DEFAULT_LOCALE: 'en' };
});

describe('crm rates', () => {
  it('sets a rate and imports a CSV', async () => {
    const set = crm(['rates', 'set', 'USD/CNY', '7.10']);
    expect(set.stdout).toBe('USD/CNY = 7.1\n');
    const file = path.join(dir, 'rates.csv');
    writeFileSync(file, '\uFEFFpair,rate\nEUR/USD,1.08\nUSD/CNY,7.12\n');
    const imported = crm(['rates', 'import', file]);
    expect(imported.stdout).toBe('imported 2 rate(s): EUR/USD=1.08, USD/CNY=7.12\n');
    expect(await rates()).toEqual(['EUR/USD=1.08000000', 'USD/CNY=7.12000000']);
  }, 120_000);

  // each run starts the whole CLI (several seconds on a busy 2-core machine): bad single rates are covered in the unit tests
  it('refuses a CSV with one bad row, naming it, and changes nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'base,quote,rate\nGBP,USD,1.27\nJPY,USD,abc\n');
    const run = crm(['rates', 'import', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('row 3: JPY/USD abc');
    expect(await rates()).toEqual(['EUR/USD=1.08000000', 'USD/CNY=7.12000000']);
  }, 120_000);
});
