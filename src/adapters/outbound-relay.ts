import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { SendOutcomeUnknownError, type ChannelAdapter, type ChannelCapabilities, type OutboundMessage, type OutboundPort, type SentMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';

/**
 * Sends between processes: a worker (no channel of its own) queues each send on `outbound`; the gateway, which holds
 * the channel accounts, sends it through its outbound router (so the platforms' rate limits and the single WhatsApp
 * session stay in one place) and hands the platform's answer back. The gateway also publishes what its channels can do.
 */
export const OUTBOUND_QUEUE = 'outbound';

const capabilitiesKey = (prefix: string) => `${prefix}:gateway:capabilities`;

type WireMessage = Omit<OutboundMessage, 'files'> & { files?: { name: string; mimeType: string; base64: string }[] };

const toWire = (m: OutboundMessage): WireMessage => ({
  ...m,
  files: m.files?.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.data.toString('base64') })),
});
const fromWire = (m: WireMessage): OutboundMessage => ({
  ...m,
  files: m.files?.map((f) => ({ name: f.name, mimeType: f.mimeType, data: Buffer.from(f.base64, 'base64') })),
});

const sentSchema = z.object({ externalIds: z.array(z.string()) });

/**
 * A send names its chat and carries the text; the platform's answer holds message ids that contain the chat id. Both
 * sit in Redis (the job, and the `completed` event its sender waits on), so the app seals both, bound to the job id
 * (given by the app: adapters know nothing of the cipher). Without one they travel as they are.
 */
export interface RelaySealer {
  seal(part: 'send' | 'result', jobId: string, data: unknown): unknown;
  open(part: 'send' | 'result', jobId: string, data: unknown): unknown;
}

const PLAIN: RelaySealer = { seal: (_part, _id, data) => data, open: (_part, _id, data) => data };

// BullMQ's reason for a job whose worker died while running it (with maxStalledCount 0: failed, not run again)
const STALLED = /stalled more than allowable limit/i;

export interface RelayClientOptions {
  redis: Redis;
  prefix: string;
  logger: Logger;
  /** how long a send may wait for the gateway before it fails (the caller's retry rules then apply) */
  timeoutMs?: number;
  sealer?: RelaySealer;
}

