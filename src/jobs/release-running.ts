import type { Job, Worker } from 'bullmq';
import type { Logger } from '../logger';

/** Jobs this process is running, with the lock token each was taken with. */
export type RunningJobs = Map<string, { job: Job; token: string }>;

/**
 * A bounded stop for a BullMQ worker: no new jobs, `graceMs` for the running ones to finish, then each one still
 * running is moved back to `wait` with its own lock token (so another process, or this one's next start, takes it at
 * once instead of after the 30 s stall check; not failed, not counted as an attempt) and the worker is closed without
 * waiting further. Every job is safe to run twice (dedupe keys), so a job that was half done is simply done again.
 */
export async function releaseRunning(worker: Worker, running: RunningJobs, graceMs: number, logger: Logger): Promise<void> {
  await worker.pause(true).catch(() => undefined);
  const deadline = Date.now() + graceMs;
  while (running.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  if (running.size === 0) {
    await worker.close();
    return;
  }
  const left = [...running.values()];
  running.clear();
  await Promise.all(
    left.map(({ job, token }) => job.moveToWait(token).catch((err: unknown) => logger.warn({ err, id: job.id }, 'could not hand a running job back'))),
  );
  logger.info({ released: left.length }, 'stop: running jobs handed back to the queue');
  await worker.close(true).catch((err: unknown) => logger.warn({ err }, 'worker force close failed'));
}
