import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
const run = (user: string, lines: string[]) => runTerminalScript(app.databaseUrl, user, lines);
const db = () => app.database.prisma;
const audits = (action: string) => db().auditLog.findMany({ where: { action }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  app = await createTestApp();
  const t = app.services.team;
  await t.add({ name: 'mia', role: 'manager', locale: 'en' });
  await t.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en', manager: 'mia' });
  await t.add({ name: 'bob', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mia' });
  await t.add({ name: 'li', role: 'rep', regions: ['EU'], locale: 'zh' });
});
afterAll(async () => app?.stop());

describe('撞单: a rep meets a customer someone else owns', () => {
  it('is blocked with the owner, dates and reasons, the buyer details masked, and audited', async () => {
    await run('alice', ['/new Andes Energy SpA, CL, info@andesenergy.cl, +56 2 2345 6789']);
    const out = await run('li', ['/new ANDES ENERGY S.P.A., Chile, +56 2 2345 6789']);
    expect(out).toMatch(/未创建：疑似重复客户 #\d+ Andes Energy SpA，负责人 alice（自 \d{4}-\d\d-\d\d 起）；最近联系 —/);
    // changed: the reply names the kind of evidence, never the value typed (it was an oracle)
    expect(out).toContain('电话相同');
    expect(out).not.toContain('2345 6789');
    expect(out).toContain('i•••@a•••.cl');
    expect(out).not.toContain('andesenergy.cl');
    expect(out).not.toContain('info@andesenergy.cl');
    expect(out).toContain('1) 申请转移（找 alice）');
    expect(await db().customer.count({ where: { normalizedName: { contains: 'ande' } } })).toBe(1);
    const [block] = await audits('block');
    expect(block.details).toMatchObject({ verdict: 'duplicate', attempted: 'ANDES ENERGY S.P.A.' });
  });

  it('sends a transfer request the owner and the manager can approve in chat', async () => {
    // (changed: a numbered answer applies only in the session that showed the list, so the duplicate
    // is met again here; and each member's terminal shows only their own messages)
    const asked = await run('li', ['/new ANDES ENERGY S.P.A., Chile, +56 2 2345 6789', '1']);
    expect(asked).toMatch(/已发送转移申请 #\d+：客户 #\d+ Andes Energy SpA（负责人 alice）/);
    expect(asked).not.toMatch(/Transfer request #\d+: li asks/);
    // asking again does not ask twice
    expect(await run('li', ['/new ANDES ENERGY S.P.A., Chile, +56 2 2345 6789', '1'])).toMatch(/您已于 \d{4}-\d\d-\d\d 申请过 #\d+，正在等待负责人处理/);
    expect(await db().transferRequest.count()).toBe(1);
    // the owner sees the request when she next opens her terminal, and her "1" answers it
    const approved = await run('alice', ['1']);
    expect(approved).toMatch(/Transfer request #\d+: li asks to take over #\d+ Andes Energy SpA \(owned by you since/);
    expect(approved).toContain('1) Approve');
    expect(approved).toMatch(/Approved transfer #\d+: #\d+ Andes Energy SpA now belongs to li/);
    expect(approved).not.toContain('alice 已批准');
    expect(await run('li', [])).toContain('alice 已批准：客户 #');
    const andes = await db().customer.findFirstOrThrow({ where: { name: 'Andes Energy SpA' }, include: { owner: true } });
    expect(andes.owner?.name).toBe('li');
    expect((await audits('transfer_request')).length).toBeGreaterThanOrEqual(1);
    expect((await audits('transfer'))[0].details).toMatchObject({ decision: 'approved' });
    // the manager's card (shown at her next session) is now stale: the first decision won
    const late = await run('mia', ['1']);
    expect(late).toMatch(/owned by alice since/);
    expect(late).toMatch(/No open transfer request #\d+ \(it is approved\)/);
  });

  it('lets the manager decline, and nobody else decide', async () => {
    await run('bob', ['/new Kestrel Outdoor GmbH, DE, einkauf@kestrel-outdoor.de']);
    const blocked = await run('li', ['/new Kestrel Outdoor, Germany, info@kestrel-outdoor.de', '1']);
    expect(blocked).toMatch(/负责人 bob/);
    const request = await db().transferRequest.findFirstOrThrow({ where: { status: 'pending' } });
    const li = await app.services.team.byName('li');
    await expect(app.services.transfers.decide(li, 'test', request.id, 'approve')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // no asking for a customer by a guessed id: only one the duplicate check showed you
    const other = await app.services.customers.create(await app.services.team.byName('bob'), 'test', { name: 'Quiet Harbour Oy', country: 'FI', details: [] });
    await expect(app.services.transfers.request(li, 'test', other.id)).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    const declined = await run('mia', ['2']);
    expect(declined).toMatch(/Declined transfer #\d+ for #\d+ Kestrel Outdoor GmbH/);
    expect(await run('li', [])).toContain('mia 拒绝了您对 #');
    const kestrel = await db().customer.findFirstOrThrow({ where: { name: 'Kestrel Outdoor GmbH' }, include: { owner: true } });
    expect(kestrel.owner?.name).toBe('bob');
  });

  it('points to /claim when the duplicate is in the public pool', async () => {
    const out0 = await run('bob', ['/new Fjord Fisheries AS, NO, post@fjordfish.no']);
    const id = Number(/Created customer #(\d+)/.exec(out0)![1]);
    await db().customer.update({ where: { id }, data: { ownerId: null, status: 'pool' } });
    const out = await run('li', ['/new FJORD FISHERIES A/S, Norway, sales@fjordfish.no']);
    expect(out).toContain(`当前无负责人（公海）`);
    expect(out).toContain(`发送 /claim #${id} 从公海认领`);
    expect(out).not.toContain('申请转移');
  });

  it('warns on a possible duplicate and creates only after "create anyway"', async () => {
    await run('bob', ['/new Nordic Lamps AB, SE']);
    const out = await run('li', ['/new Nordic Lamps Trading AB, Sweden']);
    expect(out).toMatch(/暂未创建：可能与已有客户重复：\n• #\d+ Nordic Lamps AB · 负责人 bob · \d+%: 名称相似度 96%/);
    expect(out).toContain('1) 仍然创建');
    expect(out).toContain('2) 申请转移 #');
    expect(await db().customer.count({ where: { name: 'Nordic Lamps Trading AB' } })).toBe(0);
    expect(await run('li', ['/new Nordic Lamps Trading AB, Sweden', '1'])).toMatch(/已创建客户 #\d+ Nordic Lamps Trading AB（SE），负责人：li/);
    // "create anyway" never overrides a certain duplicate
    expect(await run('li', ['/new Nordic Lamps AB, SE'])).toContain('未创建：疑似重复客户');
  });
});

describe('group companies (多抬头)', () => {
  it('links entities, flags a new one as belonging to the group, and shows the combined history', async () => {
    await run('alice', [
      '/new Brightlux Lighting (Shenzhen) Co Ltd, CN, sales@brightlux.cn',
      '/new Brightlux Trading (HK) Ltd, HK, hk@brightlux.com.hk',
    ]);
    const grouped = await run('alice', ['/group Brightlux Lighting (Shenzhen) Co Ltd with Brightlux Trading (HK) Ltd as Brightlux Group']);
    expect(grouped).toMatch(/Group Brightlux Group: #\d+ Brightlux Lighting \(Shenzhen\) Co Ltd, #\d+ Brightlux Trading \(HK\) Ltd/);
    await run('alice', ['/log Brightlux Trading (HK) Ltd: call: HK office wants the LED-600 price list']);

    const flagged = await run('li', ['/new Brightlux Optoelectronics (Vietnam) Co Ltd, VN, vn@brightlux.com.vn']);
    expect(flagged).toContain('暂未创建：疑似属于集团 Brightlux Group（负责人 alice）');
    expect(flagged).toContain('1) 仍然创建');
    const created = await run('li', ['/new Brightlux Optoelectronics (Vietnam) Co Ltd, VN, vn@brightlux.com.vn', '1']);
    expect(created).toMatch(/已创建客户 #\d+ Brightlux Optoelectronics \(Vietnam\) Co Ltd（VN）/);
    expect(created).toContain('属于集团 Brightlux Group（负责人 alice），已加入该集团');
    const vn = await db().customer.findFirstOrThrow({ where: { name: { startsWith: 'Brightlux Opto' } }, include: { group: true } });
    expect(vn.group?.name).toBe('Brightlux Group');

    const aliceCard = await run('alice', ['/customer Brightlux Lighting (Shenzhen) Co Ltd']);
    expect(aliceCard).toContain('Group history:');
    expect(aliceCard).toMatch(/#\d+ Brightlux Trading \(HK\) Ltd call\/terminal: HK office wants the LED-600 price list/);
    expect(aliceCard).toMatch(/#\d+ Brightlux Optoelectronics \(Vietnam\) Co Ltd: owner li/);
    const liCard = await run('li', ['/customer Brightlux Optoelectronics (Vietnam) Co Ltd']);
    expect(liCard).toContain('集团沟通记录：');
    expect(liCard).toMatch(/#\d+ Brightlux Trading \(HK\) Ltd：负责人 alice，最近联系 \d{4}-/);
    expect(liCard).not.toContain('LED-600');
    expect(liCard).not.toContain('hk@brightlux.com.hk');
  });
});
