import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Command } from 'commander';
import { z } from 'zod';
import type { AuditLine } from '../domain/audit-trail/audit.service';
import { csvRow } from '../domain/export/spreadsheet-cells';
import { withApp } from './runtime';

const optionsSchema = z.object({
  as: z.string().min(1, '--as <admin> is required: the export is recorded under that name'),
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  out: z.string().optional(),
});

const CSV_COLUMNS: (keyof AuditLine)[] = ['id', 'at', 'actor', 'via', 'action', 'entityType', 'entityId', 'customerId', 'details'];

async function write(out: Writable, text: string) {
  if (!out.write(text)) await once(out, 'drain');
}

export function registerAuditCommand(program: Command) {
  const audit = program.command('audit').description('the audit log: who viewed, searched, exported, merged, erased, moved');
  audit
    .command('export')
    .description('export the audit log (admins) as JSON lines or CSV')
    .requiredOption('--as <admin>', 'the admin exporting (recorded in the log)')
    .option('--format <format>', 'jsonl | csv', 'jsonl')
    .option('--from <yyyy-mm-dd>', 'first day (UTC)')
    .option('--to <yyyy-mm-dd>', 'last day (UTC), inclusive')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (raw: unknown) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) {
        process.stderr.write(`${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n`);
        process.exitCode = 2;
        return;
      }
      const opts = parsed.data;
      await withApp(async (app) => {
        const actor = await app.services.team.byName(opts.as);
        const range = {
          from: opts.from ? new Date(`${opts.from}T00:00:00Z`) : undefined,
          to: opts.to ? new Date(new Date(`${opts.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
        };
        const out: Writable = opts.out ? createWriteStream(opts.out, { mode: 0o600 }) : process.stdout;
        let count = 0;
        if (opts.format === 'csv') await write(out, csvRow(CSV_COLUMNS));
        for await (const line of app.services.audit.export(actor, 'cli', range)) {
          await write(out, opts.format === 'csv' ? csvRow(CSV_COLUMNS.map((c) => line[c])) : `${JSON.stringify(line)}\n`);
          count++;
        }
        if (opts.out) {
          out.end();
          await once(out, 'finish');
          process.stderr.write(`wrote ${count} audit entries to ${opts.out}\n`);
        }
      });
    });
}
