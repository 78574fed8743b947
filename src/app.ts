import { companyLetterhead, type Config } from './config';
import { openDatabase, type Database } from './domain/db/database';
import { refreshNameKeys } from './domain/dedupe/name-key-backfill';
import type { ChannelAdapter, DeliveryReport, InboundMessage } from './domain/channel-contract';
import { createServices, type Services } from './domain/services';
import { createOutboundRouter } from './adapters/outbound-router';
import { createInboundPipeline } from './flows';
import { jobs } from './jobs';
import { createRedis, watchRedis } from './jobs/redis';
import { createJobRunner, type JobRunner } from './jobs/runner';
import { attachLeadQueue } from './jobs/assign-lead.job';
import { attachBuyerMessageQueue } from './jobs/buyer-message.job';
import { attachOutboxDelivery } from './jobs/outbox-queue';
import { createInboundQueue, type InboundQueue } from './jobs/inbound-queue';
import type { Logger } from './logger';
import { describeChannelFailure } from './startup-error';
import { installConfiguredDataKey, preparePersonalData } from './domain/privacy/personal-data.setup';
import { createOutboundRelayClient, createOutboundRelayServer } from './adapters/outbound-relay';
import { relaySealer } from './jobs/sealed-payload';
import { roleParts, type ProcessRole } from './ops/roles';
import type { Metrics } from './ops/metrics';
import type { Redis } from 'ioredis';

export interface AppOptions {
  config: Config;
  logger: Logger;
  adapters: ChannelAdapter[];
  /** start the BullMQ workers and schedulers (the chat-only CLI does not) */
  withJobs?: boolean;
  /** with jobs: which part of Quayside this process runs (`crm start --role`); `all` by default */
  role?: ProcessRole;
  metrics?: Metrics;
  now?: () => Date;
  /** where one-line start-up problems go (a channel that could not start); default: the log */
  report?: (line: string) => void;
}

export interface App {
  database: Database;
  services: Services;
  jobs: JobRunner | null;
  /** the durable inbound queue adapters hand messages to (with jobs); null: adapters call the pipeline directly */
  inbound: InboundQueue | null;
  handleInbound: ReturnType<typeof createInboundPipeline>;
  /** the Redis connection (with jobs), for readiness probes */
  redis: Redis | null;
  /** channels whose adapter has started in this process */
  startedChannels(): string[];
  start(): Promise<void>;
  /** `drain`: first let what was already received be handled (the terminal's piped input ended), within 5 s */
  stop(options?: { drain?: boolean }): Promise<void>;
}

/** The longest `stop()` takes: the adapters, inbound, jobs and database budgets below, with room to spare. */
export const SHUTDOWN_BUDGET_MS = 10_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([work, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);
}

