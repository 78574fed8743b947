import { z } from 'zod';
import { defineJob } from './job';

/** Every minute: a nudge for each task that fell due (once per due time; a snooze re-arms it). */
export const taskNudgeJob = defineJob({
  name: 'task-nudge',
  dataSchema: z.object({}).default({}),
  schedule: { every: 60_000 },
  scheduledData: {},
  handle: (_data, { services, now }) => services.followup.nudgeDue(now()),
});
