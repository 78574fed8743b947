import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';

/** Jobs this process is running, with the lock token each was taken with. */
export type RunningJobs = Map<string, { job: Job; token: string }>;

/**
 * A bounded stop for a BullMQ worker: no new jobs, `graceMs` for the running ones to finish, then the worker is
 * closed without waiting further and every job still locked by it (running, or fetched and not yet started) is moved
 * back to `wait` with its own token, so the next start (or another process) takes it at once instead of after the
 * 30 s stall check; not failed, not counted as an attempt. Every job is safe to run twice (dedupe keys), so a job
 * that was half done is simply done again.
 */
export async function releaseRunning(worker: Worker, queue: Queue, running: RunningJobs, graceMs: number, logger: Logger): Promise<void> {
  await worker.pause(true).catch(() => undefined);
  const deadline = Date.now() + graceMs;
  while (running.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  await worker.close(running.size > 0).catch((err: unknown) => logger.warn({ err }, 'worker close failed'));
  running.clear();
  const released = await handBackLocked(worker, queue).catch((err: unknown) => {
    logger.warn({ err }, 'could not hand running jobs back; they run again after the stall check');
    return 0;
  });
  if (released) logger.info({ released }, 'stop: running jobs handed back to the queue');
}

/** Moves every active job whose lock this worker holds back to `wait`; returns how many. */
async function handBackLocked(worker: Worker, queue: Queue): Promise<number> {
  const redis = queue.opts.connection as unknown as Redis;
  if (typeof redis?.lrange !== 'function') return 0;
  let released = 0;
  for (const id of await redis.lrange(queue.keys.active, 0, -1)) {
    const token = await redis.get(`${queue.toKey(id)}:lock`);
    if (!token?.startsWith(`${worker.id}:`)) continue;
    const job = await queue.getJob(id);
    if (job && (await job.moveToWait(token).then(() => true, () => false))) released += 1;
  }
  return released;
}
