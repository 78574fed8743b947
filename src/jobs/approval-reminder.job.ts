import { z } from 'zod';
import { defineJob } from './job';

/**
 * Every 15 minutes: pending approvals are reminded after 4 working hours of the approver's calendar and escalated
 * after a working day (thresholds in the approval rules). Each reminder/escalation is claimed by a row update first.
 */
export const approvalReminderJob = defineJob({
  name: 'approval-reminder',
  dataSchema: z.object({}).strict(),
  schedule: { every: 15 * 60_000 },
  scheduledData: {},
  async handle(_data, { services, now }) {
    return services.approvalReminders.run(now());
  },
});
