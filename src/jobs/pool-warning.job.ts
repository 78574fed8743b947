import { z } from 'zod';
import { defineJob } from './job';

/** Daily, before the working day: owners hear which customers reach the pool in two days, with "I'm on it" buttons. */
export const poolWarningJob = defineJob({
  name: 'pool-warning',
  dataSchema: z.object({ batch: z.number().int().positive().max(200_000).optional() }),
  schedule: { pattern: '0 8 * * *' },
  scheduledData: {},
  async handle(data, { services, now, logger }) {
    const result = await services.pool.warnDue(now(), { batch: data.batch });
    logger.info({ job: 'pool-warning', ...result }, 'pool warnings sent');
    return result;
  },
});
