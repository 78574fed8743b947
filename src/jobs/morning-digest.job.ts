import { z } from 'zod';
import { defineJob } from './job';

/**
 * Every 15 minutes: reps whose local time has just passed 09:00 (their own zone, DST included) and who have
 * not had today's digest get it; once per rep per local date whatever the schedule does.
 */
export const morningDigestJob = defineJob({
  name: 'morning-digest',
  dataSchema: z.object({}).default({}),
  schedule: { every: 15 * 60_000 },
  scheduledData: {},
  handle: (_data, { services, now }) => services.followup.sendDigests(now()),
});
