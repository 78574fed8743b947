import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { createJobScrubber } from '../jobs/job-scrub';
import { createRedis } from '../jobs/redis';
import { JOBS_QUEUE } from '../jobs/runner';
import { INBOUND_QUEUE } from '../jobs/inbound-queue';
import { createFileScrubber, savedFilesDir } from '../domain/privacy/file-scrub';
import type { App } from '../app';
import { withApp } from './runtime';

/** Every data-subject request has an admin behind it (the audit log names them): `--as` is required. */
function requireActorName(command: string, name?: string): name is string {
  if (name?.trim()) return true;
  process.stderr.write(`crm gdpr ${command} needs --as <admin>: the admin handling the request is recorded in the audit log\n`);
  process.exitCode = 2;
  return false;
}

async function actorFor(app: App, name: string) {
  return app.services.team.byName(name);
}

/** Writes the bundle readable by its owner only, also when the file already existed with a wider mode. */
function writePrivateFile(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  // `mode` applies only when the file is created: an existing file keeps its mode unless changed here
  chmodSync(file, 0o600);
}

export function registerGdprCommand(program: Command) {
  const gdpr = program.command('gdpr').description('data-subject requests: export or erase a contact\'s personal data');

  gdpr
    .command('export <contact>')
    .description('a JSON bundle of everything about a contact (#id, exact email or phone), with their communications')
    .requiredOption('--as <admin>', 'the admin handling the request (recorded in the audit log)')
    .option('--out <file>', 'write the bundle to a file (mode 600) instead of stdout')
    .action(async (ref: string, opts: { as?: string; out?: string }) => {
      if (!requireActorName('export', opts.as)) return;
      await withApp(async (app) => {
        const bundle = await app.services.gdpr.export(await actorFor(app, opts.as!), 'cli', ref);
        const json = `${JSON.stringify(bundle, null, 2)}\n`;
        if (opts.out) {
          writePrivateFile(opts.out, json);
          process.stderr.write(`wrote ${bundle.contacts.length} contact(s) and ${bundle.communications.length} communication(s) to ${opts.out}\n`);
        } else process.stdout.write(json);
      });
    });

  gdpr
    .command('erase <contact>')
    .description('erase a contact\'s personal data everywhere (messages, mentions, chat accounts, outbox, queued jobs, saved quote PDFs); keeps tombstones')
    .requiredOption('--as <admin>', 'the admin handling the request (recorded in the audit log)')
    .option('--yes', 'do it (without it, only say what would be erased)')
    .action(async (ref: string, opts: { as?: string; yes?: boolean }) => {
      if (!requireActorName('erase', opts.as)) return;
      await withApp(async (app, config) => {
        const actor = await actorFor(app, opts.as!);
        if (!opts.yes) {
          const subject = await app.services.gdpr.resolveSubject(ref);
          process.stdout.write(`would erase contact(s) ${subject.map((c) => `#${c.id} (customer #${c.customerId})`).join(', ')}; run again with --yes\n`);
          return;
        }
        const connection = createRedis(config.REDIS_URL);
        const queues = [JOBS_QUEUE, INBOUND_QUEUE].map((name) => new Queue(name, { connection, prefix: config.QUEUE_PREFIX }));
        try {
          const result = await app.services.gdpr.erase(actor, 'cli', ref, {
            jobs: createJobScrubber(queues),
            files: createFileScrubber(savedFilesDir(path.resolve(config.DATA_DIR))),
          });
          process.stdout.write(
            `erased ${result.contacts} contact(s): ${result.communications} messages, ${result.mentions} mentions, ${result.identities} chat accounts, ` +
              `${result.outbox} outbox rows, ${result.sequences} sequences, ${result.jobs} queued jobs, ${result.auditDetails} audit records, ` +
              `${result.files} saved file(s); ${result.tombstones} tombstone(s) kept\n`,
          );
        } finally {
          await Promise.all(queues.map((queue) => queue.close()));
          connection.disconnect();
        }
      });
    });
}
