import type { Command } from 'commander';
import { seedDemo } from '../domain/demo/seed-demo';
import { withApp } from './runtime';

export function registerSeedDemoCommand(program: Command) {
  program
    .command('seed-demo')
    .description('load a small realistic demo: a manager, a director, four reps, 34 customers in 25 countries')
    .action(async () => {
      await withApp(async (app) => {
        const result = await seedDemo(app.database.prisma, app.services.team);
        process.stdout.write(
          result.skipped
            ? 'Demo data is already loaded.\n'
            : `Loaded ${result.members} team members and ${result.customers} customers. Try: npm run crm -- chat --as alice\n`,
        );
      });
    });
}
