import { Redis } from 'ioredis';
import { urlForLog } from '../logger';

/** A connection fit for BullMQ workers (blocking commands must never time out). */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: true });
}

/**
 * Says once that Redis went away and once that it is back (ioredis reconnects by itself; without a listener it
 * prints every failed attempt as an unhandled error). Queued work waits in Redis, or in the adapters' hand-over.
 */
export function watchRedis(redis: Redis, url: string, logger: { warn: (o: object, m: string) => void; info: (o: object, m: string) => void }): void {
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error, url: urlForLog(url) }, 'Redis is not reachable; retrying (queued work waits)');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ url: urlForLog(url) }, 'Redis is back');
  });
}

/** Connects and pings once, quickly; rejects with a plain message when Redis is not there. */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } finally {
    probe.disconnect();
  }
}
