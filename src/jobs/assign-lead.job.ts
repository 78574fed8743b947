import type { Services } from '../domain/services';
import { JOBS_QUEUE, durableJobOptions, type JobRunner } from './runner';
import { sealPayload } from './sealed-payload';
import { assignLeadJobSchema, type AssignLeadRequest } from '../domain/assignment/lead-queue';
import { defineJob } from './job';

/** Queued per new lead (jobId `assign-<customerId>`), so a burst is absorbed and any worker may take it. Safe to run twice. */
export const assignLeadJob = defineJob({
  name: 'assign-lead',
  dataSchema: assignLeadJobSchema,
  async handle(data, { services, now }) {
    const outcome = await services.routeLead(data, now());
    return outcome.status === 'assigned' ? { status: outcome.status, memberId: outcome.memberId, assignmentId: outcome.assignmentId } : outcome;
  },
});

/** The BullMQ job id of a lead's assignment: one queued assignment per customer at a time. */
export const assignLeadJobId = (customerId: number) => `assign-${customerId}`;

export const assignLeadJobOptions = (customerId: number) => ({
  jobId: assignLeadJobId(customerId),
  ...durableJobOptions,
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
});

/** A lead's request as it travels in a job's data: the inquiry's words ride along for the rules, sealed before Redis. */
export const assignLeadJobData = (request: AssignLeadRequest) => sealPayload(JOBS_QUEUE, assignLeadJobId(request.customerId), request);

/**
 * Sends new leads through the queue instead of assigning in process: a burst waits in Redis, any worker takes each,
 * and a failed assignment is retried. Called once by the app when it runs jobs.
 */
export function attachLeadQueue(services: Services, runner: JobRunner): void {
  services.leadQueue.attach(async (request) => {
    await runner.queue.add(assignLeadJob.name, assignLeadJobData(request), assignLeadJobOptions(request.customerId));
  });
}
