import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { EnqueuePort } from './job';

/** States in which a job is still on its way: queuing it again would run it twice. */
const LIVE_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

/** The ioredis client the app handed BullMQ (createRedis), for our own small scripts on the same Redis. */
function redisOf(queue: Queue): Redis {
  const connection = queue.opts.connection as unknown as Redis;
  if (typeof connection?.eval !== 'function') throw new Error('the job queue was not given an ioredis connection');
  return connection;
}

// GCRA-style slot booking: each send takes the next free slot of its channel; shared by every worker. A slot further
// off than ARGV[3] ms is booked all the same, and its time comes back negated: the caller comes back for it then,
// instead of waiting in a job or asking again and again (a backlog of N rows asking every few seconds is N claims
// every few seconds, for one send a second).
const TAKE_SLOT = `
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local now = tonumber(ARGV[1])
local slot = math.max(now, nextFree)
redis.call('SET', KEYS[1], tostring(slot + tonumber(ARGV[2])), 'PX', math.ceil(slot - now + tonumber(ARGV[2])) + 60000)
if slot - now > tonumber(ARGV[3]) then return tostring(-slot) end
return tostring(slot)`;

/**
 * Books the channel's next send slot (a rate limit across all workers on this Redis; real time, not the business
 * clock) and waits for it, when it is at most `maxWaitMs` away: 'ready'. A later slot is booked for the caller and
 * its time returned, so a job does not hold its worker slot for a long wait; the caller keeps the time and sends then
 * (`waitForSlot`) without booking another.
 */
export async function throttleChannel(queue: Queue, channel: string, perSecond: number, maxWaitMs = Number.POSITIVE_INFINITY): Promise<'ready' | Date> {
  const client = redisOf(queue);
  const interval = 1000 / perSecond;
  const key = `${queue.opts.prefix ?? 'bull'}:ratelimit:${channel}`;
  const limit = Number.isFinite(maxWaitMs) ? String(maxWaitMs) : '1e15';
  const slot = Number(await client.eval(TAKE_SLOT, 1, key, String(Date.now()), String(interval), limit));
  if (slot < 0) return new Date(-slot);
  await waitForSlot(slot);
  return 'ready';
}

/** Waits until a booked slot's time (real time, ms); at once when it has passed. */
export async function waitForSlot(slot: number): Promise<void> {
  const wait = slot - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** The enqueue port of the job runner's own queue (jobs never reach BullMQ's protected `job.queue`). */
export function queueEnqueuePort(queue: Queue): EnqueuePort {
  return {
    async add(name, data, opts) {
      await queue.add(name, data, opts);
    },
    async addBulk(jobs) {
      await queue.addBulk([...jobs]);
    },
    async requeueUnlessLive(name, data, opts) {
      const existing = await queue.getJob(opts.jobId);
      if (existing) {
        if (LIVE_STATES.has(await existing.getState())) return false;
        await existing.remove();
      }
      await queue.add(name, data, opts);
      return true;
    },
    throttleChannel: (channel, perSecond, maxWaitMs) => throttleChannel(queue, channel, perSecond, maxWaitMs),
  };
}
