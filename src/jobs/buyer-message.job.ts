import { z } from 'zod';
import { createMicroBatcher } from '../domain/group-commit';
import type { DomainEvents } from '../domain/events';
import type { Services } from '../domain/services';
import { defineJob } from './job';
import type { JobRunner } from './runner';

/** 'buyer.message' as it travels through Redis (the date as an ISO string), checked again when it comes out. */
export const buyerMessageEventSchema = z.object({
  communicationId: z.number().int().positive(),
  customerId: z.number().int().positive(),
  contactId: z.number().int().positive().nullable(),
  channel: z.string().min(1),
  chatId: z.string(),
  text: z.string(),
  language: z.string().nullable(),
  intents: z.array(z.string()),
  occurredAt: z.coerce.date(),
  newLead: z.boolean(),
  awaitingOwner: z.boolean().optional(),
  attachmentKinds: z.array(z.string()).optional(),
});

/**
 * Reactions running at once in this process, whatever the job worker's concurrency (many slots suit the short jobs;
 * each reaction is ~10 queries, some in a transaction): more would take the database pool and the CPU from the
 * inbound path. Eight keep up with ~200 messages/s; a longer burst waits in Redis, at a lower priority than other jobs.
 */
const MAX_REACTIONS_AT_ONCE = 8;
let running = 0;
const waiting: (() => void)[] = [];
async function withReactionSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_REACTIONS_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    // the slot passes straight to the next waiter, or is given back
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

// a customer's messages get their reactions one at a time, in the order the worker took them (as when they ran inline)
const chains = new Map<number, Promise<unknown>>();
function inCustomerOrder<T>(customerId: number, work: () => Promise<T>): Promise<T> {
  const run = (chains.get(customerId) ?? Promise.resolve()).then(work, work);
  const tail = run.catch(() => undefined);
  chains.set(customerId, tail);
  void tail.then(() => {
    if (chains.get(customerId) === tail) chains.delete(customerId);
  });
  return run;
}

/**
 * What follows a stored buyer message, off the inbound path: the reactions to 'buyer.message' (signals, lead routing,
 * sequences), then the owner's notice. One job per communication (jobId), queued by the inbox after the row is
 * committed. Handlers' own failures are logged by the bus, a failed notice by the inbox: the job does not repeat them.
 */
export const buyerMessageJob = defineJob({
  name: 'buyer-message',
  dataSchema: buyerMessageEventSchema,
  async handle(data, { services }) {
    await inCustomerOrder(data.customerId, () => withReactionSlot(() => services.inbox.handleStored(data)));
    return { communicationId: data.communicationId };
  },
});

export const buyerMessageJobId = (communicationId: number) => `buyer-message-${communicationId}`;

/**
 * Sends handed-off 'buyer.message' events to the job queue instead of running them in the inbound worker; the events
 * of messages stored together are queued together (one addBulk). A lower priority than other jobs, so a burst of
 * buyer messages does not hold up sends and assignments queued behind it. Called once by the app when it runs jobs.
 */
export function attachBuyerMessageQueue(services: Services, runner: JobRunner): void {
  const batcher = createMicroBatcher<DomainEvents['buyer.message'], void>({
    maxSize: 500,
    async run(events) {
      await runner.queue.addBulk(
        events.map((event) => ({
          name: buyerMessageJob.name,
          data: { ...event, occurredAt: event.occurredAt.toISOString() },
          opts: {
            jobId: buyerMessageJobId(event.communicationId),
            priority: 10,
            attempts: 3,
            backoff: { type: 'exponential', delay: 1000 },
            // kept an hour: a retried inbound job hands the event on again and must meet this id (see the inbox)
            removeOnComplete: { age: 3600, count: 50_000 },
            removeOnFail: { age: 7 * 86_400 },
          },
        })),
      );
      return events.map(() => undefined);
    },
  });
  services.events.routeThrough('buyer.message', (event) => batcher.add(event));
}
