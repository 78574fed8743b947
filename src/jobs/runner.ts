import { DelayedError, Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { JobDefinition, JobDeps } from './job';
import { openPayload } from './sealed-payload';
import { DURABLE_JOB_ATTEMPTS, JOB_RETRY, backoffDelay } from '../domain/retry-backoff';
import { releaseRunning, type RunningJobs } from './release-running';
import { queueEnqueuePort } from './enqueue-port';
import { parseAcrossVersions } from './wire-contract';

export const JOBS_QUEUE = 'jobs';

/**
 * A job that follows a stored message: retried on the shared schedule (JOB_RETRY) until DURABLE_OUTAGE_MS of outage
 * have passed; past that the reaction sweep takes over. Nothing it could still do is left in `failed` for long.
 */
export const durableJobOptions = { attempts: DURABLE_JOB_ATTEMPTS, backoff: { type: 'durable' } } as const;

/**
 * How often a job may be found stalled (its worker restarted or was killed mid-run) and still be run again. BullMQ's
 * default, 1, turns the second restart during a job into a permanent failure; every job here is safe to run again.
 */
export const STALL_TOLERANCE = 1_000_000;

/**
 * How soon a job whose process died (kill -9, a lost machine) runs again elsewhere: its lock lapses after
 * lockDuration and the next stall check (every stalledInterval) hands it back. BullMQ's defaults (30 s + 30 s) left a
 * killed worker's messages waiting up to a minute; every job here may run twice, so a short lock costs little. Live
 * workers renew their locks every lockDuration / 2.
 */
export const STALL_DETECTION = { lockDuration: 15_000, stalledInterval: 5_000 } as const;

/** How long a stop waits for running jobs before handing them back to the queue (see stop()). */
export const JOBS_STOP_GRACE_MS = 4_000;

export interface JobRunnerOptions {
  connection: ConnectionOptions;
  prefix: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jobs differ in their payload type
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
  const running: RunningJobs = new Map();
  // jobs taken from the queue queue their follow-ups on it; run directly (runNow) they do that work inline
  const queuedDeps: JobDeps = { ...options.deps, enqueue: queueEnqueuePort(queue) };

  async function run(job: Job, token?: string) {
    if (!token) return process(job, queuedDeps);
    running.set(job.id!, { job, token });
    const postpone = async (ms: number): Promise<never> => {
      await job.moveToDelayed(Date.now() + ms, token);
      throw new DelayedError();
    };
    try {
      return await process(job, { ...queuedDeps, postpone });
    } finally {
      running.delete(job.id!);
    }
  }

  async function process(job: Job, deps: JobDeps) {
    const definition = byName.get(job.name);
    if (!definition) throw new UnrecoverableError(`unknown job ${job.name}`);
    const parsed = parseAcrossVersions(definition.dataSchema, openPayload(JOBS_QUEUE, job.id, job.data ?? {}) ?? {});
    if (!parsed.success) throw new UnrecoverableError(`bad data for ${job.name}: ${parsed.error.message}`);
    if (parsed.dropped.length) deps.logger.warn({ job: job.name, fields: parsed.dropped }, 'job from a newer version: run without the fields this version does not know');
    return definition.handle(parsed.data, deps, job);
  }

  return {
    queue,
    /** runs `process` directly: for the CLI and tests that want a job's effect now */
    runNow: (name: string, data: unknown = {}) => process({ name, data } as Job, options.deps),
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
        // a run that meets an outage retries on the durable schedule like any job, rather than ending in `failed`
        // (the next tick would redo its work, but a failed set must mean something is wrong)
        await queue.upsertJobScheduler(definition.name, repeat, { name: definition.name, data: definition.scheduledData ?? {}, opts: durableJobOptions });
      }
      if (parts.workers === false) return;
      worker = new Worker(JOBS_QUEUE, run, {
        connection: options.connection,
        prefix: options.prefix,
        concurrency: options.concurrency ?? 5,
        maxStalledCount: STALL_TOLERANCE,
        ...STALL_DETECTION,
        settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(JOB_RETRY, attemptsMade) },
      });
      worker.on('error', (error) => options.deps.logger.warn({ err: error }, 'job worker error (Redis?); retrying'));
      worker.on('failed', (job, error) => options.deps.logger.error({ job: job?.name, id: job?.id, err: error }, 'job failed'));
    },
    async add(name: string, data: unknown, opts?: { jobId?: string; delay?: number }) {
      return queue.add(name, data, opts);
    },
    /**
     * Stops taking jobs, lets the running ones finish for up to `graceMs`, then hands the rest back to the queue
     * (waiting, not failed, not counted as an attempt) so the next start runs them at once. Queued jobs stay in Redis.
     */
    async stop(graceMs = JOBS_STOP_GRACE_MS) {
      if (worker) await releaseRunning(worker, queue, running, graceMs, options.deps.logger);
      await queue.close();
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
