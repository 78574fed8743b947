import { z } from 'zod';
import { SendSlotLater } from '../domain/outbox/outbox.service';
import { defineJob } from './job';
import { waitForSlot } from './enqueue-port';
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
/**
 * A send waits in its job for a rate-limit slot at most this long; a later slot is booked and the row goes back to the
 * queue until then.
 */
export const MAX_SLOT_WAIT_MS = 2_000;
/**
 * A row sent back for a booked slot comes back this long before it: the claim and the checks before a send take a
 * moment, and a delayed job starts a little late on a busy machine. Coming back at the slot itself, a row went out
 * after it, next to one sent on time (7 sends in one second at 5/s).
 */
export const SLOT_LEAD_MS = 1_000;
let inFlight = 0;
const busyDelayMs = () => 500 + Math.floor(Math.random() * 1_500);

/**
 * Delivers one outbox row (a wake-up message, nudge, digest or notice). Safe to run any number of times, on any
 * number of workers: only the claim winner sends. Deferred or failed rows are queued again for their new time.
 */
export const outboxSendJob = defineJob({
  name: OUTBOX_SEND,
  dataSchema: z.object({ id: z.number().int().positive(), slot: z.number().int().positive().optional() }),
  async handle(data, deps) {
    const queue = deps.enqueue;
    // the slot this row booked on an earlier run; used once, and dropped when more than one send interval past
    let booked = data.slot;
    // set when this run sends the row back to the queue for its booked slot
    let deferredTo: number | undefined;
    const comeBackAt = (slot: number): never => {
      deferredTo = slot;
      throw new SendSlotLater(Math.max(0, slot - SLOT_LEAD_MS - Date.now()));
    };
    const rateOf = async (channel: string) => {
      let rate = rateCache.get(channel);
      if (!rate || rate.until < Date.now()) {
        rate = { perSecond: await deps.services.outbox.sendsPerSecond(channel), until: Date.now() + 10_000 };
        rateCache.set(channel, rate);
      }
      return rate.perSecond;
    };
    const throttle = queue
      ? async (channel: string) => {
          const perSecond = await rateOf(channel);
          const slot = booked;
          booked = undefined;
          // a booked slot more than one send interval past is dropped (the row came back late: a worker outage or a
          // stalled machine) and a new one booked, so rows held up together do not go out at once
          if (slot !== undefined && slot > Date.now() - 1000 / perSecond) {
            if (slot - Date.now() > MAX_SLOT_WAIT_MS) comeBackAt(slot);
            return waitForSlot(slot);
          }
          const next = await queue.throttleChannel(channel, perSecond, MAX_SLOT_WAIT_MS);
          // far off: booked, and back to the queue for then
          if (next !== 'ready') comeBackAt(next.getTime());
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
      const slot = result.outcome === 'deferred' ? deferredTo : undefined;
      await queueDeliveries([{ id: data.id, dueAt: result.dueAt, slot }], deps);
    }
    // far from due (a skewed clock): left to the outbox sweep, which queues it again shortly before it is due
    return result;
  },
});
