import type { Command } from 'commander';
import { BackupError, restoreBackup, writeBackup, type BackupTarget } from '../domain/db/backup';
import { moveToPostgres } from '../domain/db/move-to-postgres';
import type { Config } from '../config';
import { configOrExit } from './runtime';

const targetOf = (config: Config): BackupTarget =>
  config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.DATA_DIR };

/** Runs one operation; a BackupError is the user's to fix: one line, exit 1. */
async function orExit(work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

const keyLine = (keyId: string | null) =>
  keyId
    ? `The contact data needs the key with id ${keyId} (DATA_ENCRYPTION_KEY, or DATA_DIR/data-encryption.key): it is NOT in the backup; keep it apart, and safe.`
    : 'No contact data is encrypted yet (the database was never started).';

export function registerBackupCommands(program: Command) {
  program
    .command('backup <file>')
    .description('back up the database (embedded: stop `crm start` first; PostgreSQL: through pg_dump) with a note of the key id')
    .action(async (file: string) => {
      const config = configOrExit();
      await orExit(async () => {
        const note = await writeBackup(targetOf(config), file);
        process.stdout.write(`Backed up the ${note.kind === 'pglite' ? 'embedded database' : 'PostgreSQL database'} to ${file} (last migration ${note.lastMigration ?? 'none'}).\n${keyLine(note.keyId)}\n`);
      });
    });

  program
    .command('restore <file>')
    .description('restore a backup into DATA_DIR (embedded; the current data is moved aside) or into an empty DATABASE_URL')
    .action(async (file: string) => {
      const config = configOrExit();
      await orExit(async () => {
        const { note, movedAside } = await restoreBackup(file, targetOf(config));
        if (movedAside) process.stdout.write(`The database that was there is kept in ${movedAside}.\n`);
        process.stdout.write(`Restored the backup of ${note.createdAt}. ${keyLine(note.keyId)}\n`);
      });
    });

  program
    .command('move-to-postgres <database-url>')
    .description('copy the embedded database (DATA_DIR) into an empty PostgreSQL database, migrations included; the embedded data is left as it is')
    .action(async (url: string) => {
      const config = configOrExit();
      await orExit(async () => {
        if (!/^postgres(ql)?:\/\//.test(url)) throw new BackupError(`not a PostgreSQL URL: ${url} (postgresql://user:password@host:5432/database)`);
        const report = await moveToPostgres(config.DATA_DIR, url);
        const wrong = report.tables.filter((t) => t.source !== t.target);
        for (const t of report.tables) process.stdout.write(`${t.table.padEnd(28)} ${String(t.source).padStart(9)} → ${String(t.target).padStart(9)}${t.source === t.target ? '' : '  MISMATCH'}\n`);
        if (wrong.length) throw new BackupError(`row counts differ in ${wrong.map((t) => t.table).join(', ')}: do not switch; the embedded data is unchanged`);
        const rows = report.tables.reduce((n, t) => n + t.target, 0);
        process.stdout.write(
          `Copied ${rows} rows in ${report.tables.length} tables and ${report.migrations.length} migrations; counts match.\n` +
            `Next: stop the embedded start, then start with DATABASE_URL=${url.replace(/:[^:@/]*@/, ':***@')} and DATA_ENCRYPTION_KEY set to the contents of ${config.DATA_DIR}/data-encryption.key.\n` +
            `${keyLine(report.keyId)}\n`,
        );
      });
    });
}
