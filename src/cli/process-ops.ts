import type { App } from '../app';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { checkRedis, createRedis } from '../jobs/redis';
import { configuredAccounts, createGatewayLease, LeaseTakenError, type GatewayLease } from '../ops/gateway-lease';
import { createHealthServer, type ReadinessCheck } from '../ops/health-server';
import type { Metrics } from '../ops/metrics';
import { roleParts, type ProcessRole } from '../ops/roles';

/**
 * Takes the gateway lease for every configured channel account, or exits 1 with one line when another gateway holds
 * one. Returns null when this process runs no channel accounts (workers, schedulers, the terminal channel).
 */
export async function leaseChannelAccountsOrExit(config: Config, role: ProcessRole, logger: Logger, onLost: () => void): Promise<GatewayLease | null> {
  const accounts = configuredAccounts(config);
  if (!roleParts(role).channels || accounts.length === 0) return null;
  const redis = createRedis(config.REDIS_URL);
  redis.on('error', (err) => logger.warn({ err }, 'gateway lease: Redis error'));
  const lease = createGatewayLease({
    redis,
    prefix: config.QUEUE_PREFIX,
    accounts,
    ttlMs: config.GATEWAY_LEASE_TTL_MS,
    onLost(account) {
      logger.fatal({ channel: account.channel, account: account.accountHash }, 'gateway lease lost: another gateway may run this account; stopping');
      onLost();
    },
  });
  try {
    await lease.acquire();
  } catch (error) {
    redis.disconnect();
    if (!(error instanceof LeaseTakenError)) throw error;
    process.stderr.write(`Cannot start the gateway: ${error.message}.\n`);
    process.exit(1);
  }
  const release = lease.release.bind(lease);
  return Object.assign(lease, {
    async release() {
      await release();
      redis.disconnect();
    },
  });
}

/** What /readyz checks for this process: the database, Redis, and (with channels) each channel started and leased. */
export function readinessChecks(app: App, config: Config, role: ProcessRole, lease: GatewayLease | null, channels: string[]): Record<string, ReadinessCheck> {
  const checks: Record<string, ReadinessCheck> = {
    database: () => app.database.ping(),
    redis: () => checkRedis(config.REDIS_URL, 1_500),
  };
  if (!roleParts(role).channels) return checks;
  for (const channel of channels) {
    checks[`channel:${channel}`] = async () => {
      if (!app.startedChannels().includes(channel)) throw new Error('not started');
      // the terminal channel has no account to lease
      if (lease && channel !== 'terminal' && !lease.held().some((a) => a.channel === channel)) throw new Error('gateway lease not held');
    };
  }
  return checks;
}

/** Serves /healthz, /readyz and /metrics when HEALTH_PORT is set; returns how to stop it. */
export async function startHealthServer(config: Config, checks: Record<string, ReadinessCheck>, metrics: Metrics, logger: Logger) {
  if (config.HEALTH_PORT === undefined) return null;
  const server = createHealthServer({ port: config.HEALTH_PORT, host: config.HEALTH_HOST, checks, registry: metrics.registry });
  const port = await server.start();
  logger.info({ port }, 'health and metrics on /healthz, /readyz, /metrics');
  return server;
}
