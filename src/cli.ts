import { Command } from 'commander';
import { restrictNewFiles } from './domain/privacy/private-files';
import { StartupError } from './startup-error';
import { registerMigrateCommand } from './cli/migrate.command';
import { registerSeedDemoCommand } from './cli/seed-demo.command';
import { registerStartCommand } from './cli/start.command';
import { registerUserCommand } from './cli/user.command';
import { registerAuditCommand } from './cli/audit.command';
import { registerGdprCommand } from './cli/gdpr.command';
import { registerRatesCommand } from './cli/rates.command';
import { registerRulesCommand } from './cli/rules.command';
import { registerImportCommand } from './cli/import.command';
import { registerClassifyCommand } from './cli/classify.command';
import { registerReportCommand } from './cli/report.command';
import { isEmbeddedDatabaseError } from './domain/db/embedded-lock';
import { registerBackupCommands } from './cli/backup.command';

// everything Quayside writes (embedded database, saved files, exports) is readable by its own user only
restrictNewFiles();

const program = new Command('crm').description('Quayside: the chat-first CRM for export sales teams').showHelpAfterError();

// One line per command module.
registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommand(program);
registerSeedDemoCommand(program);
registerAuditCommand(program);
registerGdprCommand(program);
registerRatesCommand(program);
registerRulesCommand(program);
registerImportCommand(program);
registerClassifyCommand(program);
registerReportCommand(program);
registerBackupCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // a locked or damaged embedded database, or any start-up failure, is the user's to fix: one line, not a stack
  if (!isEmbeddedDatabaseError(error) && !(error instanceof StartupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
