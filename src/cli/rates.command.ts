import type { Command } from 'commander';
import { withApp, readInputFile } from './runtime';

/** `crm rates set USD/CNY 7.10`, `crm rates import rates.csv`, `crm rates list`: the table quotes convert with (no internet needed). */
export function registerRatesCommand(program: Command) {
  const rates = program.command('rates').description('exchange rates used to convert quotes to the base currency');

  rates
    .command('set <pair> <rate>')
    .description('1 unit of the first currency = <rate> units of the second, e.g. USD/CNY 7.10')
    .action(async (pair: string, rate: string) => {
      await withApp(async (app) => {
        const saved = await app.services.rates.set(pair, rate, 'cli');
        process.stdout.write(`${saved.base}/${saved.quote} = ${saved.rate}\n`);
      });
    });

  rates
    .command('import <csv>')
    .description('a CSV with columns pair,rate (USD/CNY,7.10) or base,quote,rate; all rows or none')
    .action(async (file: string) => {
      const text = await readInputFile(file);
      if (text === null) return;
      await withApp(async (app) => {
        const rows = await app.services.rates.importCsv(text, 'cli');
        process.stdout.write(`imported ${rows.length} rate(s): ${rows.map((r) => `${r.base}/${r.quote}=${r.rate}`).join(', ')}\n`);
      });
    });

  rates
    .command('list')
    .description('the stored rates')
    .action(async () => {
      await withApp(async (app, config) => {
        process.stdout.write(`base currency: ${config.BASE_CURRENCY}\n`);
        for (const r of await app.services.rates.list()) process.stdout.write(`${r.base}/${r.quote}\t${r.rate}\t${r.updatedAt.toISOString()}\n`);
      });
    });
}
