import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestDatabase, testQueuePrefix, TEST_ENV } from '../support/db';
import { eventually } from '../support/eventually';
import { makeTelegramTextUpdate, startFakeTelegram, type FakeTelegram } from '../support/fake-telegram';

interface Running {
  child: ChildProcess;
  stderr: () => string;
  port: Promise<number>;
  exited: Promise<number | null>;
}

let env: Record<string, string>;
let telegram: FakeTelegram;
const running: Running[] = [];

/** `crm start --role …` as a real process; its health port comes from its (JSON) start-up log. */
function start(role: string, extra: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--role', role], {
    env: { ...process.env, ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  let resolvePort: (port: number) => void;
  const port = new Promise<number>((resolve) => (resolvePort = resolve));
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    const match = /"port":(\d+)[^\n]*health and metrics/.exec(err);
    if (match) resolvePort(Number(match[1]));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const run = { child, stderr: () => err, port, exited };
  running.push(run);
  return run;
}

async function get(port: number, path: string) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
}


beforeAll(async () => {
  telegram = await startFakeTelegram();
  const { url } = await createTestDatabase();
  env = {
    ...TEST_ENV,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    DATABASE_URL: url,
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: testQueuePrefix('roles-cli'),
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    HEALTH_PORT: '0',
    HEALTH_HOST: '127.0.0.1',
    DEFAULT_LOCALE: 'en',
  };
});

afterAll(async () => {
  for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  await telegram?.close();
});

describe('crm start --role with real processes', () => {
  it('a gateway and a worker: a Telegram message goes through both, each serves health and metrics, a second gateway is refused', async () => {
    const gateway = start('gateway');
    const worker = start('worker');
    const [gatewayPort, workerPort] = await Promise.all([gateway.port, worker.port]);

    expect(await get(gatewayPort, '/healthz')).toMatchObject({ status: 200 });
    const ready = await eventually(async () => {
      const r = await get(gatewayPort, '/readyz');
      return r.status === 200 && r;
    }, 60_000, 100);
    expect(JSON.parse(ready.text).checks).toEqual({ database: 'ok', redis: 'ok', 'channel:telegram': 'ok' });
    const workerReady = await eventually(async () => {
      const r = await get(workerPort, '/readyz');
      return r.status === 200 && r;
    }, 60_000, 100);
    expect(JSON.parse(workerReady.text).checks).toEqual({ database: 'ok', redis: 'ok' });

    // a buyer writes to the bot: the gateway queues it, the worker stores it as a message from a new lead
    telegram.push(makeTelegramTextUpdate({ fromId: 424242, text: 'Hello, we need 5000 LED panels, price FOB Ningbo?' }));
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    try {
      await eventually(async () => Number((await db.query(`SELECT count(*) AS n FROM communications WHERE channel = 'telegram'`)).rows[0].n) === 1, 60_000, 100);
    } finally {
      await db.end();
    }

    const gatewayMetrics = (await get(gatewayPort, '/metrics')).text;
    expect(gatewayMetrics).toMatch(/quayside_messages_in_total\{channel="telegram"\} 1/);
    expect(gatewayMetrics).toContain('# TYPE quayside_outbound_send_seconds histogram');
    const workerMetrics = (await get(workerPort, '/metrics')).text;
    for (const name of ['quayside_queue_jobs', 'quayside_queue_oldest_waiting_seconds', 'quayside_job_failures_total', 'quayside_job_retries_total',
      'quayside_lead_assignment_seconds', 'quayside_sla_breaches_total']) expect(workerMetrics).toContain(`# TYPE ${name}`);
    expect(workerMetrics).toMatch(/quayside_queue_jobs\{queue="inbound",state="waiting"\} 0/);

    const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--role', 'gateway'], {
      env: { ...process.env, ...env, HEALTH_PORT: '' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(/^Cannot start the gateway: another gateway \(.+\) already runs the telegram account [0-9a-f]{16}/);
    expect(second.stderr).not.toContain('TEST-TOKEN');

    gateway.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(await worker.exited).toBe(0);
  }, 180_000);

  it('refuses an unknown role, and a gateway without a chat channel, in one line (exit 2)', () => {
    const unknown = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--role', 'boss'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown role "boss": use one of gateway, worker, scheduler, all/);
    const bare = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--role', 'gateway'], {
      env: { ...process.env, ...env, TELEGRAM_BOT_TOKEN: '' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/The gateway needs a chat channel/);
  }, 120_000);
});
