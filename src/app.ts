import { companyLetterhead, type Config } from './config';
import { openDatabase, type Database } from './domain/db/database';
import type { ChannelAdapter } from './domain/messages';
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

export interface AppOptions {
  config: Config;
  logger: Logger;
  adapters: ChannelAdapter[];
  /** start the BullMQ workers and schedulers (the chat-only CLI does not) */
  withJobs?: boolean;
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
  start(): Promise<void>;
  stop(): Promise<void>;
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

  const outbound = createOutboundRouter(adapters);
  const services = createServices({
    db: database.prisma,
    outbound,
    logger,
    settings: {
      defaultLocale: config.DEFAULT_LOCALE,
      defaultTimezone: config.DEFAULT_TIMEZONE,
      baseCurrency: config.BASE_CURRENCY,
      visibility: { repsSeeRegionUnowned: config.REPS_SEE_REGION_UNOWNED },
      company: companyLetterhead(config),
    },
  });
  const handleInbound = createInboundPipeline(services);
  const redis = options.withJobs ? createRedis(config.REDIS_URL) : null;
  if (redis) watchRedis(redis, config.REDIS_URL, logger);
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
        handle: createInboundPipeline(services, { redeliverable: true }),
      })
    : null;

  return {
    database,
    services,
    jobs: jobRunner,
    inbound,
    handleInbound,
    async start() {
      await jobRunner?.start();
      await inbound?.start();
      const report = options.report ?? ((line: string) => logger.error(line));
      for (const adapter of adapters) {
        try {
          await adapter.start(inbound ? inbound.enqueue : handleInbound);
        } catch (error) {
          // one channel's problem (a refused token, a missing browser) is said once; the others keep running
          outbound.remove(adapter.channel);
          report(`${describeChannelFailure(adapter.channel, error)}. The ${adapter.channel} channel is off; the other channels keep running.`);
          await adapter.stop().catch(() => undefined);
        }
      }
    },
    /**
     * Bounded (≤ 10 s, see SHUTDOWN_BUDGET_MS): channels stop taking messages, running inbound messages and jobs get
     * a few seconds and are then handed back to their queues; everything queued stays in Redis for the next start.
     */
    async stop() {
      await Promise.all(
        adapters.map((adapter) => withTimeout(adapter.stop(), 1_500).catch((err) => logger.warn({ err, channel: adapter.channel }, 'adapter stop failed'))),
      );
      await inbound?.stop(2_000).catch((err) => logger.warn({ err }, 'inbound stop failed'));
      await jobRunner?.stop(3_000).catch((err) => logger.warn({ err }, 'job runner stop failed'));
      redis?.disconnect();
      await withTimeout(database.close(), 1_500).catch((err) => logger.warn({ err }, 'database close failed'));
    },
  };
}
