import { Queue, type ConnectionOptions, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobDeps } from './job';
import type { Services } from '../domain/services';

export const OUTBOX_SEND = 'outbox-send';

type QueueOwner = { name?: string; opts?: { connection?: ConnectionOptions; prefix?: string } };
const queues = new Map<string, Queue>();

/**
 * The queue a running job came from, so a job can queue follow-up jobs on the same Redis and prefix.
 * BullMQ hands the handler a Job whose (protected) `queue` is the worker; JobDeps has no enqueue port yet
 * (see the report). Null when run directly (`runNow`), where callers deliver inline instead.
 */
export function queueOf(job: Job | undefined): Queue | null {
  const owner = (job as unknown as { queue?: QueueOwner } | undefined)?.queue;
  if (!owner?.name || !owner.opts?.connection) return null;
  const key = `${owner.opts.prefix ?? 'bull'}:${owner.name}`;
  let queue = queues.get(key);
  if (!queue) {
    queue = new Queue(owner.name, { connection: owner.opts.connection, prefix: owner.opts.prefix });
    queues.set(key, queue);
  }
  return queue;
}

/** The ioredis client the app handed BullMQ (createRedis), for our own small scripts on the same Redis. */
function redisOf(queue: Queue): Redis {
  const connection = queue.opts.connection as unknown as Redis;
  if (typeof connection?.eval !== 'function') throw new Error('the job queue was not given an ioredis connection');
  return connection;
}

/** Job id per (row, due time): a re-add while the job waits is a no-op, a rescheduled row gets a new job. */
export const deliveryJobId = (row: { id: number; dueAt: Date }) => `o${row.id}.${row.dueAt.getTime().toString(36)}`;

/**
 * Queues a delayed delivery job for each outbox row. Without a queue (direct runs), rows already due are
 * delivered at once; later ones are picked up by the outbox sweep.
 */
export async function queueDeliveries(job: Job | undefined, rows: { id: number; dueAt: Date }[], deps: JobDeps): Promise<number> {
  if (!rows.length) return 0;
  const queue = queueOf(job);
  const now = deps.now();
  if (!queue) {
    for (const row of rows) if (row.dueAt <= now) await deps.services.outbox.deliver(row.id, { now });
    return 0;
  }
  await addDeliveryJobs(queue, rows, now);
  return rows.length;
}

/** Notices written with outbox.notifyLater are delivered by outbox-send jobs on this queue (durable, rate-limited). */
export function attachOutboxDelivery(services: Services, queue: Queue, now: () => Date): void {
  services.outbox.attachDelivery((rows) => addDeliveryJobs(queue, rows, now()));
}

/** Adds the delayed delivery jobs in bulk (also used by the benchmark and to rebuild after a Redis loss). */
export async function addDeliveryJobs(queue: Queue, rows: { id: number; dueAt: Date }[], now: Date): Promise<void> {
  const chunk = 5000;
  for (let i = 0; i < rows.length; i += chunk) {
    await queue.addBulk(
      rows.slice(i, i + chunk).map((row) => ({
        name: OUTBOX_SEND,
        data: { id: row.id },
        opts: {
          jobId: deliveryJobId(row),
          delay: Math.max(0, row.dueAt.getTime() - now.getTime()),
          // retries are the outbox's business (a failed run leaves the row for the sweep); nothing kept in Redis
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }
}

// GCRA-style slot booking: each send takes the next free slot of its channel; shared by every worker.
const TAKE_SLOT = `
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local now = tonumber(ARGV[1])
local slot = math.max(now, nextFree)
redis.call('SET', KEYS[1], tostring(slot + tonumber(ARGV[2])), 'PX', math.ceil(slot - now + tonumber(ARGV[2])) + 60000)
return tostring(slot)`;

/** Waits for the channel's next send slot (rate limit across all workers on this Redis). Real time, not the business clock. */
export async function throttleChannel(queue: Queue, channel: string, perSecond: number): Promise<void> {
  const client = redisOf(queue);
  const interval = 1000 / perSecond;
  const key = `${queue.opts.prefix ?? 'bull'}:ratelimit:${channel}`;
  const slot = Number(await client.eval(TAKE_SLOT, 1, key, String(Date.now()), String(interval)));
  const wait = slot - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
