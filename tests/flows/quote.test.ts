import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { renderQuotePdf } from '../../src/domain/quotes/quote-pdf';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;
const pdfText = async (data: Buffer) => (await new PDFParse({ data }).getText()).text;
const COMPANY = { COMPANY_NAME: 'Ningbo Bright Lighting Co., Ltd.', COMPANY_ADDRESS: 'No. 8 Harbour Road, Ningbo', COMPANY_BANK: 'Bank of Ningbo, SWIFT BKNBCN2N' };
const quotes = () => db().quote.findMany({ orderBy: { id: 'asc' }, include: { lines: true } });

beforeAll(async () => {
  app = await createTestApp(COMPANY);
  const team = app.services.team;
  await team.add({ name: 'wang', role: 'manager', locale: 'zh' });
  await team.add({ name: 'alice', role: 'rep', locale: 'en', manager: 'wang' });
  await team.add({ name: 'bob', role: 'rep', locale: 'en', manager: 'wang' });
  const alice = await team.byName('alice');
  await app.services.customers.create(alice, 'test', { name: 'Acme Lighting Ltd', country: 'GB', details: [] });
  await app.services.customers.create(alice, 'test', { name: 'Pacific Lamps Pte', country: 'SG', details: [] });
  await app.services.customers.create(await team.byName('bob'), 'test', { name: 'Bobs Leuchten GmbH', country: 'DE', details: [] });
  await app.services.rates.set('USD/CNY', '7.10');
  await app.services.rates.importCsv('pair,rate\nEUR/USD,1.08\n');
});
afterAll(async () => app.stop());

describe('/quote in one line', () => {
  it('makes v1 within the auto-approval limit, with a PDF carrying the right totals', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      '/quote Acme Lighting Ltd: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy, valid 15d',
    ], COMPANY);
    expect(out).toMatch(/Quote Q-\d{4}-0001 v1 created/);
    expect(out).toContain('LED-600 × 2000 @ 3.2 = 6,400.00');
    expect(out).toContain('Total: 6,400.00 USD');
    expect(out).toContain('Within the auto-approval limits: approved');
    const file = /\[file\] (\S+\.pdf)/.exec(out)?.[1];
    expect(file).toBeTruthy();
    const pdf = await readFile(file!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toMatch(/Q-\d{4}-0001 v1/);
    expect(text).toContain('Ningbo Bright Lighting Co., Ltd.');
    expect(text).toContain('No. 8 Harbour Road, Ningbo');
    expect(text).toContain('Bank: Bank of Ningbo, SWIFT BKNBCN2N');
    expect(text).toContain('Acme Lighting Ltd');
    expect(text).toMatch(/TOTAL USD\s+6,400\.00/);
    expect(text).toContain('FOB Ningbo (Incoterms 2020)');
    expect(text).toContain('30% deposit, 70% against BL copy');
    expect(text).not.toContain('DRAFT');
    const [quote] = await quotes();
    expect(quote).toMatchObject({ version: 1, status: 'approved', currency: 'USD', paymentDays: 0 });
    expect(quote.total.toFixed(2)).toBe('6400.00');
    expect(quote.totalBase.toFixed(2)).toBe('6400.00');
    const opportunity = await db().opportunity.findFirstOrThrow({ where: { customerId: quote.customerId } });
    expect(opportunity.stage).toBe('quoted');
  });

  it('converts with the stored rate and freezes it: a later rate change leaves v1 alone and prices v2', async () => {
    const line = '/quote Pacific Lamps Pte: LED-600 x10000 @22.50 CNY FOB Ningbo, 100% T/T before shipment';
    const out = await runTerminalScript(app.databaseUrl, 'alice', [line]);
    // 225,000 CNY × (1 / 7.10 = 0.14084507) = 31,690.14 USD: above 10k, so the manager approves
    expect(out).toContain('225,000.00 CNY (≈ 31,690.14 USD, at 0.14084507)');
    expect(out).toMatch(/Sent for approval: wang \(manager\)/);
    await app.services.rates.set('USD/CNY', '7.30');
    const v1 = (await quotes()).find((q) => q.currency === 'CNY')!;
    expect(v1.rate.toString()).toBe('0.14084507');
    expect(v1.totalBase.toFixed(2)).toBe('31690.14');
    // (a new version only when the rep names the quote it revises; the same line again is a new quote)
    const out2 = await runTerminalScript(app.databaseUrl, 'alice', [line.replace('Pacific Lamps Pte', v1.number)]);
    expect(out2).toMatch(/Quote Q-\d{4}-0002 v2 created \(a new version: approval starts again\)/);
    expect(out2).toContain('≈ 30,821.92 USD, at 0.1369863');
    const versions = (await quotes()).filter((q) => q.number === v1.number).map((q) => [q.version, q.status, q.totalBase.toFixed(2)]);
    expect(versions).toEqual([[1, 'superseded', '31690.14'], [2, 'pending', '30821.92']]);
    const approvals = await db().approval.findMany({ where: { quote: { number: v1.number } }, orderBy: { id: 'asc' } });
    expect(approvals.map((a) => a.status)).toEqual(['cancelled', 'pending']);
  });

  it('refuses bad input clearly and saves nothing', async () => {
    const before = (await quotes()).length;
    const audit = await db().auditLog.count({ where: { entityType: 'quote' } });
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      '/quote Acme Lighting Ltd: LED-600 x2000 @3.20 USD FOX Ningbo',
      '/quote Acme Lighting Ltd: LED-600 x2000 @-3.20 USD FOB Ningbo',
      '/quote Acme Lighting Ltd: LED-600 x2000 @3.20 GBP FOB Ningbo',
      '/quote Bobs Leuchten GmbH: LED-600 x2000 @3.20 USD FOB Ningbo',
      '/quote Nobody Such: LED-600 x2000 @3.20 USD FOB Ningbo',
      '/quote Acme Lighting Ltd: LED-600 x2000 @3.20 USD FOB Ningbo, 50% deposit, 60% against BL copy',
      '/quote',
    ]);
    expect(out).toContain('"FOX" is not an Incoterm. Use one of: EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP.');
    expect(out).toContain('The unit price "-3.20" is not valid: it must be a positive number');
    expect(out).toContain('There is no exchange rate from GBP to USD');
    expect(out).toContain('crm rates set GBP/USD <rate>');
    // bob's customer is not visible to alice at all: she learns nothing about it
    expect(out).toContain('No customer "Bobs Leuchten GmbH" that you can see.');
    expect(out).toContain('No customer "Nobody Such" that you can see.');
    expect(out).toContain('add up to 110%, not 100%');
    expect(out).toContain('Usage: /quote <customer or Q-number>');
    expect((await quotes()).length).toBe(before);
    expect(await db().auditLog.count({ where: { entityType: 'quote' } })).toBe(audit);
  });

  it('refuses a quote for a customer the rep does not own, whether they can see it or not', async () => {
    const bob = await app.services.team.byName('bob');
    await expect(app.services.quotes.create(bob, 'test', 'Acme Lighting Ltd', { lines: [{ product: 'X', quantity: '1', unitPrice: '1' }], currency: 'USD', incoterm: 'FOB' }))
      .rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    // an unowned customer in the rep's region is visible but not theirs: quoting it is refused until claimed
    const pool = await db().customer.create({ data: { name: 'Pool Buyer SA', country: 'GB', ownerId: null } });
    await db().teamMember.update({ where: { id: bob.id }, data: { regions: ['GB'] } });
    const out = await runTerminalScript(app.databaseUrl, 'bob', ['/customer Pool Buyer SA', '/quote Pool Buyer SA: LED-600 x1 @3.20 USD FOB Ningbo']);
    expect(out).toContain('Pool Buyer SA'); // visible to bob (his region, unowned)…
    expect(out).toContain(`#${pool.id} Pool Buyer SA is not owned by anyone (public pool); you can only quote or order for your own customers — claim it first.`);
    expect(await db().quote.count({ where: { customerId: pool.id } })).toBe(0);
  });
});

