import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { z } from 'zod';
import type { InboundMessage } from '../domain/messages';
import type { Logger } from '../logger';
import { createSerialLanes } from './serial-lanes';

export const INBOUND_QUEUE = 'inbound';

const attachmentSchema = z.object({
  kind: z.enum(['image', 'video', 'audio', 'voice', 'document', 'sticker', 'location', 'contact', 'other']),
  name: z.string().optional(),
  size: z.number().optional(),
  mimeType: z.string().optional(),
  caption: z.string().optional(),
  ref: z.string().optional(),
});

/** An InboundMessage as it travels through Redis (dates as ISO strings), checked again when it comes out. */
export const inboundJobSchema = z.object({
  channel: z.string().min(1),
  externalId: z.string().min(1),
  kind: z.enum(['message', 'edit', 'delete', 'action']),
  senderId: z.string().min(1),
  senderName: z.string().optional(),
  chatId: z.string().min(1),
  text: z.string(),
  occurredAt: z.coerce.date(),
  replyToExternalId: z.string().optional(),
  threadId: z.string().optional(),
  attachments: z.array(attachmentSchema).optional(),
  targetExternalId: z.string().optional(),
  action: z.object({ id: z.string(), value: z.string().optional(), text: z.string().optional(), triggerId: z.string().optional() }).optional(),
  isDirect: z.boolean().optional(),
});

/** BullMQ job ids may not contain ':'; the id must still be one per (channel, platform id). */
export function inboundJobId(channel: string, externalId: string): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/:/g, '%3A');
  return `${escape(channel)}|${escape(externalId)}`;
}

/** Grows 0.5 s, 1 s, 2 s … up to 30 s between attempts: a database outage of any length is waited out. */
export function inboundBackoff(attemptsMade: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attemptsMade - 1));
}

export interface InboundQueueOptions {
  connection: ConnectionOptions;
  prefix: string;
  /** runs one message (the inbound pipeline); throws to have the message retried */
  handle(message: InboundMessage): Promise<void>;
  logger: Logger;
  concurrency?: number;
  /** attempts before a message is parked as failed; retries are spaced by `inboundBackoff` */
  attempts?: number;
}

/**
 * The durable inbound queue: adapters hand messages over here and answer the platform at once; a worker runs the
 * pipeline. One job per (channel, platform id), so a redelivered message while the first is still known to Redis is
 * not queued twice (the database's unique keys catch the later ones). Messages of one chat run one at a time, in order.
 */
export function createInboundQueue(options: InboundQueueOptions) {
  const queue = new Queue(INBOUND_QUEUE, {
    connection: options.connection,
    prefix: options.prefix,
    defaultJobOptions: {
      attempts: options.attempts ?? 10_000,
      backoff: { type: 'custom' },
      // kept an hour so platform retries (Slack: up to ~5 min, Telegram: until acknowledged) meet the same job id
      removeOnComplete: { age: 3600, count: 50_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
  let worker: Worker | undefined;
  // a chat's jobs start in the order the worker took them, and each waits for the one before
  const inChatOrder = createSerialLanes<string>();

  async function process(job: Job): Promise<void> {
    const parsed = inboundJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`bad inbound message: ${parsed.error.message}`);
    const message = parsed.data;
    await inChatOrder(`${message.channel}\u0000${message.chatId}`, () => options.handle(message));
  }

  return {
    queue,
    /** the BullMQ worker once started (for metrics) */
    get worker() {
      return worker;
    },
    /** Hands a message to the queue; resolves once Redis has it (the adapter may then acknowledge the platform). */
    async enqueue(message: InboundMessage): Promise<void> {
      await queue.add('inbound', { ...message, occurredAt: message.occurredAt.toISOString() }, {
        jobId: inboundJobId(message.channel, message.externalId),
      });
    },
    async start(): Promise<void> {
      worker = new Worker(INBOUND_QUEUE, process, {
        connection: options.connection,
        prefix: options.prefix,
        // many at once: the inbox stores messages that are running together with one statement, so more running
        // means bigger batches, not more round trips (a chat's messages still run one at a time)
        concurrency: options.concurrency ?? 64,
        settings: { backoffStrategy: (attemptsMade: number) => inboundBackoff(attemptsMade) },
      });
      worker.on('failed', (job, error) =>
        options.logger.warn({ id: job?.id, attempts: job?.attemptsMade, err: error }, 'inbound message not stored yet; will retry'),
      );
      worker.on('error', (error) => options.logger.error({ err: error }, 'inbound worker error'));
    },
    /** Waits (up to `timeoutMs`) until every queued message has run, e.g. before a graceful stop. */
    async drain(timeoutMs = 10_000): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
        if (counts.waiting + counts.active + counts.prioritized === 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    async stop(): Promise<void> {
      await worker?.close();
      await queue.close();
    },
  };
}

export type InboundQueue = ReturnType<typeof createInboundQueue>;
