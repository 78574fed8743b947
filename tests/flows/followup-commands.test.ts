import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createTestApp, runTerminalScript } from '../support/terminal-harness';

let app: App & { databaseUrl: string };
let customerId: number;

beforeAll(async () => {
  app = await createTestApp();
  const alice = await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en', timezone: 'America/New_York' });
  await app.services.team.add({ name: 'li', role: 'rep', locale: 'zh', timezone: 'Asia/Shanghai' });
  await app.services.team.add({ name: 'bob', role: 'rep', locale: 'en' });
  await app.services.team.add({ name: 'dan', role: 'director', locale: 'en' });
  customerId = (await app.services.customers.create(alice, 'test', { name: 'Acme Trading', country: 'US', details: [] })).id;
});
afterAll(async () => app.stop());

const tasks = () => app.database.prisma.task.findMany({ orderBy: { id: 'asc' } });

describe('follow-up commands through the terminal', () => {
  it('/remind with an English date in the rep timezone, then /tasks, /snooze and /done', async () => {
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/remind Acme Trading next tuesday: send new catalogue', '/tasks']);
    expect(out).toMatch(/⏰ Reminder #\d+ set for Tue \d+ \w+ 09:00: Acme Trading — send new catalogue/);
    const [task] = await tasks();
    expect(DateTime.fromJSDate(task.dueAt, { zone: 'America/New_York' }).toFormat('ccc HH:mm')).toBe('Tue 09:00');
    expect(task).toMatchObject({ kind: 'reminder', customerId, title: 'send new catalogue' });
    expect(out).toMatch(/🗓 Later \(1\)\n• #\d+ send new catalogue \(Acme Trading\)/);

    const more = await runTerminalScript(app.databaseUrl, 'alice', [`/snooze ${task.id} 2d`, `/done ${task.id}`, `/done ${task.id}`]);
    expect(more).toMatch(new RegExp(`⏰ #${task.id} snoozed until \\w+ \\d+ \\w+ \\d\\d:\\d\\d`));
    expect(more).toContain(`✓ Done: #${task.id} send new catalogue`);
    expect(more).toContain(`Task #${task.id} is already done; nothing changed.`);
  });

  it('/remind and /snooze in Chinese', async () => {
    await app.database.prisma.customer.update({ where: { id: customerId }, data: { ownerId: (await app.services.team.byName('li')).id } });
    const out = await runTerminalScript(app.databaseUrl, 'li', ['/提醒 Acme Trading 明天下午3点：发新目录', '/任务']);
    expect(out).toMatch(/⏰ 已设提醒 #\d+：\d+月\d+日 \(周.\) 15:00 跟进 Acme Trading —— 发新目录/);
    const task = (await tasks()).at(-1)!;
    expect(DateTime.fromJSDate(task.dueAt, { zone: 'Asia/Shanghai' }).toFormat('HH:mm')).toBe('15:00');
    const snoozed = await runTerminalScript(app.databaseUrl, 'li', [`/推迟 ${task.id} 下周二`]);
    expect(snoozed).toMatch(new RegExp(`⏰ #${task.id} 推迟到 \\d+月\\d+日 \\(周二\\) 09:00`));
  });

  it('answers bad dates, other reps\' tasks and bad numbers clearly, and changes nothing', async () => {
    const before = await tasks();
    const own = before.at(-1)!;
    const out = await runTerminalScript(app.databaseUrl, 'alice', [
      '/remind Acme Trading someday: call them',
      '/remind Acme Trading: no date here',
      `/snooze ${own.id} 2d`,
      '/snooze 999999 2d',
      `/done abc`,
      '/remind Nobody Corp tomorrow: x',
    ]);
    expect(out).toContain('I could not read a date in "Acme Trading someday"');
    expect(out).toContain('I could not read a date in "Acme Trading"');
    expect(out).toContain(`No task "${own.id}" of yours`);
    expect(out).toContain('No task "999999" of yours');
    expect(out).toMatch(/I could not read that.*\nUsage: \/done <task id>/);
    expect(out).toContain('No customer "Nobody Corp" that you can see');
    const zh = await runTerminalScript(app.databaseUrl, 'li', [`/snooze ${own.id} 改天`]);
    expect(zh).toContain('无法识别日期："改天"');
    expect(await tasks()).toEqual(before);
  });

  it('/tasks offers one-tap actions as numbered replies on a channel without buttons', async () => {
    const alice = await app.services.team.byName('alice');
    const overdue = await app.database.prisma.task.create({ data: { assigneeId: alice.id, customerId, title: 'call about samples', kind: 'follow_up', dueAt: new Date(Date.now() - 86_400_000) } });
    const out = await runTerminalScript(app.databaseUrl, 'alice', ['/tasks', '1']);
    expect(out).toMatch(new RegExp(`⚠️ Overdue \\(1\\)\n• #${overdue.id} call about samples \\(Acme Trading\\)`));
    expect(out).toContain(`1) ✓ Done #${overdue.id}\n2) ⏰ Snooze 1d #${overdue.id}\n3) ↩ Reply #${overdue.id}\n4) 👥 Reassign #${overdue.id}`);
    expect(out).toContain(`✓ Done: #${overdue.id} call about samples`);
    expect((await app.database.prisma.task.findUniqueOrThrow({ where: { id: overdue.id } })).status).toBe('done');
  });

  it('/reassign hands a task over and tells the new assignee', async () => {
    const liId = (await app.services.team.byName('li')).id;
    const own = (await tasks()).filter((t) => t.assigneeId === liId).at(-1)!;
    // bob may not see Acme Trading, so he may not get its task (this test used to hand it to him)
    const out = await runTerminalScript(app.databaseUrl, 'li', [`/reassign ${own.id} bob`, `/reassign ${own.id} dan`, `/reassign ${own.id} nobody`]);
    expect(out).toContain(`任务 #${own.id} 未转交：bob 无权查看该任务的客户`);
    expect(out).toContain(`👥 已把 #${own.id} 转交给 dan`);
    expect((await tasks()).find((t) => t.id === own.id)!.assigneeId).toBe((await app.services.team.byName('dan')).id);
    expect(out).toContain(`找不到您的任务 "${own.id}"`);
  });

  it('/sequence shows, pauses and resumes a customer sequence; numbered replies press its button', async () => {
    const li = await app.services.team.byName('li');
    await app.database.prisma.sequenceEnrollment.create({ data: { customerId, status: 'active', step: 0, startedAt: new Date('2026-11-01T00:00:00Z') } });
    const out = await runTerminalScript(app.databaseUrl, 'li', ['/sequence Acme Trading', '1', '/序列 Acme Trading: 恢复', '/sequence Acme Trading: frobnicate']);
    expect(out).toMatch(/#\d+ Acme Trading 唤醒序列：进行中，开始于 2026-11-01 08:00/);
    expect(out).toContain('1) 暂停');
    expect(out).toContain('Acme Trading 的唤醒序列已暂停。');
    expect(out).toContain('Acme Trading 的唤醒序列已恢复。');
    expect(out).toMatch(/无法识别该输入[\s\S]*用法：\/sequence <客户>/);
    const stranger = await runTerminalScript(app.databaseUrl, 'alice', ['/sequence Acme Trading: pause']);
    expect(stranger).toContain('No customer "Acme Trading" that you can see');
    expect((await app.database.prisma.sequenceEnrollment.findFirstOrThrow({ where: { customerId } })).status).toBe('active');
    void li;
  });
});
