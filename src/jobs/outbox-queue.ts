import type { Queue } from 'bullmq';
import type { JobDeps } from './job';
import type { Services } from '../domain/services';

export const OUTBOX_SEND = 'outbox-send';

/** Job id per (row, due time): a re-add while the job waits is a no-op, a rescheduled row gets a new job. */
export const deliveryJobId = (row: { id: number; dueAt: Date }) => `o${row.id}.${row.dueAt.getTime().toString(36)}`;

/** A row to deliver at `dueAt`; `slot`: the channel send slot it already booked (real time, ms), sent in then. */
export type Delivery = { id: number; dueAt: Date; slot?: number };

/**
 * Queues a delayed delivery job for each outbox row. Without a queue (direct runs), rows already due are
 * delivered at once; later ones are picked up by the outbox sweep.
 */
export async function queueDeliveries(rows: Delivery[], deps: JobDeps): Promise<number> {
  if (!rows.length) return 0;
  const now = deps.now();
  if (!deps.enqueue) {
    for (const row of rows) if (row.dueAt <= now) await deps.services.outbox.deliver(row.id, { now });
    return 0;
  }
  for (let i = 0; i < rows.length; i += CHUNK) await deps.enqueue.addBulk(deliveryJobs(rows.slice(i, i + CHUNK), now));
  return rows.length;
}

/** Notices written with outbox.notifyLater are delivered by outbox-send jobs on this queue (durable, rate-limited). */
export function attachOutboxDelivery(services: Services, queue: Queue, now: () => Date): void {
  services.outbox.attachDelivery((rows) => addDeliveryJobs(queue, rows, now()));
}

const CHUNK = 5000;

/** One delayed outbox-send job per row, due at the row's time. */
function deliveryJobs(rows: Delivery[], now: Date) {
  return rows.map((row) => ({
    name: OUTBOX_SEND,
    data: row.slot === undefined ? { id: row.id } : { id: row.id, slot: row.slot },
    opts: {
      jobId: deliveryJobId(row),
      delay: Math.max(0, row.dueAt.getTime() - now.getTime()),
      // retries are the outbox's business (a failed run leaves the row for the sweep); nothing kept in Redis
      removeOnComplete: true,
      removeOnFail: true,
    },
  }));
}

/** Adds the delayed delivery jobs in bulk (also used by the benchmark and to rebuild after a Redis loss). */
export async function addDeliveryJobs(queue: Queue, rows: { id: number; dueAt: Date }[], now: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await queue.addBulk(deliveryJobs(rows.slice(i, i + CHUNK), now));
}
