import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { JobDefinition, JobDeps } from './job';

export const JOBS_QUEUE = 'jobs';

export interface JobRunnerOptions {
  connection: ConnectionOptions;
  prefix: string;
  definitions: readonly JobDefinition<any>[];
  deps: JobDeps;
  concurrency?: number;
  timezone?: string;
}

/**
 * One BullMQ queue and worker for domain jobs. Repeating jobs are registered with upsertJobScheduler,
 * so starting twice (or on several instances) keeps one schedule per job.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const byName = new Map(options.definitions.map((d) => [d.name, d]));
  const queue = new Queue(JOBS_QUEUE, { connection: options.connection, prefix: options.prefix });
  let worker: Worker | undefined;

  async function process(job: Job) {
    const definition = byName.get(job.name);
    if (!definition) throw new UnrecoverableError(`unknown job ${job.name}`);
    const parsed = definition.dataSchema.safeParse(job.data ?? {});
    if (!parsed.success) throw new UnrecoverableError(`bad data for ${job.name}: ${parsed.error.message}`);
    return definition.handle(parsed.data, options.deps, job);
  }

  return {
    queue,
    /** runs `process` directly: for the CLI and tests that want a job's effect now */
    runNow: (name: string, data: unknown = {}) => process({ name, data } as Job),
    /** the BullMQ worker once started with `workers` (for metrics) */
    get worker() {
      return worker;
    },
    /** `schedulers`: register the repeating jobs; `workers`: run jobs here. Both by default (one-process start). */
    async start(parts: { schedulers?: boolean; workers?: boolean } = {}) {
      for (const definition of parts.schedulers === false ? [] : options.definitions) {
        if (!definition.schedule) continue;
        const repeat = 'every' in definition.schedule
          ? { every: definition.schedule.every }
          : { pattern: definition.schedule.pattern, tz: definition.schedule.tz ?? options.timezone };
        await queue.upsertJobScheduler(definition.name, repeat, { name: definition.name, data: definition.scheduledData ?? {} });
      }
      if (parts.workers === false) return;
      worker = new Worker(JOBS_QUEUE, process, {
        connection: options.connection,
        prefix: options.prefix,
        concurrency: options.concurrency ?? 5,
      });
      worker.on('failed', (job, error) => options.deps.logger.error({ job: job?.name, id: job?.id, err: error }, 'job failed'));
    },
    async add(name: string, data: unknown, opts?: { jobId?: string; delay?: number }) {
      return queue.add(name, data, opts);
    },
    async stop() {
      await worker?.close();
      await queue.close();
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
