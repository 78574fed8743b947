import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { testQueuePrefix } from '../support/db';

/** What a light command must never load: every channel SDK, the document and chart renderers, BullMQ, Prisma. */
const HEAVY = [
  '/node_modules/telegraf/',
  '/node_modules/@slack/bolt/',
  '/node_modules/whatsapp-web.js/',
  '/node_modules/nodemailer/',
  '/node_modules/imapflow/',
  '/node_modules/mailparser/',
  '/node_modules/pdfkit/',
  '/node_modules/exceljs/',
  '/node_modules/chart.js/',
  '/node_modules/@napi-rs/canvas/',
  '/node_modules/bullmq/',
  '/node_modules/@prisma/client/',
  '/src/generated/prisma/',
];

/** Runs the CLI through tsx with the load recorder; returns its exit status, output and every module it loaded. */
function crmLoads(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const file = join(mkdtempSync(join(tmpdir(), 'crm-loads-')), 'loads.txt');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/support/record-loads.mjs', 'src/cli.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 120_000,
    env: { ...process.env, LOG_LEVEL: 'silent', RECORD_LOADS_FILE: file, ...env },
  });
  const loads = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => decodeURIComponent(line));
  return { run, loads };
}

const heavyIn = (loads: string[]) => HEAVY.filter((needle) => loads.some((url) => url.includes(needle)));

describe('crm loads only what the command uses', () => {
  it('`crm --help` lists every command and loads no SDK, renderer, queue or Prisma client', () => {
    const { run, loads } = crmLoads(['--help']);
    expect(run.status).toBe(0);
    for (const entry of COMMANDS) expect(run.stdout).toContain(entry.name);
    expect(loads.some((url) => url.endsWith('/src/cli.ts'))).toBe(true);
    expect(heavyIn(loads)).toEqual([]);
  });

  it('`crm classify` answers a line and loads none of them either', () => {
    const { run, loads } = crmLoads(['classify'], `${JSON.stringify({ text: 'price for 500 pcs FOB Shanghai?' })}\n`);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ language: 'en' });
    expect(loads.some((url) => url.endsWith('/src/cli/classify.command.ts'))).toBe(true);
    expect(heavyIn(loads)).toEqual([]);
  });

  it('the recorder sees heavy packages when a command does use them (`crm report --help` loads the workbook writer)', () => {
    const { run, loads } = crmLoads(['report', '--help']);
    expect(run.status).toBe(0);
    expect(heavyIn(loads)).toEqual(expect.arrayContaining(['/node_modules/exceljs/']));
  });

  it('`crm start` on the embedded default (terminal channel) loads no chat platform\'s SDK', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crm-start-loads-'));
    try {
      const noChannels = { TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false' };
      const { run, loads } = crmLoads(['start'], '/help\n', { ...noChannels, DATA_DIR: dataDir, DATABASE_URL: '', TERMINAL_USER: 'ana', QUEUE_PREFIX: testQueuePrefix('lazy-start') });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/\/help/);
      // the start did load the app (the queue and Prisma), so the recorder saw the heavy parts it uses
      expect(heavyIn(loads)).toEqual(expect.arrayContaining(['/node_modules/bullmq/']));
      // nor a renderer: charts, workbooks and PDFs load with the first report or quote
      expect(heavyIn(loads).filter((needle) => /telegraf|@slack|whatsapp-web|pdfkit|exceljs|chart\.js|canvas/.test(needle))).toEqual([]);
      // nor the romanisation tables and the date parser (~110 MB resident): they load with the first name or date that needs them
      expect(['/node_modules/to-jyutping/', '/node_modules/pinyin-pro/', '/node_modules/opencc-js/', '/node_modules/chrono-node/'].filter((needle) => loads.some((url) => url.includes(needle)))).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);

  it('each entry of the light table names and describes a command its module really registers', async () => {
    for (const entry of COMMANDS) {
      const program = new Command('crm');
      (await entry.load())(program);
      const real = program.commands.find((command) => command.name() === entry.name);
      expect(real?.description(), entry.name).toBe(entry.description);
      expect(new Help().subcommandTerm(real!), entry.name).toBe(entry.term);
    }
  }, 120_000);
});
