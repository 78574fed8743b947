import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { addDeliveryJobs } from '../../src/jobs/outbox-queue';
import { createLogger } from '../../src/logger';
import { TEST_ENV, createTestDatabase, testQueuePrefix } from '../support/db';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram';

let telegram: FakeTelegram;
let app: App;
let env: Record<string, string>;
let child: ChildProcess | undefined;

beforeAll(async () => {
  telegram = await startFakeTelegram();
  const { url } = await createTestDatabase();
  env = {
    ...TEST_ENV, DATABASE_URL: url, REDIS_URL: inject('redisUrl'), QUEUE_PREFIX: testQueuePrefix('shutdown'),
    TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, DEFAULT_LOCALE: 'en',
  };
  // this process only writes the work (no workers): 30 notices to a rep on Telegram, queued for delivery
  app = await createApp({ config: loadConfig(env), logger: createLogger('silent'), adapters: [], withJobs: true });
  const rep = await app.services.team.add({ name: 'rita', role: 'rep', locale: 'en' });
  const { code } = await app.services.team.invite('rita');
  await app.services.team.link(code, { channel: 'telegram', externalId: '4242', chatId: '4242' });
  const rows = await app.services.outbox.enqueue(
    Array.from({ length: 30 }, (_, i) => ({ dedupeKey: `stop:${i}`, channel: 'member', chatId: String(rep.id), memberId: rep.id, text: `notice ${i}`, dueAt: new Date(), payload: { kind: 'notice' as const } })),
  );
  await addDeliveryJobs(app.jobs!.queue, rows, new Date());
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await telegram?.close();
  await app?.stop();
});

describe('crm start stops within its bound', () => {
  it('SIGTERM mid-send: exits within 10 s, nothing failed, the unsent notices wait in Redis for the next start', async () => {
    telegram.holdSends(); // the Bot API hangs: a send is in flight, the rest wait for the chat's slot
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    const deadline = Date.now() + 90_000;
    while (!telegram.calls.some((c) => c.method === 'sendMessage')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no send started: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const stopping = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child!.once('exit', (c) => resolve(c)));
    const took = Date.now() - stopping;
    expect(took).toBeLessThan(10_000);
    expect(code).toBe(0);

    const counts = await app.jobs!.queue.getJobCounts('failed', 'active', 'wait', 'delayed', 'prioritized', 'completed');
    expect(counts.failed).toBe(0);
    expect(counts.active).toBe(0);
    const rows = await app.database.prisma.outbox.findMany({ where: { dedupeKey: { startsWith: 'stop:' } } });
    expect(rows.filter((r) => r.status === 'failed')).toHaveLength(0);
    // every notice not yet sent still has its job in Redis (queued, not lost); the one in flight is in the outbox's hands
    expect(counts.wait + counts.delayed + counts.prioritized).toBeGreaterThanOrEqual(rows.filter((r) => r.status === 'pending').length);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(0);
  }, 150_000);
});
