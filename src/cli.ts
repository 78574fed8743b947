import { Command, Help } from 'commander';
import { restrictNewFiles } from './domain/crypto/private-files';
import { StartupError } from './startup-error';
import { isEmbeddedDatabaseError } from './domain/db/embedded-lock';
import { COMMANDS, type CommandEntry } from './cli/commands';

// everything Quayside writes (embedded database, saved files, exports) is readable by its own user only
restrictNewFiles();

const program = new Command('crm').description('Quayside: the chat-first CRM for export sales teams').showHelpAfterError();

/**
 * Only the command being run is loaded: its module is imported and registers the real command (options, arguments,
 * action, help text); every other command is a stub from the light table, there for `crm --help` and for commander's
 * "unknown command" suggestions. The command is the first word that is not an option (after `help`, the next one);
 * `crm` has no options of its own but `-h`.
 */
function invokedCommand(argv: string[]): CommandEntry | undefined {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.find((entry) => entry.name === name);
}

const invoked = invokedCommand(process.argv.slice(2));
const loaded = invoked ? await invoked.load() : undefined;
if (loaded) loaded(program);
// a stub has no options or arguments of its own: the list shows the real command's from the table
const stubTerms = new Map<Command, string>();
program.configureHelp({ subcommandTerm: (command) => stubTerms.get(command) ?? new Help().subcommandTerm(command) });
// One line per command: the table is in src/cli/commands.ts; a module may register several (start and chat).
for (const entry of COMMANDS) {
  if (program.commands.some((command) => command.name() === entry.name)) continue;
  stubTerms.set(program.command(entry.name).description(entry.description), entry.term);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // a locked or damaged embedded database, or any start-up failure, is the user's to fix: one line, not a stack
  if (!isEmbeddedDatabaseError(error) && !(error instanceof StartupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