/** The outbound port of a process without channels: every send goes to the gateway over Redis. */
export function createOutboundRelayClient(options: RelayClientOptions): OutboundPort & {
  start(): Promise<void>;
  stop(): Promise<void>;
  knowChannel(channel: string): Promise<void>;
} {
  const queue = new Queue(OUTBOUND_QUEUE, {
    connection: options.redis,
    prefix: options.prefix,
    // a failed relay is the outbox's to retry (its row says so); the failed set keeps it only minutes, and not at once:
    // a send that fails before its sender starts waiting must still be there to say why (a removed job reads "Missing key")
    defaultJobOptions: { removeOnComplete: { age: 300 }, removeOnFail: { age: 300 } },
  });
  const eventsConnection = options.redis.duplicate();
  // said once by the main connection's watcher (watchRedis); unheard, ioredis prints every failed reconnect
  eventsConnection.on('error', () => undefined);
  const events = new QueueEvents(OUTBOUND_QUEUE, { connection: eventsConnection, prefix: options.prefix });
  // each send waiting for its answer listens for the queue closing: hundreds may wait at once (JOBS_CONCURRENCY)
  queue.setMaxListeners(0);
  let capabilities = new Map<string, ChannelCapabilities>();
  let refresh: NodeJS.Timeout | undefined;

  async function loadCapabilities() {
    const all = await options.redis.hgetall(capabilitiesKey(options.prefix));
    capabilities = new Map(Object.entries(all).map(([channel, json]) => [channel, JSON.parse(json) as ChannelCapabilities]));
  }

  return {
    capabilities: (channel) => capabilities.get(channel),
    /** Reloads what the gateways published when a message arrives from a channel not seen yet (a gateway started after us). */
    async knowChannel(channel: string) {
      if (!capabilities.has(channel)) await loadCapabilities();
    },
    async send(message: OutboundMessage): Promise<SentMessage> {
      const sealer = options.sealer ?? PLAIN;
      const jobId = randomUUID();
      const job = await queue.add('send', sealer.seal('send', jobId, toWire(message)), { jobId });
      try {
        const result: unknown = await job.waitUntilFinished(events, options.timeoutMs ?? 120_000);
        return sentSchema.parse(sealer.open('result', jobId, result));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // the gateway died mid-send: the platform may have the message
        if (STALLED.test(reason)) throw new SendOutcomeUnknownError(`relayed send: ${reason}`);
        if (/timed out/i.test(reason)) {
          // no answer in time: a send no gateway has taken yet is withdrawn (then it surely never happened and may be
          // retried); one a gateway holds (locked, so remove() refuses) may still reach the platform
          // a job already gone (failed as stalled and removed while its event was missed) is unknown too, not withdrawn
          const state = await job.getState().catch(() => 'unknown');
          const withdrawn = ['waiting', 'wait', 'delayed', 'prioritized'].includes(state) && (await job.remove().then(() => true, () => false));
          if (!withdrawn) throw new SendOutcomeUnknownError(`relayed send: ${reason}`);
        }
        throw error;
      }
    },
    async start() {
      await events.waitUntilReady();
      await loadCapabilities();
      if (capabilities.size === 0) options.logger.warn('no gateway has published its channels yet: sends wait until one runs');
      // a gateway started later (or with another channel) is seen within seconds
      refresh = setInterval(() => void loadCapabilities().catch(() => undefined), 5_000);
      refresh.unref();
    },
    async stop() {
      if (refresh) clearInterval(refresh);
      await events.close();
      await queue.close();
      eventsConnection.disconnect();
    },
  };
}

export interface RelayServerOptions {
  redis: Redis;
  prefix: string;
  logger: Logger;
  /** this process's channels (published for workers) and the router that sends through them */
  adapters: readonly ChannelAdapter[];
  port: OutboundPort;
  concurrency?: number;
  sealer?: RelaySealer;
}

/** The gateway's side: sends what workers queued, through the real channels. */
export function createOutboundRelayServer(options: RelayServerOptions) {
  let worker: Worker | undefined;
  return {
    get worker() {
      return worker;
    },
    async start() {
      const key = capabilitiesKey(options.prefix);
      for (const adapter of options.adapters) await options.redis.hset(key, adapter.channel, JSON.stringify(adapter.capabilities));
      const sealer = options.sealer ?? PLAIN;
      const send = async (jobId: string | undefined, data: unknown) => {
        const sent = await options.port.send(fromWire(sealer.open('send', jobId ?? '', data) as WireMessage));
        return jobId ? sealer.seal('result', jobId, sent) : sent;
      };
      worker = new Worker(OUTBOUND_QUEUE, (job) => send(job.id, job.data), {
        connection: options.redis,
        prefix: options.prefix,
        // the router spaces sends per chat and per channel; many run at once so one slow chat holds up no other
        concurrency: options.concurrency ?? 64,
        // a send whose gateway died (kill -9) may have reached the platform: never sent again by BullMQ behind the
        // outbox's back; it fails, and the worker's outbox applies its crash policy (at most once for nudges)
        maxStalledCount: 0,
        // the dead gateway's sends are failed (and the waiting workers told) within seconds of its lock lapsing
        stalledInterval: 5_000,
      });
      worker.on('failed', (job, err) => options.logger.warn({ err, channel: relayedChannel(sealer, job?.id, job?.data) }, 'relayed send failed'));
      worker.on('error', (err) => options.logger.error({ err }, 'outbound relay worker error'));
    },
    async stop() {
      await worker?.close();
    },
  };
}

function relayedChannel(sealer: RelaySealer, jobId: string | undefined, data: unknown): string | undefined {
  try {
    return (sealer.open('send', jobId ?? '', data) as WireMessage).channel;
  } catch {
    return undefined;
  }
}
