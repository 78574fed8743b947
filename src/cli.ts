import { Command } from 'commander';
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
import { registerBackupCommands } from './cli/backup.command';

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
registerBackupCommands(program);

await program.parseAsync(process.argv);
