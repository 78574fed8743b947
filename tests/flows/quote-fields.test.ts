import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

// Issue 17: what a proforma invoice needs, typed in chat (English and Chinese keywords), stored, printed, and every
// version found again.

let app: App & { databaseUrl: string };
let chineseId: number;
let arabicId: number;
const db = () => app.database.prisma;
const COMPANY = { COMPANY_NAME: 'Ningbo Bright Lighting Co., Ltd.', COMPANY_BANK: 'Bank of Ningbo', COMPANY_BANK_SWIFT: 'BKNBCN2N' };
const CHINESE = '汉堡之光贸易有限公司';
const ARABIC = 'شركة النور للإضاءة';
const pdfOf = async (out: string, index = -1) => {
  const files = [...out.matchAll(/\[file\] (\S+\.pdf)/g)].map((m) => m[1]);
  expect(files.length).toBeGreaterThan(0);
  return (await new PDFParse({ data: await readFile(files.at(index)!) }).getText()).text;
};
const state = async () => ({
  quotes: await db().quote.count(),
  lines: await db().quoteLine.count(),
  addresses: (await db().customer.findMany({ orderBy: { id: 'asc' }, select: { address: true } })).map((c) => c.address),
  audits: await db().auditLog.count({ where: { action: { in: ['create', 'update'] } } }),
});

beforeAll(async () => {
  app = await createTestApp(COMPANY);
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await app.services.team.add({ name: 'li', role: 'rep', locale: 'zh' });
  chineseId = (await app.services.customers.create(await app.services.team.byName('alice'), 'test', { name: CHINESE, country: 'DE', details: [] })).id;
  arabicId = (await app.services.customers.create(await app.services.team.byName('li'), 'test', { name: ARABIC, country: 'AE', details: [] })).id;
});
afterAll(async () => app.stop());

