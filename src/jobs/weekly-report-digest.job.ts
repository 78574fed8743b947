import { z } from 'zod';
import { defineJob } from './job';

/** Every 15 minutes; sends each manager last week's funnel and team report on Monday 09:00 their time (once a week). */
export const weeklyReportDigestJob = defineJob({
  name: 'weekly-report-digest',
  dataSchema: z.object({}).default({}),
  schedule: { every: 15 * 60_000 },
  scheduledData: {},
  handle: (_data, { services, now }) => services.weeklyDigest.sendDue(now()),
});
