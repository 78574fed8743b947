import { Command } from 'commander';
import { registerMigrateCommand } from './cli/migrate.command';
import { registerSeedDemoCommand } from './cli/seed-demo.command';
import { registerStartCommand } from './cli/start.command';
import { registerUserCommand } from './cli/user.command';

const program = new Command('crm').description('Quayside: the chat-first CRM for export sales teams').showHelpAfterError();

// One line per command module.
registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommand(program);
registerSeedDemoCommand(program);

await program.parseAsync(process.argv);
