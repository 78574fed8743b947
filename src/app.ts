import type { Config } from './config';
import { openDatabase, type Database } from './domain/db/database';
import type { ChannelAdapter } from './domain/messages';
import { createServices, type Services } from './domain/services';
import { createOutboundRouter } from './adapters/outbound-router';
import { createInboundPipeline } from './flows';
import { jobs } from './jobs';
import { createRedis } from './jobs/redis';
import { createJobRunner, type JobRunner } from './jobs/runner';
import type { Logger } from './logger';

export interface AppOptions {
  config: Config;
  logger: Logger;
  adapters: ChannelAdapter[];
  /** start the BullMQ workers and schedulers (the chat-only CLI does not) */
  withJobs?: boolean;
  now?: () => Date;
}

export interface App {
  database: Database;
  services: Services;
  jobs: JobRunner | null;
  handleInbound: ReturnType<typeof createInboundPipeline>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Wiring only: database, domain services, the inbound pipeline, jobs and adapters. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, adapters } = options;
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const report = await database.migrate();
  if (report.applied.length) logger.info({ applied: report.applied }, 'migrations applied');

  const services = createServices({
    db: database.prisma,
    outbound: createOutboundRouter(adapters),
    logger,
    settings: {
      defaultLocale: config.DEFAULT_LOCALE,
      defaultTimezone: config.DEFAULT_TIMEZONE,
      baseCurrency: config.BASE_CURRENCY,
      visibility: { repsSeeRegionUnowned: config.REPS_SEE_REGION_UNOWNED },
    },
  });
  const handleInbound = createInboundPipeline(services);
  const redis = options.withJobs ? createRedis(config.REDIS_URL) : null;
  const jobRunner = redis
    ? createJobRunner({
        connection: redis,
        prefix: config.QUEUE_PREFIX,
        definitions: jobs,
        deps: { services, logger, now: options.now ?? (() => new Date()) },
        timezone: config.DEFAULT_TIMEZONE,
      })
    : null;

  return {
    database,
    services,
    jobs: jobRunner,
    handleInbound,
    async start() {
      await jobRunner?.start();
      for (const adapter of adapters) await adapter.start(handleInbound);
    },
    async stop() {
      for (const adapter of adapters) await adapter.stop().catch((err) => logger.warn({ err, channel: adapter.channel }, 'adapter stop failed'));
      await jobRunner?.stop();
      redis?.disconnect();
      await database.close();
    },
  };
}
