import { z } from 'zod';
import { defineJob } from './job';

/** Every 15 minutes: the follow-up SOP makes (and closes) tasks; keys make re-runs harmless. */
export const sopSweepJob = defineJob({
  name: 'sop-sweep',
  dataSchema: z.object({}).default({}),
  schedule: { every: 15 * 60_000 },
  scheduledData: {},
  handle: (_data, { services, now }) => services.followup.runSop(now()),
});
