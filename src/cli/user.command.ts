import { defaultRouteLine } from './first-admin-locale';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { ROLES } from '../domain/team/actor';
import { withApp } from './runtime';

const addOptions = z.object({
  role: z.enum(ROLES as [string, ...string[]]),
  region: z.string().optional(),
  product: z.string().optional(),
  locale: z.enum(['zh', 'en']).optional(),
  timezone: z.string().optional(),
  manager: z.string().optional(),
  displayName: z.string().optional(),
});

const csv = (value?: string) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function registerUserCommand(program: Command) {
  const user = program.command('user').description('team members: add, list, invite');

  user
    .command('add <name>')
    .description('create a team member')
    .addOption(new Option('--role <role>', 'rep | manager | director | admin').choices(ROLES as string[]).default('rep'))
    .option('--region <list>', 'regions or country codes, comma-separated (e.g. LATAM,US)')
    .option('--product <list>', 'product lines, comma-separated')
    .addOption(new Option('--locale <locale>', 'reply language').choices(['zh', 'en']))
    .option('--timezone <zone>', 'IANA time zone, e.g. Asia/Shanghai')
    .option('--manager <name>', 'their manager')
    .option('--display-name <name>', 'name shown to others')
    .action(async (name: string, raw: unknown) => {
      const opts = addOptions.parse(raw);
      await withApp(async (app, config) => {
        const actor = await app.services.team.add({
          name,
          displayName: opts.displayName,
          role: opts.role as (typeof ROLES)[number],
          regions: csv(opts.region),
          productLines: csv(opts.product),
          locale: opts.locale ?? config.DEFAULT_LOCALE,
          timezone: opts.timezone,
          manager: opts.manager,
        });
        process.stdout.write(`created ${actor.name} (#${actor.id}, ${actor.role}${actor.regions.length ? `, ${actor.regions.join(',')}` : ''})\n`);
        // the first admin of an install started without a terminal (a chat channel only) gets the default rule now
        const route = actor.role === 'admin' ? await app.services.ensureDefaultRoute('cli') : null;
        if (route?.status === 'created') process.stdout.write(defaultRouteLine(route.target, actor.locale));
      });
    });

  user
    .command('list')
    .description('list team members')
    .action(async () => {
      await withApp(async (app) => {
        for (const m of await app.services.team.list()) {
          process.stdout.write(`#${m.id}\t${m.name}\t${m.role}\t${m.regions.join(',') || '-'}\t${m.locale}\t${m.timezone}\n`);
        }
      });
    });

  user
    .command('offboard <name>')
    .description('a member leaves: move every customer, open task, opportunity and sequence to a colleague or the pool, unlink their chats')
    .requiredOption('--to <name|pool>', 'the colleague taking over, or "pool" for the public pool')
    .action(async (name: string, opts: { to: string }) => {
      await withApp(async (app) => {
        const r = await app.services.offboarding.offboard(name, opts.to);
        process.stdout.write(
          `${r.from} offboarded to ${r.to}: ${r.customers} customers, ${r.tasks} open tasks, ${r.opportunities} opportunities, ` +
            `${r.orders} orders in progress, ${r.sequences} sequences${r.reports ? `, ${r.reports} direct reports` : ''}; ${r.identities} chat accounts unlinked\n`,
        );
      });
    });

  user
    .command('invite <name>')
    .description('print a one-time code the member sends as /link <code> from a chat account')
    .action(async (name: string) => {
      await withApp(async (app) => {
        const { code, expiresAt } = await app.services.team.invite(name);
        process.stdout.write(`${code}\n(valid until ${expiresAt.toISOString()}; send "/link ${code}" to the bot)\n`);
      });
    });
}
