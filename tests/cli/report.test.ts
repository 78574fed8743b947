import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENV } from '../support/db';

let env: Record<string, string>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-report-'));

function crm(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 90_000, input: '' });
}

beforeAll(async () => {
  const { url } = await createTestDatabase();
  env = { ...TEST_ENV, DATABASE_URL: url, DEFAULT_LOCALE: 'en' };
});

describe('crm report', () => {
  // one CLI start for the whole check: each costs seconds on a busy 2-core machine
  it('writes a report as XLSX with typed cells for the member given, and refuses an unknown kind', async () => {
    expect(crm(['user', 'add', 'wang', '--role', 'manager', '--locale', 'zh']).status).toBe(0);
    const out = path.join(dir, 'funnel.xlsx');
    const run = crm(['report', 'funnel', '30d', '--as', 'wang', '--format', 'xlsx', '--out', out]);
    expect(run.stderr).toContain(`wrote ${out}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('漏斗')!;
    expect(sheet.getCell('A1').value).toMatch(/^销售漏斗 · /);
    expect(sheet.getCell('B3').value).toBe(0);
    const bad = crm(['report', 'sales', '--as', 'wang']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('kind: one of funnel, channels, team, customers');
  }, 180_000);
});