/** Wiring only: database, domain services, the inbound pipeline, jobs and adapters. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, adapters } = options;
  const dataKey = installConfiguredDataKey(config, logger);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const report = await database.migrate();
    if (report.applied.length) logger.info({ applied: report.applied }, 'migrations applied');
    await preparePersonalData(database.prisma, dataKey, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  // in the background: after new matching rules, a large table takes minutes to re-key (see refreshNameKeys)
  const stopKeyRefresh = new AbortController();
  const keyRefresh = refreshNameKeys(database.prisma, { signal: stopKeyRefresh.signal, pace: true })
    .then((rekeyed) => void (rekeyed && logger.info({ rekeyed }, 'duplicate-check name keys refreshed')))
    .catch((err) => void (stopKeyRefresh.signal.aborted || logger.warn({ err }, 'duplicate-check name keys not refreshed; the next start tries again')));

  const parts = roleParts(options.role ?? 'all');
  const metrics = options.metrics;
  const redis = options.withJobs ? createRedis(config.REDIS_URL) : null;
  if (redis) watchRedis(redis, config.REDIS_URL, logger);
  const channelRouter = createOutboundRouter(adapters);
  const router = metrics ? metrics.timingSends(channelRouter) : channelRouter;
  // a process without channels sends through the gateway; one with channels also sends for other processes' workers
  const relayClient = redis && parts.relaySends ? createOutboundRelayClient({ redis, prefix: config.QUEUE_PREFIX, logger, sealer: relaySealer }) : null;
  const relayServer = redis && parts.channels ? createOutboundRelayServer({ redis, prefix: config.QUEUE_PREFIX, logger, adapters, port: router, sealer: relaySealer }) : null;
  const startedChannels = new Set<string>();

  const services = createServices({
    db: database.prisma,
    outbound: relayClient ?? router,
    logger,
    now: options.now,
    settings: {
      defaultLocale: config.DEFAULT_LOCALE,
      defaultTimezone: config.DEFAULT_TIMEZONE,
      baseCurrency: config.BASE_CURRENCY,
      visibility: { repsSeeRegionUnowned: config.REPS_SEE_REGION_UNOWNED },
      company: companyLetterhead(config),
    },
  });
  const handleInbound = createInboundPipeline(services);
  // the pipeline asks what the message's channel can do (buyers or team?): a worker must know the gateway's channels
  const withKnownChannel = (handle: (m: InboundMessage) => Promise<void>) =>
    relayClient ? async (m: InboundMessage) => (await relayClient.knowChannel(m.channel), handle(m)) : handle;
  const jobRunner = redis
    ? createJobRunner({
        connection: redis,
        prefix: config.QUEUE_PREFIX,
        definitions: jobs,
        deps: { services, logger, now: options.now ?? (() => new Date()) },
        timezone: config.DEFAULT_TIMEZONE,
        concurrency: config.JOBS_CONCURRENCY,
      })
    : null;
  if (jobRunner) attachLeadQueue(services, jobRunner);
  if (jobRunner) attachBuyerMessageQueue(services, jobRunner);
  if (jobRunner) attachOutboxDelivery(services, jobRunner.queue, options.now ?? (() => new Date()));
  const inbound = redis
    ? createInboundQueue({
        connection: redis,
        prefix: config.QUEUE_PREFIX,
        logger,
        handle: withKnownChannel(createInboundPipeline(services, { redeliverable: true })),
      })
    : null;

  return {
    database,
    services,
    jobs: jobRunner,
    inbound,
    handleInbound,
    redis,
    startedChannels: () => [...startedChannels],
    async start() {
      await relayClient?.start();
      await jobRunner?.start({ schedulers: parts.schedulers, workers: parts.workers });
      if (parts.workers) await inbound?.start();
      await relayServer?.start();
      for (const queue of [jobRunner?.queue, inbound?.queue]) if (queue) metrics?.watchQueue(queue);
      for (const worker of [jobRunner?.worker, inbound?.worker, relayServer?.worker]) if (worker) metrics?.watchWorker(worker);
      if (!parts.channels) return;
      const onInbound = inbound ? inbound.enqueue : handleInbound;
      const onDelivery = async (report: DeliveryReport) => void (await services.outbox.recordDelivery(report));
      const report = options.report ?? ((line: string) => logger.error(line));
      for (const adapter of adapters) {
        try {
          await adapter.start(metrics ? metrics.countingInbound(onInbound) : onInbound, onDelivery);
          startedChannels.add(adapter.channel);
        } catch (error) {
          // one channel's problem (a refused token, a missing browser) is said once; the others keep running
          channelRouter.remove(adapter.channel);
          report(`${describeChannelFailure(adapter.channel, error)}. The ${adapter.channel} channel is off; the other channels keep running.`);
          await adapter.stop().catch(() => undefined);
        }
      }
    },
    /**
     * Bounded (≤ 10 s, see SHUTDOWN_BUDGET_MS): channels stop taking messages, running inbound messages and jobs get
     * a few seconds and are then handed back to their queues; everything queued stays in Redis for the next start.
     */
    async stop(stopOptions: { drain?: boolean } = {}) {
      // between two batches it ends, its version unrecorded; the next start goes on with it
      stopKeyRefresh.abort();
      if (stopOptions.drain && parts.workers) await inbound?.drain(5_000).catch(() => false);
      if (parts.channels) {
        await Promise.all(
          adapters.map((adapter) => withTimeout(adapter.stop(), 1_500).catch((err) => logger.warn({ err, channel: adapter.channel }, 'adapter stop failed'))),
        );
      }
      startedChannels.clear();
      await inbound?.stop(2_000).catch((err) => logger.warn({ err }, 'inbound stop failed'));
      await withTimeout(relayServer?.stop() ?? Promise.resolve(), 1_000).catch((err) => logger.warn({ err }, 'relay stop failed'));
      await jobRunner?.stop(3_000).catch((err) => logger.warn({ err }, 'job runner stop failed'));
      await withTimeout(relayClient?.stop() ?? Promise.resolve(), 500).catch((err) => logger.warn({ err }, 'relay stop failed'));
      redis?.disconnect();
      await withTimeout(keyRefresh, 500);
      await withTimeout(database.close(), 1_500).catch((err) => logger.warn({ err }, 'database close failed'));
    },
  };
}
