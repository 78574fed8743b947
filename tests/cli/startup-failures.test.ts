import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTelegramAdapter } from '../../src/adapters/telegram.adapter';
import { chromiumMissing, findChromium } from '../../src/adapters/whatsapp.adapter';
import { createLogger } from '../../src/logger';
import { describeChannelFailure } from '../../src/startup-error';
import { TEST_ENV, createTestDatabase, databaseUrl, testQueuePrefix } from '../support/db';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram';

const cli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...TEST_ENV, ...env }, encoding: 'utf8', timeout: 120_000, input: '' });

let refusing: http.Server;
let telegram: FakeTelegram;
beforeAll(async () => {
  // a Bot API that refuses the token, as Telegram does
  refusing = http.createServer((_req, res) => res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' })));
  await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
  telegram = await startFakeTelegram();
});
afterAll(async () => {
  await new Promise((resolve) => refusing.close(resolve));
  await telegram.close();
});

describe('one clear line for every start-up failure', () => {
  it('a database that does not exist: one line naming it and how to create it, exit 1, no pg-protocol stack', () => {
    const run = cli(['migrate'], { DATABASE_URL: databaseUrl('quayside_missing_db_for_this_test') });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/The database "quayside_missing_db_for_this_test" does not exist on .*createdb/);
    expect(run.stderr).not.toMatch(/pg-protocol|at Parser/);
  }, 150_000);

  it('a refused bot token is said with the setting to check', async () => {
    const adapter = createTelegramAdapter({ token: '1:bad', apiRoot: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`, logger: createLogger('silent') });
    const error = await adapter.start(async () => undefined).then(() => null, (e: unknown) => e);
    expect(describeChannelFailure('telegram', error)).toMatch(/^telegram: the platform refused the credentials \(.*401.*\); check TELEGRAM_BOT_TOKEN$/);
  });

  it('finds Chromium where it is, and says what to install when it is not', () => {
    expect(findChromium('/opt/chrome', (f) => f === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium('/opt/missing', () => false)).toBeNull();
    expect(findChromium(undefined, (f) => f === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(chromiumMissing('/opt/missing')).toMatch(/CHROMIUM_PATH=\/opt\/missing does not exist.*apt-get install -y chromium.*CHROMIUM_PATH/);
  });

  it('WhatsApp without Chromium is reported once and Telegram keeps running', async () => {
    const { url } = await createTestDatabase();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
      env: {
        ...process.env, ...TEST_ENV, DATABASE_URL: url, REDIS_URL: inject('redisUrl'), QUEUE_PREFIX: testQueuePrefix('startup'),
        TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, WHATSAPP_ENABLED: 'true', CHROMIUM_PATH: '/nonexistent/chromium',
      },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    try {
      const deadline = Date.now() + 120_000;
      while (!telegram.calls.some((c) => c.method === 'deleteWebhook') || !stderr.includes('whatsapp')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`did not start: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000)); // no retries every few seconds
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^whatsapp: needs Chromium \(CHROMIUM_PATH=\/nonexistent\/chromium does not exist\): install it with "apt-get install -y chromium".*The whatsapp channel is off; the other channels keep running\.$/);
      expect(child.exitCode).toBeNull();
      // Telegram still takes buyers' messages: the bot is polling and stores what comes in
      telegram.push({ update_id: 9001, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 77, type: 'private' }, from: { id: 77, is_bot: false, first_name: 'Buyer' }, text: 'price for 300 pcs?' } });
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        while (Number((await db.query(`SELECT count(*) FROM communications WHERE channel = 'telegram'`)).rows[0].count) === 0) {
          if (Date.now() > deadline) throw new Error('telegram message not stored');
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      } finally {
        await db.end();
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 200_000);
});
