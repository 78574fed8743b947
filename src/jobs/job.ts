import type { Job, JobsOptions } from 'bullmq';
import type { z } from 'zod';
import type { Logger } from '../logger';
import type { Services } from '../domain/services';

/** BullMQ's options with the id required: a re-add while the job waits is then a no-op (BullMQ is at-least-once). */
export type EnqueueOptions = JobsOptions & { jobId: string };

/** The queue a running job came from (same Redis, same prefix), for the follow-up jobs it queues. */
export interface EnqueuePort {
  add(name: string, data: unknown, opts: EnqueueOptions): Promise<void>;
  addBulk(jobs: readonly { name: string; data: unknown; opts: EnqueueOptions }[]): Promise<void>;
  /** Queues the job again unless one with its id is still on its way; a given-up (failed) one is replaced. True when queued. */
  requeueUnlessLive(name: string, data: unknown, opts: EnqueueOptions): Promise<boolean>;
  /**
   * Waits for the channel's next send slot, shared by every worker on this Redis (real time, not the business clock);
   * a slot more than `maxWaitMs` away is booked for the caller and its time returned instead of waited for.
   */
  throttleChannel(channel: string, perSecond: number, maxWaitMs?: number): Promise<'ready' | Date>;
}

export interface JobDeps {
  services: Services;
  logger: Logger;
  /** injected so time-dependent jobs are tested without sleeping */
  now: () => Date;
  /**
   * Present when the job runs from the queue; absent when it is run directly (`runNow`, the CLI, tests), where a job
   * does its follow-up work inline instead of queuing it.
   */
  enqueue?: EnqueuePort;
  /**
   * Present when the job runs from the queue: puts this very job back to wait `ms` (BullMQ's moveToDelayed, then
   * DelayedError) instead of queuing a copy, so a job that cannot go on yet does not multiply.
   */
  postpone?: (ms: number) => Promise<never>;
}

export type JobSchedule = { pattern: string; tz?: string } | { every: number };

/** One file per job: its name, the shape of its data, what it does, and when it repeats (if it does). */
export interface JobDefinition<Data = unknown> {
  name: string;
  dataSchema: z.ZodType<Data>;
  schedule?: JobSchedule;
  /** data for scheduled runs */
  scheduledData?: Data;
  handle(data: Data, deps: JobDeps, job: Job): Promise<unknown>;
}

export function defineJob<Data>(job: JobDefinition<Data>): JobDefinition<Data> {
  return job;
}
