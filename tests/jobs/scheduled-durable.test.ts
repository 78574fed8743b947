import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../../src/app';
import { DURABLE_JOB_ATTEMPTS } from '../../src/domain/retry-backoff';
import { jobs } from '../../src/jobs';
import { testQueuePrefix } from '../support/db';
import { createAppWithAdapters, createFakeChannel, eventually } from '../support/channel-harness';

// A fault run with PostgreSQL down for 60 s left two scheduled runs (outbox-sweep, task-nudge) in BullMQ's failed set:
// scheduled jobs had one attempt. Every tick now retries on the durable schedule, like the jobs that follow a message.
let app: App;

beforeAll(async () => {
  app = await createAppWithAdapters([createFakeChannel('slack', { customerFacing: false })], { QUEUE_PREFIX: testQueuePrefix('scheduled-durable'), REDIS_URL: inject('redisUrl') }, { withJobs: true });
});
afterAll(async () => app?.stop());

describe('scheduled jobs outlast an outage', () => {
  it('each scheduled job\'s next run is queued with the durable attempts and backoff', async () => {
    const scheduled = jobs.filter((j) => j.schedule).map((j) => j.name);
    expect(scheduled.length).toBeGreaterThan(5);
    for (const name of scheduled) {
      const scheduler = await eventually(() => app.jobs!.queue.getJobScheduler(name), 10_000);
      expect(scheduler.template?.opts, name).toMatchObject({ attempts: DURABLE_JOB_ATTEMPTS, backoff: { type: 'durable' } });
    }
    // and a queued tick carries them
    const delayed = await app.jobs!.queue.getJobs(['delayed', 'waiting', 'active', 'completed'], 0, 200);
    const tick = delayed.find((job) => scheduled.includes(job.name));
    expect(tick?.opts.attempts).toBe(DURABLE_JOB_ATTEMPTS);
  });
});
