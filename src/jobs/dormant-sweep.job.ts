import { z } from 'zod';
import { defineJob } from './job';

/** Daily: customers with no communication for `days` become dormant (the wake-up sequences start from there). */
export const dormantSweepJob = defineJob({
  name: 'dormant-sweep',
  dataSchema: z.object({ days: z.number().int().positive().default(60) }),
  schedule: { pattern: '15 2 * * *' },
  scheduledData: { days: 60 },
  async handle(data, { services, now, logger }) {
    const changed = await services.customers.sweepDormant(now(), data.days);
    logger.info({ job: 'dormant-sweep', changed }, 'dormant sweep done');
    return { changed };
  },
});
