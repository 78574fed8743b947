import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import type { OutboundMessage } from '../../src/domain/channel-contract';
import { commands } from '../../src/flows';
import { createAppWithAdapters, createFakeChannel } from '../support/channel-harness';

/**
 * Issue 15, the role × command matrix: every chat command, sent by each kind of person about one customer (Target
 * Co, owned by owen of the EU team), with what each may see and do written out by hand below. A rep of another team
 * and a manager of another team must never learn a thing about Target Co; a stranger gets the refusal; the owner
 * asking in a group chat gets every answer privately. Adding a command = one row (a test fails until it is added).
 */
type Role = 'rep' | 'otherManager' | 'director' | 'admin';
/** what the reply must say; HIDDEN: a "not found"-like answer that names nothing; FORBIDDEN: the permission refusal */
type Expect = RegExp | 'HIDDEN' | 'FORBIDDEN';
interface Row { command: string; line: string; expect: Record<Role, Expect> }

const T = { id: 0, sister: 0, task: 0 };
const NAME = 'Target Co';
const EMAIL = 'buyer@target-co.de';
const PHONE_DIGITS = '3055551234';
const all = (e: Expect): Record<Role, Expect> => ({ rep: e, otherManager: e, director: e, admin: e });
const seen = (e: Expect, hidden: Expect = 'HIDDEN'): Record<Role, Expect> => ({ rep: hidden, otherManager: hidden, director: e, admin: e });

