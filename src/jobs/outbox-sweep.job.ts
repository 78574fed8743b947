import { z } from 'zod';
import { defineJob } from './job';
import { queueDeliveries } from './outbox-queue';

/**
 * Every minute: makes sure every outbox row due soon (or stuck with a crashed worker's expired lease) has a
 * queued job. The database is the source of truth, so after a Redis restart or flush nothing is lost: the
 * first sweep after start rebuilds the jobs (run with a long horizon to rebuild the whole day).
 */
export const outboxSweepJob = defineJob({
  name: 'outbox-sweep',
  dataSchema: z.object({ horizonMinutes: z.number().int().min(1).max(72 * 60).default(5) }),
  schedule: { every: 60_000 },
  scheduledData: { horizonMinutes: 5 },
  async handle(data, deps) {
    const rows = await deps.services.outbox.needingJobs(deps.now(), data.horizonMinutes * 60_000, 50_000);
    const queued = await queueDeliveries(rows, deps);
    return { found: rows.length, queued };
  },
});
