import { z } from 'zod';
import { defineJob } from './job';

/** Daily: customers without a qualifying follow-up for their grade's N days go to the public pool (公海), in batches. */
export const poolReleaseJob = defineJob({
  name: 'pool-release',
  dataSchema: z.object({ batch: z.number().int().positive().max(200_000).optional() }),
  schedule: { pattern: '30 2 * * *' },
  scheduledData: {},
  async handle(data, { services, now, logger }) {
    const result = await services.pool.releaseDue(now(), { batch: data.batch });
    logger.info({ job: 'pool-release', ...result }, 'pool release done');
    return result;
  },
});
