import path from 'node:path';
import type { Command } from 'commander';
import { RULES_FILE_MAX_BYTES } from '../domain/assignment/rules-file';
import { formatRules } from '../flows/format/routing.format';
import { withApp, readInputFile } from './runtime';

/** `crm rules import rules.yaml` (the file replaces every rule; a typo is reported by line and nothing changes), `crm rules list`. */
export function registerRulesCommand(program: Command) {
  const rules = program.command('rules').description('lead assignment rules: import from a YAML file, list');

  rules
    .command('import <file>')
    .description('replace the assignment rules (and define teams and weights) from a YAML file; all or nothing')
    .action(async (file: string) => {
      const text = await readInputFile(file, { maxBytes: RULES_FILE_MAX_BYTES });
      if (text === null) return;
      await withApp(async (app) => {
        const result = await app.services.assignmentRules.importFile(null, 'cli', path.basename(file), text);
        process.stdout.write(`imported ${result.rules} rules${result.teams ? ` and ${result.teams} teams` : ''} from ${file}\n`);
      });
    });

  rules
    .command('list')
    .description('print the rules in the order they are tried')
    .action(async () => {
      await withApp(async (app, config) => {
        process.stdout.write(`${formatRules(await app.services.assignmentRules.list(), config.DEFAULT_LOCALE)}\n`);
      });
    });
}
