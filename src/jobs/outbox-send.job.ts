import { z } from 'zod';
import { SendSlotLater } from '../domain/outbox/outbox.service';
import { defineJob } from './job';
import { OUTBOX_SEND, queueDeliveries } from './outbox-queue';

const rateCache = new Map<string, { perSecond: number; until: number }>();

/**
 * Deliveries one worker process runs at a time. A delivery waits for its channel's send rate and, on a cluster, for
 * the gateway's answer (Telegram takes 1 message/s per chat): a burst of notices to a dozen reps used to fill every
 * job slot with waiting sends, and lead assignment and the buyer-message reactions (same queue) waited behind them
 * (1,000 new leads: ~1 assigned per second). Past this many, a delivery gives its slot back and is queued again a
 * moment later, unclaimed (the same job, postponed).
 */
export const MAX_DELIVERIES_IN_FLIGHT = 16;
/** A send waits in its job for a rate-limit slot at most this long; a later slot sends the row back to the queue. */
export const MAX_SLOT_WAIT_MS = 2_000;
let inFlight = 0;
const busyDelayMs = () => 500 + Math.floor(Math.random() * 1_500);

/**
 * Delivers one outbox row (a wake-up message, nudge, digest or notice). Safe to run any number of times, on any
 * number of workers: only the claim winner sends. Deferred or failed rows are queued again for their new time.
 */
export const outboxSendJob = defineJob({
  name: OUTBOX_SEND,
  dataSchema: z.object({ id: z.number().int().positive() }),
  async handle(data, deps) {
    const queue = deps.enqueue;
    const throttle = queue
      ? async (channel: string) => {
          let rate = rateCache.get(channel);
          if (!rate || rate.until < Date.now()) {
            rate = { perSecond: await deps.services.outbox.sendsPerSecond(channel), until: Date.now() + 10_000 };
            rateCache.set(channel, rate);
          }
          const slot = await queue.throttleChannel(channel, rate.perSecond, MAX_SLOT_WAIT_MS);
          // far off: back to the queue for then, spread over the wait so a burst does not all come back at once
          if (slot !== 'ready') {
            const wait = slot.getTime() - Date.now();
            throw new SendSlotLater(wait + Math.floor(Math.random() * wait));
          }
        }
      : undefined;
    // this very job waits a moment (a copy queued instead would be one more job per busy pass, and the sweep's
    // own re-adds would each start another chain)
    if (deps.postpone && inFlight >= MAX_DELIVERIES_IN_FLIGHT) await deps.postpone(busyDelayMs());
    inFlight += 1;
    let result;
    try {
      result = await deps.services.outbox.deliver(data.id, { now: deps.now(), throttle });
      if (result.outcome === 'not_due' && result.dueAt.getTime() - deps.now().getTime() <= 10_000) {
        const wait = result.dueAt.getTime() - deps.now().getTime();
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
        result = await deps.services.outbox.deliver(data.id, { now: deps.now(), throttle });
      }
    } finally {
      inFlight -= 1;
    }
    if ((result.outcome === 'deferred' || result.outcome === 'retry') && queue) {
      await queueDeliveries([{ id: data.id, dueAt: result.dueAt }], deps);
    }
    // far from due (a skewed clock): left to the outbox sweep, which queues it again shortly before it is due
    return result;
  },
});
