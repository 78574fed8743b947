import Bottleneck from 'bottleneck';
import { z } from 'zod';
import { createMicroBatcher } from '../domain/micro-batcher';
import { HANDOFF_MEMORY_MS, type DomainEvents } from '../domain/events';
import type { Services } from '../domain/services';
import { defineJob } from './job';
import { createSerialLanes } from './serial-lanes';
import { giveWayDuringBursts } from './inbound-load';
import { JOBS_QUEUE, durableJobOptions, type JobRunner } from './runner';
import { sealPayload } from './sealed-payload';
import type { SameShape } from './wire-contract';

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
  confidence: z.record(z.string(), z.number().min(0).max(1)).optional(),
  occurredAt: z.coerce.date(),
  newLead: z.boolean(),
  awaitingOwner: z.boolean().optional(),
  attachmentKinds: z.array(z.string()).optional(),
}).strict();

// a field added to the 'buyer.message' event must travel through the queue too: until it is added above, this does not compile
const eventSchemaCarriesTheEvent: SameShape<z.infer<typeof buyerMessageEventSchema>, DomainEvents['buyer.message']> = true;
void eventSchemaCarriesTheEvent;

/**
 * Reactions running at once in this process, whatever the job worker's concurrency (many slots suit the short jobs;
 * each reaction is ~10 queries, some in a transaction): more would take the database pool and the CPU from the
 * inbound path. Eight keep up with ~200 messages/s; a longer burst waits in Redis, at a lower priority than other jobs.
 */
const REACTION_SLOTS = 8;
const reactionSlots = new Bottleneck({ maxConcurrent: REACTION_SLOTS });
/**
 * During a burst of inbound messages in this process the reactions run one at a time and catch up after: eight beside
 * a 1,000-message burst took most of the pool and a core from the commit path (it committed at ~180 msg/s with them,
 * ~800 without). Twelve being stored at once is already a burst: at 200 messages/s that is ~60 ms each, the commit
 * path short of CPU (a busy neighbour); giving way then took the p50 at 200/s from ~70 to ~45 ms (ingest bench).
 */
giveWayDuringBursts(reactionSlots, { slots: REACTION_SLOTS, burstAt: 12, calmAt: 3 });

// a customer's messages get their reactions one at a time, in the order the worker took them (as when they ran inline)
const inCustomerOrder = createSerialLanes<number>();

/**
 * What follows a stored buyer message, off the inbound path: the reactions to 'buyer.message' (signals, lead routing,
 * sequences), then the owner's notice. One job per communication (jobId), queued by the inbox after the row is
 * committed. Handlers' own failures are logged by the bus, a failed notice by the inbox: the job does not repeat them.
 */
export const buyerMessageJob = defineJob({
  name: 'buyer-message',
  dataSchema: buyerMessageEventSchema,
  async handle(data, { services }) {
    await inCustomerOrder(data.customerId, () => reactionSlots.schedule(() => services.inbox.handleStored(data)));
    return { communicationId: data.communicationId };
  },
});

export const buyerMessageJobId = (communicationId: number) => `buyer-message-${communicationId}`;

/** Queued once per stored message; a retried inbound job may hand the event on again and must meet this id. */
export const buyerMessageJobOptions = (communicationId: number) => ({
  jobId: buyerMessageJobId(communicationId),
  priority: 10,
  ...durableJobOptions,
  removeOnComplete: { age: HANDOFF_MEMORY_MS / 1000, count: 50_000 },
  removeOnFail: { age: 7 * 86_400 },
});

/** The event as it travels in a job's data (dates as ISO strings): the buyer's words and chat id, sealed before Redis. */
export const buyerMessageJobData = (event: DomainEvents['buyer.message']) =>
  sealPayload(JOBS_QUEUE, buyerMessageJobId(event.communicationId), { ...event, occurredAt: event.occurredAt.toISOString() });

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
        events.map((event) => ({ name: buyerMessageJob.name, data: buyerMessageJobData(event), opts: buyerMessageJobOptions(event.communicationId) })),
      );
      return events.map(() => undefined);
    },
  });
  services.events.routeThrough('buyer.message', (event) => batcher.add(event));
}
