import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { JOBS_QUEUE } from '../../src/jobs/runner';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_DATA_ENCRYPTION_KEY, testQueuePrefix } from '../support/db';

const DAY = 86_400_000;
const now = new Date('2026-11-23T03:00:00Z');
let app: App;
let prefix: string;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  prefix = testQueuePrefix('dormant');
  const config = loadConfig({ DATABASE_URL: url, QUEUE_PREFIX: prefix, REDIS_URL: inject('redisUrl'), LOG_LEVEL: 'silent', DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY });
  app = await createApp({ config, logger: createLogger('silent'), adapters: [], withJobs: true, now: () => now });
  await app.start();
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await app.services.customers.create(alice, 'test', { name: 'Quiet Buyer Ltd', country: 'GB', details: [] });
  await app.services.customers.create(alice, 'test', { name: 'Busy Buyer Ltd', country: 'GB', details: [] });
  // Quiet Buyer last heard from 61 days ago; Busy Buyer yesterday
  const quiet = await app.services.customers.resolveVisible(alice, 'Quiet Buyer Ltd');
  await app.database.prisma.customer.update({ where: { id: quiet.id }, data: { lastContactAt: new Date(now.getTime() - 61 * DAY) } });
  const busy = await app.services.customers.resolveVisible(alice, 'Busy Buyer Ltd');
  await app.database.prisma.customer.update({ where: { id: busy.id }, data: { lastContactAt: new Date(now.getTime() - DAY) } });
});
afterAll(async () => app.stop());

describe('dormant sweep job', () => {
  it('is scheduled once, however often the app starts', async () => {
    await app.jobs!.start();
    const schedulers = await app.jobs!.queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.key === 'dormant-sweep')).toHaveLength(1);
    const redis = new Redis(inject('redisUrl'));
    expect((await redis.keys(`${prefix}:${JOBS_QUEUE}:*`)).length).toBeGreaterThan(0);
    redis.disconnect();
  });

  it('runs through the BullMQ worker, marks only the silent customer dormant, and changes nothing twice', async () => {
    const events = new QueueEvents(JOBS_QUEUE, { connection: { url: inject('redisUrl') }, prefix });
    await events.waitUntilReady();
    const job = await app.jobs!.add('dormant-sweep', { days: 60 });
    const result = await job.waitUntilFinished(events, 15_000);
    expect(result).toEqual({ changed: 1 });
    const again = await app.jobs!.runNow('dormant-sweep', { days: 60 });
    expect(again).toEqual({ changed: 0 });
    const statuses = await app.database.prisma.customer.findMany({ select: { name: true, status: true }, orderBy: { name: 'asc' } });
    expect(statuses).toEqual([
      { name: 'Busy Buyer Ltd', status: 'lead' },
      { name: 'Quiet Buyer Ltd', status: 'dormant' },
    ]);
    await events.close();
  });

  it('refuses bad job data as a permanent failure', async () => {
    await expect(app.jobs!.runNow('dormant-sweep', { days: -3 })).rejects.toThrow(/bad data for dormant-sweep/);
  });
});
