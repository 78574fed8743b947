import type { Job } from 'bullmq';
import type { z } from 'zod';
import type { Logger } from '../logger';
import type { Services } from '../domain/services';

export interface JobDeps {
  services: Services;
  logger: Logger;
  /** injected so time-dependent jobs are tested without sleeping */
  now: () => Date;
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
