import type { Command } from 'commander';

/**
 * The light command table `crm --help` is built from: name, how it reads in the list, what it does. Nothing here
 * imports a command's code: each entry's `load` is a dynamic import run only when that command is the one invoked,
 * so `crm --help` or `crm classify` never loads a channel SDK, pdfkit, exceljs, chart.js, BullMQ or Prisma.
 * The `description` must stay the same text as the real command's (tests/cli/lazy-load.test.ts checks it).
 */
export interface CommandEntry {
  name: string;
  /** how the command reads in `crm --help`: name, `[options]` when it has any, its arguments */
  term: string;
  description: string;
  /** the module that registers the real command (options, arguments, action, help text) */
  load: () => Promise<(program: Command) => void>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'start',
    term: 'start [options]',
    description: 'start Quayside: every configured channel (the terminal when none is), jobs and schedulers',
    load: async () => (await import('./start.command')).registerStartCommand,
  },
  {
    name: 'chat',
    term: 'chat [options]',
    description: 'chat with the bot in this terminal (reads piped stdin line by line)',
    load: async () => (await import('./start.command')).registerStartCommand,
  },
  {
    name: 'migrate',
    term: 'migrate',
    description: 'apply the committed database migrations (also done at every start)',
    load: async () => (await import('./migrate.command')).registerMigrateCommand,
  },
  {
    name: 'user',
    term: 'user',
    description: 'team members: add, list, invite',
    load: async () => (await import('./user.command')).registerUserCommand,
  },
  {
    name: 'seed-demo',
    term: 'seed-demo',
    description: 'load a small realistic demo: a manager, a director, four reps, 34 customers in 25 countries',
    load: async () => (await import('./seed-demo.command')).registerSeedDemoCommand,
  },
  {
    name: 'audit',
    term: 'audit',
    description: 'the audit log: who viewed, searched, exported, merged, erased, moved',
    load: async () => (await import('./audit.command')).registerAuditCommand,
  },
  {
    name: 'gdpr',
    term: 'gdpr',
    description: "data-subject requests: export or erase a contact's personal data",
    load: async () => (await import('./gdpr.command')).registerGdprCommand,
  },
  {
    name: 'rates',
    term: 'rates',
    description: 'exchange rates used to convert quotes to the base currency',
    load: async () => (await import('./rates.command')).registerRatesCommand,
  },
  {
    name: 'rules',
    term: 'rules',
    description: 'lead assignment rules: import from a YAML file, list',
    load: async () => (await import('./rules.command')).registerRulesCommand,
  },
  {
    name: 'import',
    term: 'import [options] <file>',
    description: 'import customers from CSV/XLSX: good rows import, bad cells are warnings, duplicates are skipped',
    load: async () => (await import('./import.command')).registerImportCommand,
  },
  {
    name: 'classify',
    term: 'classify [options]',
    description: 'Detect language and trade intents of buyer messages (JSON Lines in, JSON Lines out)',
    load: async () => (await import('./classify.command')).registerClassifyCommand,
  },
  {
    name: 'report',
    term: 'report [options] <kind> [filters...]',
    description: 'a report as text, an XLSX workbook or the PNG chart, cut by what --as may see',
    load: async () => (await import('./report.command')).registerReportCommand,
  },
  {
    name: 'backup',
    term: 'backup <file>',
    description: 'back up the database (embedded: stop `crm start` first; PostgreSQL: through pg_dump) with a note of the key id',
    load: async () => (await import('./backup.command')).registerBackupCommands,
  },
  {
    name: 'restore',
    term: 'restore <file>',
    description: 'restore a backup into DATA_DIR (embedded; the current data is moved aside) or into an empty DATABASE_URL',
    load: async () => (await import('./backup.command')).registerBackupCommands,
  },
  {
    name: 'move-to-postgres',
    term: 'move-to-postgres <database-url>',
    description:
      'copy the embedded database (DATA_DIR) into an empty PostgreSQL database, migrations included; the embedded data is left as it is',
    load: async () => (await import('./backup.command')).registerBackupCommands,
  },
];
