import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../src/app';
import { renderReport } from '../../../src/domain/reports/report.render';
import { createTestApp, runTerminalScript } from '../../support/terminal-harness';
import { seedReportBook, type ReportBook } from './report-fixtures';

let app: App & { databaseUrl: string };
let book: ReportBook;
const now = () => new Date();
// The book is seeded days before "now": a fixed mid-month clock keeps "month" around it on any day the suite runs.
const CLOCK = new Date('2026-06-17T10:00:00+08:00');

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: CLOCK, shouldAdvanceTime: true });
  app = await createTestApp();
  book = await seedReportBook(app);
});
afterAll(async () => {
  await app.stop();
  vi.useRealTimers();
});

describe('/report funnel', () => {
  it('counts the cohort step by step, cut by the reader', async () => {
    const r = await app.services.reports.run(book.alice, 'test', 'funnel', [], now());
    if (r.kind !== 'funnel') throw new Error('wrong kind');
    // alice sees her 3 leads and the unowned LATAM (PE) one the company lets reps see
    expect(r.counts).toMatchObject({ lead: 4, contacted: 3, quoted: 2, sample: 1, won: 1 });
    expect(r.stalls.find((s) => s.stage === 'quoted')).toMatchObject({ open: 1, idle: 1 });
    const mgr = await app.services.reports.run(book.mgr, 'test', 'funnel', ['team'], now());
    if (mgr.kind !== 'funnel') throw new Error('wrong kind');
    expect(mgr.counts.lead).toBe(4);
    const dir = await app.services.reports.run(book.dir, 'test', 'funnel', ['30d'], now());
    if (dir.kind !== 'funnel') throw new Error('wrong kind');
    expect(dir.counts).toMatchObject({ lead: 6, won: 2 });
    const mx = await app.services.reports.run(book.dir, 'test', 'funnel', ['alice', 'MX'], now());
    if (mx.kind !== 'funnel') throw new Error('wrong kind');
    expect(mx.counts.lead).toBe(2);
  });

  it('refuses a future period, an unknown word and another team\'s rep', async () => {
    await expect(app.services.reports.run(book.alice, 'test', 'funnel', ['2099-01'], now())).rejects.toMatchObject({ code: 'REPORT_PERIOD_IN_FUTURE' });
    await expect(app.services.reports.run(book.alice, 'test', 'funnel', ['nobody'], now())).rejects.toMatchObject({ code: 'REPORT_UNKNOWN_FILTER' });
    await expect(app.services.reports.run(book.carol, 'test', 'funnel', ['alice'], now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(app.services.reports.run(book.mgr, 'test', 'team', ['carol'], now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('/report channels, team, customers', () => {
  it('breaks leads and won value down by source', async () => {
    const r = await app.services.reports.run(book.dir, 'test', 'channels', ['month'], now());
    if (r.kind !== 'channels') throw new Error('wrong kind');
    expect(r.rows.find((x) => x.source === 'alibaba')).toMatchObject({ leads: 2, won: 1, wonValue: 10_000 });
    const all = await app.services.reports.run(book.dir, 'test', 'channels', ['30d'], now());
    if (all.kind !== 'channels') throw new Error('wrong kind');
    expect(all.rows.find((x) => x.source === 'referral')).toMatchObject({ leads: 1, won: 1, wonValue: 5_000 });
  });

  it('gives each visible rep their figures and nobody else\'s', async () => {
    const r = await app.services.reports.run(book.mgr, 'test', 'team', [], now());
    if (r.kind !== 'team') throw new Error('wrong kind');
    expect(r.rows.map((x) => x.name).sort()).toEqual(['alice', 'bob', 'mgr']);
    const alice = r.rows.find((x) => x.name === 'alice')!;
    expect(alice).toMatchObject({ newLeads: 3, followUpsDue: 2, followUpsDone: 1, quotes: 1, wonValue: 10_000, claims: 1, releases: 0 });
    expect(alice.frtMedianHours).toBeCloseTo(30, 0);
  });

  it('grades, segments, flags risks and counts wake-up results', async () => {
    const r = await app.services.reports.run(book.alice, 'test', 'customers', [], now());
    if (r.kind !== 'customers') throw new Error('wrong kind');
    expect(r.grades.reduce((n, g) => n + g.customers, 0)).toBe(4); // 3 owned + the LATAM pool customer
    expect(r.abc).toEqual([{ abc: 'A', customers: 1, value: 10_000 }]);
    expect(r.atRisk.top).toEqual([{ id: book.ids.a2, name: 'Azteca Quoted', reasons: ['complaint'] }]);
    expect(r.wakeup).toEqual({ enrolled: 2, sent: 2, replied: 1, revived: 1 });
    const text = (await renderReport(r, 'zh', 'USD')).text;
    expect(text).toContain('风险客户 1');
    expect(text).toContain('唤醒序列：启动 2');
  });
});

describe('cohorts', () => {
  it('counts leads, won leads and won value over one cohort: no won value without a won lead', async () => {
    // a customer that became a lead last year and ordered this week belongs to last year's cohort, not this month's
    const db = app.database.prisma;
    const old = await db.customer.create({
      data: { name: 'Old Fair Buyer', normalizedName: 'old fair buyer', ownerId: book.alice.id, country: 'MX', source: 'trade_show', createdAt: new Date(CLOCK.getTime() - 400 * 86_400_000) },
    });
    await db.order.create({ data: { piNumber: 'PI-OLD', customerId: old.id, ownerId: book.alice.id, currency: 'USD', amount: 7_000, amountBase: 7_000, createdAt: new Date(CLOCK.getTime() - 86_400_000) } });
    const r = await app.services.reports.run(book.dir, 'test', 'channels', ['month'], now());
    if (r.kind !== 'channels') throw new Error('wrong kind');
    expect(r.rows.find((x) => x.source === 'trade_show')).toMatchObject({ leads: 1, won: 0, wonValue: 0 });
    for (const row of r.rows) if (row.wonValue > 0) expect(row.won).toBeGreaterThan(0);
    // leave the book as the other tests know it
    await db.order.delete({ where: { piNumber: 'PI-OLD' } });
    await db.customerProgress.deleteMany({ where: { customerId: old.id } });
    await db.customer.delete({ where: { id: old.id } });
  });

});

describe('in chat', () => {
  it('posts a summary and a readable PNG chart; bad input gets a clear reply', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/report funnel 30d', '/report funnel 2099-Q1', '/report funnel narnia', '/report sales']);
    expect(out).toMatch(/Sales funnel · .*\nLeads 4 → Contacted 3 \(75%\) → Quoted 2 \(66\.7%\) → Sample 1 \(50%\) → Won 1 \(100%\)/s);
    const file = /\[file\] (\S+report-funnel\.png)/.exec(out)?.[1];
    expect(file).toBeTruthy();
    expect(readFileSync(file!).subarray(1, 4).toString()).toBe('PNG');
    expect(out).toContain('starts in the future');
    expect(out).toContain('"narnia" is not a period, a rep on your team, or a country');
    expect(out).toContain('Usage: /report funnel|channels|team|customers');
    const audits = await app.database.prisma.auditLog.count({ where: { action: 'report', actorId: book.alice.id } });
    expect(audits).toBeGreaterThan(0);
  });

  it('adds the XLSX workbook when asked, with the same figures as typed cells', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/report funnel 30d xlsx']);
    const file = /\[file\] (\S+report-funnel\.xlsx)/.exec(out)?.[1];
    expect(file).toBeTruthy();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file!);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(3).values).toEqual([undefined, 'Leads', 4, undefined, 1]);
    expect(sheet.getCell('C4').value).toBe(0.75);
  });
});
