import { z } from 'zod';
import { defineJob } from './job';

/** Every 5 minutes: reminders and escalations for new leads nobody has answered (each sent once). */
export const slaCheckJob = defineJob({
  name: 'sla-check',
  dataSchema: z.object({}),
  schedule: { every: 5 * 60_000 },
  scheduledData: {},
  async handle(_data, { services, now }) {
    return services.sla.check(now());
  },
});
