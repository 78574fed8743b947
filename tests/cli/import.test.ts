import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { commitImport, planImport, summarize } from '../../src/domain/import/import.service';
import { readTable } from '../../src/domain/import/read-table';
import { TEST_DATA_ENCRYPTION_KEY } from '../support/db';
import { createTestApp } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-import-'));
let existingId: number;

beforeAll(async () => {
  app = await createTestApp();
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', regions: ['CN'], locale: 'en' });
  await app.services.team.add({ name: 'bob', role: 'rep', locale: 'en' });
  existingId = (await app.services.customers.create(alice, 'test', { name: 'Brightlux Lighting (Shenzhen) Co Ltd', country: 'CN', details: ['sales@brightlux.cn'] })).id;
});
afterAll(async () => app?.stop());

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function crm(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: app.databaseUrl, DATA_ENCRYPTION_KEY: TEST_DATA_ENCRYPTION_KEY, DEFAULT_LOCALE: 'en', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function json(args: string[]) {
  const run = crm([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { rows: Record<string, unknown>[]; summary: Record<string, unknown> };
}

const customerCount = () => app.database.prisma.customer.count();

/** The same domain code the command runs, without a process per case (the CLI itself is covered by the spawned cases). */
async function plan(name: string, content: string | Buffer) {
  const p = await planImport(app.database.prisma, await readTable(name, Buffer.from(content)));
  return { plan: p, rows: p.rows as unknown as Record<string, unknown>[], summary: summarize(p, 0, true) as unknown as Record<string, unknown> };
}

describe('crm import', { timeout: 180_000 }, () => {
  it('reads a BOM, semicolons, quoted newlines and Chinese headers; --json has exactly the promised shape; a dry run writes nothing', async () => {
    const csv = file('bom.csv', '\ufeff公司名称;国家;邮箱;电话;联系人;网站\n'
      + '"Andes Energy SpA";智利;info@andesenergy.cl;+56 2 2345 6789;"Juan\nPérez";andesenergy.cl\n'
      + 'BRIGHTLUX LIGHTING CO., LTD.;中国;li@brightlux.cn;;;\n'
      + 'Andes Energy S.p.A.;CL;ventas@andesenergy.cl;;;\n');
    const before = await customerCount();
    const out = json([csv, '--dry-run']);
    expect(Object.keys(out)).toEqual(['rows', 'summary']);
    // `warnings`: (the summary lists every warning by row and column)
    for (const row of out.rows) expect(Object.keys(row)).toEqual(['row', 'action', 'duplicateOfRow', 'duplicateOfCustomerId', 'score', 'reasons', 'error', 'warnings']);
    expect(out.rows[0]).toEqual({ row: 1, action: 'create', duplicateOfRow: null, duplicateOfCustomerId: null, score: null, reasons: [], error: null, warnings: [] });
    expect(out.rows[1]).toMatchObject({ row: 2, action: 'duplicate', duplicateOfRow: null, duplicateOfCustomerId: existingId, error: null });
    expect(out.rows[1].reasons).toEqual(expect.arrayContaining(['same email domain brightlux.cn']));
    expect(out.rows[2]).toMatchObject({ row: 3, action: 'duplicate', duplicateOfRow: 1, duplicateOfCustomerId: null });
    expect(out.rows[2].score as number).toBeGreaterThanOrEqual(0.85);
    expect(out.summary).toMatchObject({ total: 3, create: 1, duplicate: 2, error: 0, created: 0, dryRun: true, delimiter: ';', encoding: 'utf-8 (BOM)' });
    expect(await customerCount()).toBe(before);
  });

  it('reports progress while reading and while checking', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => `Progress Test ${i.toString(36)} Ltd,GB`).join('\n');
    const ticks: string[] = [];
    await planImport(app.database.prisma, await readTable('p.csv', Buffer.from(`company,country\n${rows}\n`)), (phase, done, total) => ticks.push(`${phase} ${done}/${total}`));
    expect(ticks).toEqual(expect.arrayContaining(['read 2000/4500', 'read 4500/4500', 'check 2000/4500', 'check 4500/4500']));
  });

  it('decodes GBK/GB18030 (Chinese Excel CSV) and reports missing columns', async () => {
    const out = await plan('gbk.csv', iconv.encode('公司,国家\n深圳市光明照明有限公司,中国\n義烏市環球貿易有限公司,中国\n', 'gbk'));
    expect(out.summary).toMatchObject({ encoding: 'gb18030', total: 2, create: 2, missingColumns: ['email', 'phone', 'contact', 'website'] });
    expect(out.plan.parsed.map((p) => p.ok && p.record.name)).toEqual(['深圳市光明照明有限公司', '義烏市環球貿易有限公司']);
  });

  // Issue 20: bad cells are warnings and the row imports without them; only a row without a company name fails.
  it('leaves formula-injection cells and bad values out with a warning by row and column, and keeps a "+86" phone', async () => {
    const out = await plan('evil.csv', 'company,country,phone,email\n'
      + '"=HYPERLINK(""http://evil.example"",""click"")",US,,\n'
      + 'Harbor Tools Inc,US,+1 415 555 0134,\n'
      + '@SUM(1+1),US,,\n'
      + 'Fine Name,Narnia,,\n'
      + 'Shenzhen Phone Co,CN,+86 755 2345 1111,not-an-email\n'
      + 'Quayline Pumps Corp,US,"-2+3+cmd|\' /C calc\'!A0",\n');
    const [a, b, c, d, e, f] = out.rows as unknown as { action: string; error: string | null; warnings: { column: string; message: string }[] }[];
    expect(a).toMatchObject({ row: 1, action: 'error', error: 'row 1: no company name' });
    expect(a.warnings[0]).toMatchObject({ column: 'company' });
    expect(a.warnings[0].message).toMatch(/^starts with "=".*formula injection/);
    expect(b).toMatchObject({ row: 2, action: 'create', error: null, warnings: [] });
    expect(c).toMatchObject({ row: 3, action: 'error', error: 'row 3: no company name' });
    expect(c.warnings[0].message).toMatch(/^starts with "@"/);
    expect(d).toMatchObject({ row: 4, action: 'create', warnings: [{ column: 'country', value: 'Narnia', message: 'unknown country "Narnia"; left empty and flagged' }] });
    expect(e).toMatchObject({ row: 5, action: 'create', warnings: [{ column: 'email', value: 'not-an-email', message: '"not-an-email" is not an email address; left out' }] });
    expect(f).toMatchObject({ row: 6, action: 'create', warnings: [{ column: 'phone' }] });
    expect(f.warnings[0].message).toMatch(/^starts with "-"/);
    const shenzhen = out.plan.parsed[4];
    expect(shenzhen.ok && shenzhen.record).toMatchObject({ phones: ['+8675523451111'], emails: [] });
    const narnia = out.plan.parsed[3];
    expect(narnia.ok && narnia.flags).toEqual(['country-unknown']);
  });

  it('imports every row of the six that were rejected, flags what needs checking, and says so in one language', async () => {
    const csv = file('six.csv', 'company,country,email,phone\n'
      + 'Lumina Brasil Ltda,Brasil,compras@lumina.com.br,+55 11 3456 7890\n'
      + 'Dubai Lights Trading LLC,UAE,info@dubailights.ae,+971 4 123 4567\n'
      + 'Dhaka Electric Co,Bangladesh,sales@dhakaelectric.com.bd,+880 2 898 3310\n'
      + 'Müller Licht GmbH,Deutschland,info@mueller-licht.de,+49 89 1234567\n'
      + 'Saigon Light JSC,Viet Nam,sales@saigonlight.vn,+84 28 3823 4567\n'
      + 'Riyadh Lamps Est,KSA,info@riyadhlamps.sa,+966 11 456 7890\n');
    const out = json([csv]);
    expect(out.rows.map((r) => r.action)).toEqual(['create', 'create', 'create', 'create', 'create', 'create']);
    expect(out.summary).toMatchObject({ created: 6, error: 0, warnings: 2, rowsWithWarnings: 2 });
    expect(out.rows[1].warnings).toEqual([{ column: 'phone', value: '+971 4 123 4567', message: '"+971 4 123 4567" is a possible but unverified number; kept as +97141234567 and flagged' }]);
    const db = app.database.prisma;
    const dubai = await db.customer.findFirstOrThrow({ where: { name: 'Dubai Lights Trading LLC' }, include: { tags: true, contacts: true } });
    expect(dubai.country).toBe('AE');
    expect(dubai.tags.map((t) => [t.tag, t.source])).toEqual([['phone-unverified', 'import']]);
    expect(dubai.contacts).toHaveLength(1);
    const countries = await db.customer.findMany({ where: { name: { in: ['Lumina Brasil Ltda', 'Müller Licht GmbH', 'Saigon Light JSC'] } }, orderBy: { name: 'asc' } });
    expect(countries.map((c) => c.country)).toEqual(['BR', 'DE', 'VN']);

    // the human report in Chinese has no English word in it, and in English no Chinese one
    const rows = 'company,country,phone\nAurora Lamps Srl,Italia,+39 02 1234 5678\nAurora Lamps S.r.l.,IT,\n,DE,\nKiwi Lights Ltd,Neverland,+64 9 123 456\n';
    const zhRun = crm([file('mixed.csv', rows), '--dry-run'], { DEFAULT_LOCALE: 'zh' });
    const zhLines = zhRun.stdout.trim().split('\n');
    expect(zhLines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^第 2 行：与 第 1 行 重复（\d+%）：.+，已跳过$/),
      '第 3 行：没有公司名称，未导入',
      '第 4 行，国家列：无法识别国家 "Neverland"，已留空并标记',
      expect.stringMatching(/^第 4 行，电话列：.+已保存为 \+649123456 并标记$/),
    ]));
    for (const line of zhLines) expect(line, line).not.toMatch(/\b(row|duplicate|skipped|of|same|names?|both)\b/);
    const enRun = crm([file('mixed.csv', rows), '--dry-run']);
    for (const line of enRun.stdout.trim().split('\n')) expect(line, line).not.toMatch(/[\u4e00-\u9fff]/);
    expect(enRun.stdout).toContain('row 3: no company name; not imported');
    // any failed row gives a non-zero exit, also in a dry run
    expect([zhRun.status, enRun.status]).toEqual([3, 3]);
  });

  it('--strict writes nothing when any row failed or has a warning, and exits 1', async () => {
    const before = await customerCount();
    const csv = file('strict.csv', 'company,country,email\nStrict One Ltd,GB,a@strict-one.co.uk\nStrict Two Ltd,Atlantis,b@strict-two.co.uk\n');
    const run = crm([csv, '--strict']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('row 2, column country: unknown country "Atlantis"; left empty and flagged');
    expect(run.stdout).toContain('--strict: 1 rows failed or have warnings; nothing was written.');
    expect(await customerCount()).toBe(before);
    const clean = crm([file('strict-ok.csv', 'company,country\nStrict Three Ltd,GB\n'), '--strict']);
    expect(clean.status).toBe(0);
    expect(await customerCount()).toBe(before + 1);
  });

  it('--help says what the default is and lists the exit codes, as the README does', async () => {
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'import', '--help'], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(help.stdout).toContain('Every row with a company name imports');
    expect(help.stdout).toContain('--strict');
    expect(help.stdout).toMatch(/Exit codes: 0 .*; 1 .*\s3 some rows failed/s);
    const readme = readFileSync('README.md', 'utf8');
    const line = readme.split('\n').find((l) => l.startsWith('| `import '))!;
    expect(line).toContain('--strict');
    expect(line).not.toContain('all or nothing;');
    expect(line).toMatch(/exit 3/);
  });

  it('refuses a file without a company column, and files over 10 MB, with exit 1 and nothing written', async () => {
    const before = await customerCount();
    const run = crm([file('nocompany.csv', 'email,phone\na@b.com,+1 415 555 0100\n')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot import this file: no company column');
    const big = crm([file('big.csv', Buffer.alloc(10 * 1024 * 1024 + 10, 'a'))]);
    expect(big.status).toBe(1);
    expect(big.stderr).toContain('the limit is 10 MB');
    expect(await customerCount()).toBe(before);
  });

  it('reads xlsx through exceljs, a formula cell being left out', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Leads');
    ws.addRow(['Company Name', 'Country', 'WhatsApp']);
    ws.addRow(['Pacific Lamps Pty Ltd', 'Australia', '+61 2 9876 5432']);
    ws.addRow([{ formula: 'HYPERLINK("http://evil.example","x")', result: 'x' }, 'AU', '']);
    const out = await plan('leads.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(out.rows[0]).toMatchObject({ row: 1, action: 'create' });
    expect(out.rows[1]).toMatchObject({ action: 'error', error: 'row 2: no company name' });
  });

  it('imports for real: bulk, owner set, duplicates skipped, the existing owner untouched, audited', async () => {
    const csv = file('real.csv', 'Company,Country,Email,Tel,Contact\n'
      + 'Kestrel Outdoor GmbH,Germany,einkauf@kestrel-outdoor.de,030 1234 5678,Anna Schmidt\n'
      + 'Brightlux Lighting Co Ltd,CN,sales@brightlux.cn,,\n'
      + 'Kestrel Outdoor GmbH,DE,info@kestrel-outdoor.de,,\n'
      + 'Marlin Marine SA de CV,Mexico,,55 1234 5678,\n');
    const out = json([csv, '--owner', 'bob']);
    expect(out.rows.map((r) => r.action)).toEqual(['create', 'duplicate', 'duplicate', 'create']);
    expect(out.summary).toMatchObject({ created: 2, skipped: 2, dryRun: false });
    const db = app.database.prisma;
    const kestrel = await db.customer.findFirstOrThrow({ where: { name: 'Kestrel Outdoor GmbH' }, include: { contacts: true, owner: true } });
    expect(kestrel).toMatchObject({ country: 'DE', source: 'import', status: 'lead' });
    expect(kestrel.owner?.name).toBe('bob');
    expect(kestrel.contacts[0].email).toMatch(/^enc:/);
    expect(kestrel.contacts[0].emailDomain).toBe('kestrel-outdoor.de');
    const existing = await db.customer.findUniqueOrThrow({ where: { id: existingId }, include: { owner: true } });
    expect(existing.owner?.name).toBe('alice');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'import' }, orderBy: { id: 'desc' } });
    expect(audit.details).toMatchObject({ created: 2, file: 'real.csv' });
    // importing the same file again creates nothing: every row is now a duplicate
    const again = json([csv, '--dry-run']);
    expect(again.rows.map((r) => r.action)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
  });

  it('writes in one transaction: a database failure on one created row writes none of them', async () => {
    const db = app.database.prisma;
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN
      IF NEW.name = 'Boom Ltd' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_boom BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      const before = await customerCount();
      const { plan: p } = await plan('boom.csv', 'company,country\nAlpha Widgets Ltd,GB\nBoom Ltd,GB\nGamma Gadgets Ltd,GB\n');
      expect(p.rows.map((r) => r.action)).toEqual(['create', 'create', 'create']);
      await expect(commitImport(db, p, { ownerId: null, actorId: null, via: 'test', fileName: 'boom.csv' })).rejects.toThrow(/disk full/);
      expect(await customerCount()).toBe(before);
      expect(await db.customer.count({ where: { name: 'Alpha Widgets Ltd' } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_boom ON customers; DROP FUNCTION refuse_boom()');
    }
  });
});