describe('proforma invoice fields from chat', () => {
  it('English: the buyer address, contact, spec, HS code, unit, ports, lead time, packing and remarks are stored and printed as typed', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      `/customer #${chineseId}: address Am Sandtorkai 12, 20457 Hamburg, Germany`,
      `/contact #${chineseId}: Jonas Weber, purchasing, jonas@hl.example`,
      `/quote #${chineseId}: LED-600 "600x600 mm, 40 W, 4000 K" HS 9405.42 x2000 pcs @3.20 USD FOB Ningbo, 30% deposit, 70% against BL copy, `
        + 'POD Hamburg, lead time 25 days, packing "10 pcs per carton, 40 cartons per pallet", remarks: samples free, shipped with the order',
    ], COMPANY);
    expect(out).toContain(`Saved the address of #${chineseId} ${CHINESE}: Am Sandtorkai 12, 20457 Hamburg, Germany`);
    expect(out).toContain('· HS 9405.42\n  600x600 mm, 40 W, 4000 K');
    expect(out).toContain('POD Hamburg · lead time 25 days · packing: 10 pcs per carton, 40 cartons per pallet');
    const quote = await db().quote.findFirstOrThrow({ where: { customerId: chineseId }, include: { lines: true } });
    expect(quote).toMatchObject({ portOfLoading: null, portOfDestination: 'Hamburg', leadTime: '25 days', packing: '10 pcs per carton, 40 cartons per pallet', notes: 'samples free, shipped with the order' });
    expect(quote.lines).toMatchObject([{ product: 'LED-600', spec: '600x600 mm, 40 W, 4000 K', hsCode: '9405.42', unit: 'pcs' }]);
    const text = await pdfOf(out);
    for (const expected of [
      CHINESE, 'Am Sandtorkai 12, 20457 Hamburg, Germany', 'Attn: Jonas Weber', 'Email: jonas@hl.example',
      'LED-600', '600x600 mm, 40 W, 4000 K', '9405.42', 'Port of loading: Ningbo', 'Port of destination: Hamburg', 'Lead time: 25 days',
      'Packing: 10 pcs per carton, 40 cartons per pallet', 'samples free, shipped with the order',
      '30% deposit: USD 1,920.00', '70% against BL copy: USD 4,480.00', 'SAY US DOLLARS SIX THOUSAND FOUR HUNDRED ONLY', 'Authorised signature and company stamp',
    ]) expect(text).toContain(expected);
    // the card shows the address too
    expect(await runTerminalScript(app.databaseUrl, 'alice', [`/customer #${chineseId}`])).toContain('Address: Am Sandtorkai 12, 20457 Hamburg, Germany');
  });

  it('Chinese: the same with Chinese keywords, for an Arabic buyer name', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'li', [
      `/客户 #${arabicId} 地址 Office 1204, Al Moosa Tower, Sheikh Zayed Road, Dubai`,
      `/报价 #${arabicId}: LED面板灯 “600×600，40W” HS编码 9405.42.00 x1000件 @3.50 USD CIF Jebel Ali, 100% T/T 见提单副本, 装运港 宁波, 目的港 杰贝阿里, 交期 30天, 包装 “纸箱，每箱10只”, 备注：样品免费`,
    ]);
    expect(out).toContain(`已保存 #${arabicId} ${ARABIC} 的地址：Office 1204, Al Moosa Tower, Sheikh Zayed Road, Dubai`);
    expect(out).toContain('装运港 宁波 · 目的港 杰贝阿里 · 交期 30 days · 包装: 纸箱，每箱10只');
    const quote = await db().quote.findFirstOrThrow({ where: { customerId: arabicId }, include: { lines: true } });
    expect(quote).toMatchObject({ portOfLoading: '宁波', portOfDestination: '杰贝阿里', leadTime: '30 days', packing: '纸箱，每箱10只', notes: '样品免费' });
    expect(quote.lines).toMatchObject([{ product: 'LED面板灯', spec: '600×600，40W', hsCode: '9405.42.00', unit: '件' }]);
    const text = await pdfOf(out);
    // right-to-left words come out in page order: read from the right, the line is the name as written
    expect(text.split('\n').find((l) => l.includes('النور'))!.split(/\s+/).reverse().join(' ')).toBe(ARABIC);
    for (const expected of [
      'Office 1204, Al Moosa Tower, Sheikh Zayed Road, Dubai', 'LED面板灯', '600×600，40W', '9405.42.00', '件', 'CIF Jebel Ali (Incoterms 2020)',
      'Port of loading: 宁波', 'Port of destination: 杰贝阿里', 'Lead time: 30 days', 'Packing: 纸箱，每箱10只', '样品免费',
      '100% T/T 见提单副本: USD 3,500.00', 'SAY US DOLLARS THREE THOUSAND FIVE HUNDRED ONLY',
    ]) expect(text).toContain(expected);
  });

  it('refuses a bad part with its name, in English and Chinese, and stores nothing', async () => {
    const before = await state();
    const en = await runTerminalScript(app.databaseUrl, 'alice', [
      `/quote #${chineseId}: LED-600 HS 94 x10 @3.20 USD FOB Ningbo`,
      `/quote #${chineseId}: LED-600 x10 @3.20 USD FOB Ningbo, POD 123`,
      `/quote #${chineseId}: LED-600 x10 @3.20 USD FOB Ningbo, lead time 400 days`,
      `/customer #${chineseId}: address`,
    ]);
    expect(en).toContain('The HS code "94" is not valid: give 6, 8 or 10 digits, e.g. "HS 9405.42". Nothing was saved.');
    expect(en).toContain('The port of destination "123" is not valid: give a port name, e.g. "POD Hamburg". Nothing was saved.');
    expect(en).toContain('The lead time "400 days" is not valid: give days or weeks (1–365 days)');
    expect(en).toContain('The address "" is not valid: give the address in at most 500 characters. Nothing was saved.');
    const zh = await runTerminalScript(app.databaseUrl, 'li', [
      `/报价 #${arabicId}: LED x10 @3.50 USD FOB 宁波, 交期 很快`,
      `/报价 #${arabicId}: LED x10 @3.50 USD FOB 宁波, 包装 ${'箱'.repeat(301)}`,
    ]);
    expect(zh).toContain('交期 "很快" 无效：请写天数或周数（1–365 天），如 "交期 25天" 或 "交期 收到定金后30天"。未保存。');
    expect(zh).toContain('包装 "箱箱箱');
    expect(zh).toContain('无效：最多 300 字');
    expect(await state()).toEqual(before);
  });

  it('keeps every version: /quote history lists them, /quote pdf gives an old one again, marked superseded', async () => {
    const v1 = await db().quote.findFirstOrThrow({ where: { customerId: chineseId } });
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      `/quote ${v1.number}: LED-600 x1000 @3.30 USD FOB Ningbo, POD Bremerhaven`,
      `/quote history #${chineseId}`,
      `/quote pdf ${v1.number} v1`,
      '/quote pdf Q-2099-9999',
    ]);
    expect(out).toContain(`Quotes of #${chineseId} ${CHINESE} (every version is kept):`);
    expect(out).toMatch(new RegExp(`• ${v1.number} v1 · superseded · 6,400\\.00 USD · \\d{4}-\\d{2}-\\d{2} · valid until`));
    expect(out).toMatch(new RegExp(`• ${v1.number} v2 · approved · 3,300\\.00 USD`));
    expect(out).toContain(`Proforma invoice ${v1.number} v1 (superseded: marked so on the PDF), for you only.`);
    expect(out).toContain('No quote "Q-2099-9999" that you can see.');
    const old = await pdfOf(out);
    expect(old).toContain('SUPERSEDED BY A LATER VERSION - FOR REFERENCE ONLY');
    expect(old).toContain('Version v1');
    expect(old).toContain('Port of destination: Hamburg');
    expect(old).toContain('600x600 mm, 40 W, 4000 K');
    // li may not see alice's customer: its quotes do not exist for her
    const other = await runTerminalScript(app.databaseUrl, 'li', [`/quote history ${v1.number}`, `/quote pdf ${v1.number} v1`]);
    expect(other).toContain(`找不到您可查看的报价 "${v1.number}"`);
    expect(other).not.toContain('[file]');
    expect(await db().auditLog.count({ where: { action: 'export', entityType: 'quote', customerId: chineseId } })).toBe(1);
  });
});
