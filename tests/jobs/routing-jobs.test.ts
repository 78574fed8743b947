import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestDatabase, TEST_ENV, testQueuePrefix } from '../support/db';

const DAY = 86_400_000;
const now = new Date('2026-11-24T02:30:00Z');
let app: App;

beforeAll(async () => {
  const { url } = await createTestDatabase();
  const config = loadConfig({ ...TEST_ENV, DATABASE_URL: url, QUEUE_PREFIX: testQueuePrefix('routing-jobs'), REDIS_URL: inject('redisUrl') });
  app = await createApp({ config, logger: createLogger('silent'), adapters: [], withJobs: true, now: () => now });
  await app.start();
});
afterAll(async () => app.stop());

describe('routing jobs', () => {
  it('schedules the pool sweep, warnings, SLA check and weight refresh once, however often the app starts', async () => {
    await app.jobs!.start();
    const keys = (await app.jobs!.queue.getJobSchedulers()).map((s) => s.key);
    for (const name of ['pool-release', 'pool-warning', 'sla-check', 'weights-refresh']) expect(keys.filter((k) => k === name)).toHaveLength(1);
  });

  it('queues new leads through BullMQ when jobs run, with one job per customer', async () => {
    const customer = await app.database.prisma.customer.create({ data: { name: 'Queued Co', normalizedName: 'queued co' } });
    await app.services.leadQueue.enqueue({ customerId: customer.id, context: { via: 'test' } });
    await app.services.leadQueue.enqueue({ customerId: customer.id, context: { via: 'test' } });
    const job = await app.jobs!.queue.getJob(`assign-${customer.id}`);
    expect(job?.name).toBe('assign-lead');
  });

  it('runs the release sweep as a job, changing nothing the second time', async () => {
    const rep = await app.services.team.add({ name: 'ana', role: 'rep', locale: 'en' });
    await app.database.prisma.customer.create({
      data: { name: 'Old Lead', normalizedName: 'old lead', grade: 'C', ownerId: rep.id, ownedSince: new Date(now.getTime() - 20 * DAY) },
    });
    expect(await app.jobs!.runNow('pool-release', {})).toEqual({ released: 1 });
    expect(await app.jobs!.runNow('pool-release', {})).toEqual({ released: 0 });
  });

  it('refuses bad job data as a permanent failure', async () => {
    await expect(app.jobs!.runNow('assign-lead', { customerId: -1 })).rejects.toThrow(/bad data for assign-lead/);
    await expect(app.jobs!.runNow('pool-release', { batch: 0 })).rejects.toThrow(/bad data for pool-release/);
  });
});
