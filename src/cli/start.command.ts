import { savedFilesDir } from '../domain/privacy/file-scrub';
import path from 'node:path';
import type { Command } from 'commander';
import { createApp } from '../app';
import { createConfiguredAdapters } from '../adapters';
import { createTerminalAdapter } from '../adapters/terminal.adapter';
import type { Config } from '../config';
import { DomainError } from '../domain/errors';
import type { ChannelAdapter } from '../domain/channel-contract';
import { checkRedis } from '../jobs/redis';
import type { Logger } from '../logger';
import { SHUTDOWN_BUDGET_MS, type App } from '../app';
import { defaultRouteLine, firstAdminLocale, firstStartLines } from './first-admin-locale';
import { cliLogger, configOrExit, defaultTerminalUser } from './runtime';
import { createMetrics } from '../ops/metrics';
import { processRoles, roleParts, type ProcessRole } from '../ops/roles';
import { configuredAccounts } from '../ops/gateway-lease';
import { leaseChannelAccountsOrExit, readinessChecks, startHealthServer } from './process-ops';

function terminalFor(config: Config, user: string) {
  return createTerminalAdapter({ user, fileDir: savedFilesDir(path.resolve(config.DATA_DIR)) });
}

/** First run on an empty database: the person at the keyboard becomes the admin, so the bot is usable at once. */
async function ensureTerminalMember(app: App, user: string, config: Config, logger: Logger): Promise<void> {
  try {
    await app.services.team.byName(user);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'MEMBER_NOT_FOUND') throw error;
    if ((await app.services.team.list()).length > 0) {
      process.stderr.write(`"${user}" is not a team member: the bot will refuse customer data. Add them with: npm run crm -- user add ${user} --role rep\n`);
      return;
    }
    const locale = firstAdminLocale(process.env, config.DEFAULT_LOCALE);
    await app.services.team.add({ name: user, role: 'admin', locale });
    logger.info({ user, locale }, 'first start: created the admin');
    process.stderr.write(firstStartLines(user, locale));
  }
}

async function runUntilDone(app: App, terminal: ReturnType<typeof createTerminalAdapter> | null, cleanup: () => Promise<void> = async () => undefined) {
  const stop = async () => {
    // the stop is bounded by its own budgets; this is the last resort if a library hangs anyway
    setTimeout(() => {
      process.stderr.write(`Stop took longer than ${SHUTDOWN_BUDGET_MS / 1000} s; exiting (queued work stays in Redis).\n`);
      process.exit(1);
    }, SHUTDOWN_BUDGET_MS).unref();
    await app.stop();
    await cleanup();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.start();
  if (terminal) {
    await terminal.finished;
    // the input ended (piped commands, Ctrl-D): answer what was typed before stopping
    await app.stop({ drain: true });
    await cleanup();
  }
}

function roleOrExit(value: string): ProcessRole {
  if ((processRoles as readonly string[]).includes(value)) return value as ProcessRole;
  process.stderr.write(`Unknown role "${value}": use one of ${processRoles.join(', ')}.\n`);
  process.exit(2);
}

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('start Quayside: every configured channel (the terminal when none is), jobs and schedulers')
    .option('--as <user>', 'terminal user when the terminal channel opens')
    .option('--role <role>', `what this process runs: gateway (channels), worker (jobs), scheduler, or all`, 'all')
    .action(async (opts: { as?: string; role: string }) => {
      const config = configOrExit();
      const role = roleOrExit(opts.role);
      const parts = roleParts(role);
      const noChannel = configuredAccounts(config).length === 0;
      if (role === 'gateway' && noChannel) {
        process.stderr.write('The gateway needs a chat channel (TELEGRAM_BOT_TOKEN, SLACK_BOT_TOKEN, WHATSAPP_ENABLED or EMAIL_SMTP_URL + EMAIL_IMAP_URL + EMAIL_FROM); the terminal channel runs with --role all.\n');
        process.exit(2);
      }
      const logger = cliLogger(config, { terminalChannel: parts.channels && noChannel });
      try {
        await checkRedis(config.REDIS_URL);
      } catch {
        process.stderr.write(
          `Redis is not reachable at ${config.REDIS_URL}: start it (e.g. "redis-server --daemonize yes") or set REDIS_URL.\n`,
        );
        process.exit(1);
      }
      // channels are made before the app; their alerts reach the admins once it exists
      let app: App | undefined;
      const lease = await leaseChannelAccountsOrExit(config, role, logger, () => {
        void (app?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
      });
      const onAlert = (channel: string, kind: 'auth_failure', detail: string) =>
        void app?.services.alertAdmins({ channel, kind, detail }).catch((err: unknown) => logger.error({ err, channel }, 'could not alert the admins'));
      // a one-click unsubscribe that comes before the app is ready is refused (503) and retried by the mail provider
      const optOutByToken = (token: string) => (app ? app.services.signals.optOutByToken(token, 'email') : Promise.reject(new Error('starting')));
      const adapters: ChannelAdapter[] = parts.channels ? await createConfiguredAdapters({ config, logger, onAlert, optOutByToken }) : [];
      const user = opts.as ?? defaultTerminalUser(config);
      const terminal = parts.channels && adapters.length === 0 ? terminalFor(config, user) : null;
      if (terminal) adapters.push(terminal);
      const metrics = createMetrics();
      app = await createApp({ config, logger, adapters, withJobs: true, role, metrics, report: (line) => process.stderr.write(`${line}\n`) });
      const health = await startHealthServer(config, readinessChecks(app, config, role, lease, adapters.map((a) => a.channel)), metrics, logger);
      if (role !== 'all') logger.info({ role, channels: adapters.map((a) => a.channel) }, 'started');
      if (terminal) await ensureTerminalMember(app, user, config, logger);
      // a fresh install routes from its first start: leads no rule matches go to the first admin (once; see default-route)
      const route = await app.services.ensureDefaultRoute('cli');
      if (route.status === 'created') {
        logger.info({ rule: route.rule, target: route.target }, 'first start: created the default routing rule');
        if (terminal) process.stderr.write(defaultRouteLine(route.target, firstAdminLocale(process.env, config.DEFAULT_LOCALE)));
      }
      if (terminal) {
        process.stderr.write(
          `Quayside on ${app.database.kind === 'pglite' ? `the embedded database (${config.DATA_DIR})` : 'PostgreSQL'}; terminal channel as "${user}". Type /help.\n`,
        );
      }
      await runUntilDone(app, terminal, async () => {
        await health?.stop();
        await lease?.release();
      });
    });

  program
    .command('chat')
    .description('chat with the bot in this terminal (reads piped stdin line by line)')
    .requiredOption('--as <user>', 'the team member typing')
    .action(async (opts: { as: string }) => {
      const config = configOrExit();
      const logger = cliLogger(config, { terminalChannel: true });
      const terminal = terminalFor(config, opts.as);
      const app = await createApp({ config, logger, adapters: [terminal] });
      await runUntilDone(app, terminal);
    });
}
