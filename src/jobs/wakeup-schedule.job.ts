import { z } from 'zod';
import { defineJob } from './job';
import { queueDeliveries } from './outbox-queue';

/** Every 15 minutes: enrols newly dormant customers and schedules the wake-up steps due within the horizon. */
export const wakeupScheduleJob = defineJob({
  name: 'wakeup-schedule',
  dataSchema: z.object({}).default({}),
  schedule: { every: 15 * 60_000 },
  scheduledData: {},
  async handle(_data, deps) {
    const report = await deps.services.wakeup.run(deps.now());
    const queued = await queueDeliveries(report.created, deps);
    return { enrolled: report.enrolled, planned: report.planned, skipped: report.skipped, queued };
  },
});
