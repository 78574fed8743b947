import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };

beforeAll(async () => {
  app = await createTestApp();
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await app.services.team.add({ name: 'li', role: 'rep', regions: ['EU'], locale: 'zh' });
});
afterAll(async () => app.stop());

describe('terminal chat, end to end through the stream interface', () => {
  it('creates, finds, shows, logs and adds contacts', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      '/new Iluminación Azteca S.A. de C.V., Mexico, Carlos@Azteca.MX, 55 1234 5678',
      '/find azteca',
      '/contact Iluminación Azteca S.A. de C.V.: Carlos Ramírez, purchasing, +52 55 8765 4321',
      '/log Iluminación Azteca S.A. de C.V.: call: wants 5000 pcs of LED-600 in Q1',
      '/customer azteca',
    ]);
    expect(out).toMatch(/Created customer #\d+ Iluminación Azteca S\.A\. de C\.V\. \(MX\)/);
    expect(out).toContain('carlos@azteca.mx');
    expect(out).toContain('+52 55 1234 5678');
    expect(out).toMatch(/Added Carlos Ramírez \(purchasing\)/);
    expect(out).toMatch(/Logged on #\d+/);
    expect(out).toContain('🇲🇽 Mexico');
    expect(out).toMatch(/local time \d\d:\d\d/);
    expect(out).toContain('Carlos Ramírez [purchasing]');
    expect(out).toContain('call/terminal');
    expect(out).toContain('wants 5000 pcs of LED-600');
  });

  it('reports an exact duplicate instead of creating it, naming the owner', async () => {
    await runTerminalScript(app.databaseUrl, 'alice', ['/new Andes Energy SpA, CL, info@andesenergy.cl']);
    const out = await runTerminalScript(app.databaseUrl, 'li', ['/new ANDES ENERGY SPA, Chile, sales@andesenergy.cl']);
    expect(out).toMatch(/未创建：疑似重复客户 #\d+ Andes Energy SpA，负责人 alice/);
    const found = await runTerminalScript(app.databaseUrl, 'alice', ['/find andes']);
    expect(found.match(/Andes Energy/g)).toHaveLength(1);
  });

  it('answers bad input in the user language and changes nothing', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'li', [
      '/frobnicate',
      '/new',
      // an unknown country no longer refuses the customer: created with the country empty and flagged
      '/new Narnia Traders, Narnia, a@narnia-traders.com',
      '/new Acme, DE, not-an-email@',
      '/new Acme, DE, +49 12',
      `/log nobody-here: ${'x'.repeat(50)}`,
      '/customer',
      'hello there',
    ]);
    expect(out).toContain('未知命令 "/frobnicate"');
    expect(out).toContain('用法：/new <公司名>');
    expect(out).toMatch(/已创建客户 #\d+ Narnia Traders，负责人：li。\n无法识别国家 "Narnia"：国家留空，已标记 country-unknown/);
    expect(out).toContain('"not-an-email@" 不是有效的邮箱地址');
    expect(out).toContain('不是有效的电话号码');
    expect(out).toContain('找不到您可查看的客户 "nobody-here"');
    expect(out).toContain('没有识别到命令');
    const check = await runTerminalScript(app.databaseUrl, 'li', ['/find Acme']);
    expect(check).toContain('没有找到客户');
  });

  it('stores a 5,000-character note whole, with emoji and RTL text, and echoes it short', async () => {
    await runTerminalScript(app.databaseUrl, 'alice', ['/new Al Noor Trading, AE, ahmed@alnoor.ae']);
    const note = `${'🙂 السلام عليكم '.repeat(300)}end`.slice(0, 5000);
    const out = await runTerminalScript(app.databaseUrl, 'alice', [`/log Al Noor Trading: ${note}`]);
    expect(out).toMatch(/Logged on #\d+ Al Noor Trading: .{10,}…/u);
    const card = await app.services.customers.card(await app.services.team.byName('alice'), 'test', 'Al Noor Trading');
    expect(card.communications[0].text).toBe(note.trim());
  });

  it('refuses a note over the limit without writing anything', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', [`/log Al Noor Trading: ${'y'.repeat(20_001)}`]);
    expect(out).toContain('That text is too long');
    const card = await app.services.customers.card(await app.services.team.byName('alice'), 'test', 'Al Noor Trading');
    expect(card.communications.every((c) => !c.text.startsWith('yyy'))).toBe(true);
  });

  it('gives a stranger no customer data', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'mallory', ['/find azteca', '/customer 1', '/help']);
    expect(out).not.toContain('Azteca');
    expect(out).toContain('not linked to a Quayside team member');
    expect(out).toContain('send /link <code>');
  });

  it('keeps each rep to their own customers', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'li', ['/find azteca', '/customer Iluminación Azteca S.A. de C.V.']);
    expect(out).not.toContain('carlos@azteca.mx');
    expect(out).toContain('找不到您可查看的客户');
  });

  it('switches the reply language', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/lang zh', '/help', '/lang en']);
    expect(out).toContain('之后用中文回复');
    expect(out).toContain('Quayside 命令：');
    expect(out).toContain('OK, I will reply in English');
  });
});