const ROWS: (() => Row)[] = [
  () => ({ command: 'new', line: `/new ${NAME}, DE, ${EMAIL}`, expect: { rep: /Not created: this looks like #\d+ Target Co, owned by owen/, otherManager: /Not created: this looks like #\d+ Target Co, owned by owen/, director: /Not created: this looks like #\d+ Target Co, owned by owen/, admin: /Not created: this looks like #\d+ Target Co, owned by owen/ } }),
  () => ({ command: 'find', line: '/find target', expect: seen(/#\d+ Target Co/, /No customers found/) }),
  () => ({ command: 'customer', line: `/customer #${T.id}`, expect: seen(new RegExp(EMAIL)) }),
  () => ({ command: 'log', line: `/log #${T.id}: matrix note`, expect: seen(/Logged on #\d+/) }),
  () => ({ command: 'contact', line: `/contact #${T.id}: Matrix Person, purchasing`, expect: seen(/Added Matrix Person/) }),
  () => ({ command: 'lang', line: '/lang en', expect: all(/I will reply in English/) }),
  () => ({ command: 'link', line: '/link 000000', expect: all(/wrong or expired/) }),
  () => ({ command: 'reply', line: `/reply #${T.id}: hello`, expect: seen(/Target Co has not written to us on any chat yet/) }),
  () => ({ command: 'report', line: '/report customers 30d DE', expect: seen(/\n1 customers/, /\n0 customers/) }),
  () => ({ command: 'audit', line: `/audit #${T.id}`, expect: { rep: 'FORBIDDEN', otherManager: 'HIDDEN', director: /Audit trail of #\d+ Target Co/, admin: /Audit trail of #\d+ Target Co/ } }),
  () => ({ command: 'group', line: `/group #${T.id} with #${T.sister}`, expect: seen(/Group Target Co: #\d+ Target Co, #\d+ Sister Leuchten GmbH|already in group/) }),
  () => ({ command: 'ungroup', line: `/ungroup #${T.id}`, expect: seen(/#\d+ Target Co left group|not in a group/) }),
  () => ({ command: 'merge', line: `/merge #${T.id} into #${T.id}`, expect: seen(/cannot be merged into itself/) }),
  () => ({ command: 'unmerge', line: '/unmerge 999', expect: all(/No merge #999/) }),
  () => ({ command: 'quote', line: `/quote #${T.id}: LED-600 x2000 @3.20 USD FOB Ningbo, 30% deposit 70% against BL copy, valid 15d`, expect: seen(/Quote Q-\d{4}-\d{4} v1 created|Q-\d{4}-\d{4} v\d/) }),
  () => ({ command: 'stage', line: `/stage #${T.id} contacted`, expect: seen(/#\d+ Target Co: \w+ → contacted|already/) }),
  () => ({ command: 'order', line: `/order #${T.id} from quote v1`, expect: all(/No order "#\d+" that you can update/) }),
  () => ({ command: 'approvalrules', line: '/approvalrules', expect: { ...all(/Approval rules \(amounts in base currency\)/), rep: 'FORBIDDEN' } }),
  () => ({ command: 'tasks', line: '/tasks', expect: all(/No open tasks/) }),
  () => ({ command: 'done', line: `/done ${T.task}`, expect: all(/No task/) }),
  () => ({ command: 'snooze', line: `/snooze ${T.task} 2d`, expect: all(/No task/) }),
  () => ({ command: 'remind', line: `/remind #${T.id} tomorrow: call back`, expect: seen(/Reminder #\d+/) }),
  () => ({ command: 'reassign', line: `/reassign ${T.task} dir`, expect: all(/No task/) }),
  () => ({ command: 'sequence', line: `/sequence #${T.id}`, expect: seen(/#\d+ Target Co has no wake-up sequence/) }),
  () => ({ command: 'rules', line: '/rules', expect: all(/No assignment rules yet|Assignment rules \(first match wins\)/) }),
  () => ({ command: 'rule', line: '/rule add country=FR -> team:eu', expect: { rep: 'FORBIDDEN', otherManager: /managers change only their own teams' rules/, director: /Added rule eu/, admin: /can never match: an earlier rule already catches every lead it would/ } }),
  () => ({ command: 'weights', line: '/weights', expect: { rep: 'FORBIDDEN', otherManager: /No team named/, director: /No team named/, admin: /No team named/ } }),
  () => ({ command: 'pool', line: '/pool', expect: all(/No customers in the public pool match/) }),
  () => ({ command: 'claim', line: `/claim #${T.id}`, expect: all(/is not in the public pool/) }),
  () => ({ command: 'firstanswer', line: '/firstanswer', expect: { ...all(/First answer to new buyers: on/), rep: 'FORBIDDEN' } }),
  () => ({ command: 'help', line: '/help', expect: all(/Quayside commands/) }),
];

const USERS: Record<Role, string> = { rep: 'rita', otherManager: 'max', director: 'dir', admin: 'adm' };
const channel = createFakeChannel('terminal');
let app: App;
let rows: Row[];

async function send(user: string, line: string, group = false): Promise<OutboundMessage[]> {
  const before = channel.sent.length;
  await channel.receive({ senderId: user, chatId: group ? 'team-group' : user, isDirect: !group, text: line, senderName: user });
  return channel.sent.slice(before);
}
const text = (sent: OutboundMessage[]) => sent.map((m) => m.text).join('\n');

beforeAll(async () => {
  app = await createAppWithAdapters([channel]);
  const t = app.services.team;
  await t.add({ name: 'mona', role: 'manager', regions: ['EU'], locale: 'en' });
  await t.add({ name: 'owen', role: 'rep', regions: ['EU'], locale: 'en', manager: 'mona' });
  await t.add({ name: 'max', role: 'manager', regions: ['LATAM'], locale: 'en' });
  await t.add({ name: 'rita', role: 'rep', regions: ['LATAM'], locale: 'en', manager: 'max' });
  await t.add({ name: 'dir', role: 'director', locale: 'en' });
  await t.add({ name: 'adm', role: 'admin', locale: 'en' });
  const p = app.database.prisma;
  const eu = await p.team.create({ data: { name: 'eu', managerId: (await t.byName('mona')).id } });
  await p.teamMember.update({ where: { name: 'owen' }, data: { teamId: eu.id } });
  const owen = await t.byName('owen');
  T.id = (await app.services.customers.create(owen, 'test', { name: NAME, country: 'DE', details: [EMAIL, '+49 30 5555 1234'] })).id;
  T.sister = (await app.services.customers.create(owen, 'test', { name: 'Sister Leuchten GmbH', country: 'AT', details: [] })).id;
  T.task = (await p.task.create({ data: { customerId: T.id, assigneeId: owen.id, createdById: owen.id, title: 'send Target Co the samples', kind: 'reminder', dueAt: new Date('2026-12-10T09:00:00Z') } })).id;
  rows = ROWS.map((r) => r());
}, 60_000);
afterAll(async () => app?.stop());

it('has a row for every chat command', () => {
  expect(new Set(ROWS.map((r) => r().command))).toEqual(new Set(commands.map((c) => c.name)));
});

describe.each(Object.entries(USERS) as [Role, string][])('%s (%s)', (role, user) => {
  it('gets what the matrix says from every command, and never a detail of a customer it may not see', async () => {
    const failures: string[] = [];
    for (const row of rows) {
      const out = text(await send(user, row.line));
      if (process.env.MATRIX_PRINT) console.log(`--- ${role} ${row.line}\n${out}`);
      const e = row.expect[role];
      const ok = e === 'FORBIDDEN' ? /You do not have permission/.test(out)
        : e === 'HIDDEN' ? /No customer ".*" that you can see/.test(out) && !out.includes(NAME)
          : e.test(out);
      const mayNotSee = role === 'rep' || role === 'otherManager';
      const leaked = mayNotSee && row.command !== 'new' && (out.includes(NAME) || out.includes(EMAIL) || out.replace(/\D/g, '').includes(PHONE_DIGITS) || out.includes('Sister Leuchten'));
      if (!ok || leaked) failures.push(`${row.line} → ${leaked ? 'LEAK ' : ''}expected ${String(e)}, got:\n${out}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('stranger (an account not linked)', () => {
  it('is refused every command but /help and /link, with no data', async () => {
    for (const row of rows) {
      const out = text(await send('nobody', row.line));
      const expected = row.command === 'help' ? /Quayside commands|link/ : row.command === 'link' ? /wrong or expired/ : /not linked to a Quayside team member/;
      expect(out, row.line).toMatch(expected);
      expect(out, row.line).not.toContain(NAME);
    }
  });
});

describe('group member (the owner, asking in a group chat)', () => {
  it('gets every answer privately; nothing goes to the group', async () => {
    for (const row of rows) {
      const sent = await send('owen', row.line, true);
      expect(sent.length, row.line).toBeGreaterThan(0);
      for (const m of sent) expect(m.audience, `${row.line}: ${m.text}`).toMatchObject({ kind: 'private', userId: 'owen' });
    }
  });
});
