import type { Command } from 'commander';
import { openDatabase } from '../domain/db/database';
import { configOrExit } from './runtime';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('apply the committed database migrations (also done at every start)')
    .action(async () => {
      const config = configOrExit();
      const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
      try {
        const report = await database.migrate();
        process.stdout.write(
          `${database.kind}: ${report.applied.length} applied${report.applied.length ? ` (${report.applied.join(', ')})` : ''}, ${report.alreadyApplied.length} already applied\n`,
        );
      } finally {
        await database.close();
      }
    });
}
