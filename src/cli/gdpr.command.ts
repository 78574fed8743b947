import { writeFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { createJobScrubber } from '../jobs/job-scrub';
import { createRedis } from '../jobs/redis';
import { JOBS_QUEUE } from '../jobs/runner';
import { INBOUND_QUEUE } from '../jobs/inbound-queue';
import type { App } from '../app';
import { withApp } from './runtime';

async function actorFor(app: App, name?: string) {
  return name ? app.services.team.byName(name) : null;
}

export function registerGdprCommand(program: Command) {
  const gdpr = program.command('gdpr').description('data-subject requests: export or erase a contact\'s personal data');

  gdpr
    .command('export <contact>')
    .description('a JSON bundle of everything about a contact (#id, exact email or phone), with their communications')
    .option('--as <admin>', 'the admin handling the request (recorded in the audit log)')
    .option('--out <file>', 'write the bundle to a file (mode 600) instead of stdout')
    .action(async (ref: string, opts: { as?: string; out?: string }) => {
      await withApp(async (app) => {
        const bundle = await app.services.gdpr.export(await actorFor(app, opts.as), 'cli', ref);
        const json = `${JSON.stringify(bundle, null, 2)}\n`;
        if (opts.out) {
          writeFileSync(opts.out, json, { mode: 0o600 });
          process.stderr.write(`wrote ${bundle.contacts.length} contact(s) and ${bundle.communications.length} communication(s) to ${opts.out}\n`);
        } else process.stdout.write(json);
      });
    });

  gdpr
    .command('erase <contact>')
    .description('erase a contact\'s personal data everywhere (messages, chat accounts, outbox, queued jobs); keeps a tombstone')
    .option('--as <admin>', 'the admin handling the request (recorded in the audit log)')
    .option('--yes', 'do it (without it, only say what would be erased)')
    .action(async (ref: string, opts: { as?: string; yes?: boolean }) => {
      await withApp(async (app, config) => {
        const actor = await actorFor(app, opts.as);
        if (!opts.yes) {
          const subject = await app.services.gdpr.resolveSubject(ref);
          process.stdout.write(`would erase contact(s) ${subject.map((c) => `#${c.id} (customer #${c.customerId})`).join(', ')}; run again with --yes\n`);
          return;
        }
        const connection = createRedis(config.REDIS_URL);
        const queues = [JOBS_QUEUE, INBOUND_QUEUE].map((name) => new Queue(name, { connection, prefix: config.QUEUE_PREFIX }));
        try {
          const result = await app.services.gdpr.erase(actor, 'cli', ref, { jobs: createJobScrubber(queues) });
          process.stdout.write(
            `erased ${result.contacts} contact(s): ${result.communications} messages, ${result.mentions} mentions, ${result.identities} chat accounts, ` +
              `${result.outbox} outbox rows, ${result.sequences} sequences, ${result.jobs} queued jobs, ${result.auditDetails} search records; ` +
              `${result.tombstones} tombstone(s) kept\n`,
          );
        } finally {
          await Promise.all(queues.map((queue) => queue.close()));
          connection.disconnect();
        }
      });
    });
}
