import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { capInboundText } from '../domain/inbox/text-cap';
import { z } from 'zod';
import type { InboundMessage } from '../domain/channel-contract';
import { parseAcrossVersions, type SameShape } from './wire-contract';
import type { Logger } from '../logger';
import { backoffDelay, type BackoffPolicy } from '../domain/retry-backoff';
import { createSerialLanes } from './serial-lanes';
import { openPayload, sealPayload } from './sealed-payload';
import { messageKey } from '../domain/crypto/personal-data-cipher';
import { releaseRunning, type RunningJobs } from './release-running';
import { STALL_DETECTION, STALL_TOLERANCE } from './runner';
import { inboundLoad } from './inbound-load';

export const INBOUND_QUEUE = 'inbound';

/** How long a stored message's job stays in Redis: enough for the platforms' own retries. */
export const INBOUND_COMPLETED_RETENTION_S = 600;

const attachmentSchema = z.object({
  kind: z.enum(['image', 'video', 'audio', 'voice', 'document', 'sticker', 'location', 'contact', 'other']),
  name: z.string().optional(),
  size: z.number().optional(),
  mimeType: z.string().optional(),
  caption: z.string().optional(),
  ref: z.string().optional(),
  durationSeconds: z.number().optional(),
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
  chatSeq: z.number().int().nonnegative().optional(),
  replyToExternalId: z.string().optional(),
  threadId: z.string().optional(),
  attachments: z.array(attachmentSchema).optional(),
  targetExternalId: z.string().optional(),
  action: z
    .object({ id: z.string(), value: z.string().optional(), text: z.string().optional(), triggerId: z.string().optional(), messageId: z.string().optional(), pressId: z.string().optional() })
    .optional(),
  isDirect: z.boolean().optional(),
  sessionId: z.string().optional(),
}).strict();

// a field added to InboundMessage must travel through the queue too: until it is added above, this does not compile
const inboundSchemaCarriesTheContract: SameShape<z.infer<typeof inboundJobSchema>, InboundMessage> = true;
void inboundSchemaCarriesTheContract;

/**
 * One job id per (channel, platform id). The platform id is keyed (it holds the chat id: a Telegram user id, a
 * WhatsApp number), since job ids are Redis key names and appear in BullMQ's event stream; hex only, so no ':'.
 */
export function inboundJobId(channel: string, externalId: string): string {
  return `${channel.replace(/[^a-z0-9_-]/gi, '_')}|${messageKey(externalId)}`;
}

/** 0.5 s, 1 s, 2 s … up to 30 s between attempts (10,000 of them: a database outage of any length is waited out). */
export const INBOUND_RETRY: BackoffPolicy = { initialMs: 500, maxMs: 30_000 };
export const inboundBackoff = (attemptsMade: number): number => backoffDelay(INBOUND_RETRY, attemptsMade);

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
      // kept as long as platform retries arrive (Slack: 3 retries within ~5 min; Telegram and WhatsApp redeliver only
      // what was not acknowledged, and we acknowledge once Redis has the job); later copies meet the database's unique
      // keys and receipts, so a longer memory only keeps (sealed) personal data around
      removeOnComplete: { age: INBOUND_COMPLETED_RETENTION_S, count: 50_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
  let worker: Worker | undefined;
  const running: RunningJobs = new Map();
  // a chat's jobs start in the order the worker took them, and each waits for the one before
  const inChatOrder = createSerialLanes<string>();

  async function process(job: Job, token?: string): Promise<void> {
    if (token) running.set(job.id!, { job, token });
    inboundLoad.started();
    try {
      await handle(job);
    } finally {
      running.delete(job.id!);
      inboundLoad.finished();
    }
  }

  async function handle(job: Job): Promise<void> {
    const parsed = parseAcrossVersions(inboundJobSchema, openPayload(INBOUND_QUEUE, job.id, job.data));
    if (!parsed.success) throw new UnrecoverableError(`bad inbound message: ${parsed.error.message}`);
    if (parsed.dropped.length) options.logger.warn({ fields: parsed.dropped }, 'inbound message from a newer version: stored without the fields this version does not know');
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
    async enqueue(received: InboundMessage): Promise<void> {
      // cut before Redis: a 10 MB message must not sit in the queue either
      const message = capInboundText(received);
      const jobId = inboundJobId(message.channel, message.externalId);
      // sender id, name, chat id and text are personal data: sealed before they reach Redis
      await queue.add('inbound', sealPayload(INBOUND_QUEUE, jobId, { ...message, occurredAt: message.occurredAt.toISOString() }), { jobId });
    },
    async start(): Promise<void> {
      worker = new Worker(INBOUND_QUEUE, process, {
        connection: options.connection,
        prefix: options.prefix,
        // many at once: the inbox stores messages that are running together with one statement, so more running
        // means bigger batches, not more round trips (a chat's messages still run one at a time)
        concurrency: options.concurrency ?? 64,
        // a restart or kill -9 mid-message must never park it as failed: storing it again is harmless
        maxStalledCount: STALL_TOLERANCE,
        ...STALL_DETECTION,
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
    /** Bounded: running messages get `graceMs` to finish, then go back to the queue; queued ones stay in Redis. */
    async stop(graceMs = 3_000): Promise<void> {
      if (worker) await releaseRunning(worker, queue, running, graceMs, options.logger);
      await queue.close();
    },
  };
}

export type InboundQueue = ReturnType<typeof createInboundQueue>;
