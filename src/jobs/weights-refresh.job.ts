import { z } from 'zod';
import { defineJob } from './job';

/** Daily: teams whose manager chose conversion weights get them recomputed from the last 90 days. */
export const weightsRefreshJob = defineJob({
  name: 'weights-refresh',
  dataSchema: z.object({}),
  schedule: { pattern: '0 2 * * *' },
  scheduledData: {},
  async handle(_data, { services, now }) {
    return { teams: await services.weights.refreshConversionWeights(now()) };
  },
});
