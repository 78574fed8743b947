import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatRules } from '../flows/format/routing.format';
import { withApp } from './runtime';

/** `crm rules import rules.yaml` (the file replaces every rule; a typo is reported by line and nothing changes), `crm rules list`. */
export function registerRulesCommand(program: Command) {
  const rules = program.command('rules').description('lead assignment rules: import from a YAML file, list');

  rules
    .command('import <file>')
    .description('replace the assignment rules (and define teams and weights) from a YAML file; all or nothing')
    .action(async (file: string) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
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