describe('/quote step by step', () => {
  it('asks for each part, re-asks after a bad answer, and makes the next version', async () => {
    // (the rep names the quote to revise)
    const first = (await quotes()).find((q) => q.number.endsWith('0001'))!;
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      `/quote ${first.number}`,
      'LED-300 x500 @1.10',
      'LED-900 x-1 @2',
      'done',
      'USD FOX Rotterdam',
      'USD CIF Rotterdam',
      '100% T/T in advance',
      '10',
      'skip',
    ]);
    expect(out).toContain(`Quote for a new version of ${first.number} (#`);
    expect(out).toContain('Products: one per message');
    expect(out).toContain('The quantity "-1" is not valid');
    expect(out).toContain('"FOX" is not an Incoterm');
    expect(out).toMatch(/Currency, Incoterm and port[\s\S]*Currency, Incoterm and port/);
    expect(out).toMatch(/Quote Q-\d{4}-0001 v2 created/);
    expect(out).toContain('LED-300 × 500 @ 1.1 = 550.00');
    expect(out).toContain('CIF Rotterdam');
    const v2 = (await quotes()).find((q) => q.number.endsWith('0001') && q.version === 2)!;
    expect(v2).toMatchObject({ incoterm: 'CIF', port: 'Rotterdam', paymentTerms: '100% T/T in advance', status: 'approved' });
    expect(Math.round((v2.validUntil!.getTime() - v2.createdAt.getTime()) / 86_400_000)).toBe(10);
    const v1 = (await quotes()).find((q) => q.number === v2.number && q.version === 1)!;
    expect(v1.status).toBe('superseded');
  });

  it('cancels without saving', async () => {
    const before = (await quotes()).length;
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/quote Acme Lighting Ltd', 'LED-300 x5 @1', 'cancel', 'hello']);
    expect(out).toContain('Quote cancelled; nothing was saved.');
    expect(out).toContain('I did not recognise a command');
    expect((await quotes()).length).toBe(before);
  });
});

describe('quote PDF', () => {
  // Changed: the PDF used to fall back to pinyin ("Shen Zhen Shi…") without a system CJK font; the fonts
  // now come with the package, so the name is printed as written on every machine.
  it('prints a Chinese customer name as written, with the packaged font, never as pinyin', async () => {
    const quote = (await app.services.quotes.byId((await quotes())[0].id))!;
    const chinese = { ...quote, customerName: '深圳市光明照明有限公司', status: 'pending' };
    const letterhead = { name: 'Ningbo Bright Lighting Co., Ltd.' };
    const text = await pdfText(await renderQuotePdf(chinese, { letterhead, draft: true }));
    expect(text).toContain('深圳市光明照明有限公司');
    expect(text).not.toMatch(/Shen ?Zhen/i);
    expect(text).toContain('6,400.00');
    expect(text).toContain('DRAFT - PENDING APPROVAL');
  });
});
