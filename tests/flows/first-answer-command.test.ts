import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { FIRST_ANSWER_SETTINGS_KEY } from '../../src/domain/first-answer/first-answer.settings';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../support/channel-harness';

const telegram = createFakeChannel('telegram', { customerFacing: true });
const work = createFakeChannel('work');
let app: App;
const setting = async () => (await app.database.prisma.setting.findUnique({ where: { key: FIRST_ANSWER_SETTINGS_KEY } }))?.value ?? null;
const say = async (who: string, text: string) => {
  await work.receive({ senderId: who, text });
  return work.textsTo(who).at(-1)!;
};

beforeAll(async () => {
  app = await createAppWithAdapters([telegram, work]);
  await app.services.team.add({ name: 'ada', role: 'admin', locale: 'en' });
  await app.services.team.add({ name: 'wang', role: 'admin', locale: 'zh' });
  await app.services.team.add({ name: 'mia', role: 'manager', locale: 'en' });
  await app.services.team.add({ name: 'rob', role: 'rep', locale: 'en' });
  for (const name of ['ada', 'wang', 'mia', 'rob']) await linkMember(app, name, 'work', name);
});
afterAll(async () => app.stop());

describe('/firstanswer', () => {
  it('shows the first answer per language to managers and up, on by default, and refuses reps', async () => {
    const shown = await say('mia', '/firstanswer');
    expect(shown).toContain('First answer to new buyers: on; a buyer who wrote nothing for 14 days opens a new conversation.');
    expect(shown).toContain('es (built-in): ¡Gracias por su mensaje! {owner} le responderá {when}.');
    expect(shown.split('\n').filter((l) => /^[a-z]{2} \(built-in\): /.test(l))).toHaveLength(8);
    expect(await say('rob', '/firstanswer')).toContain('You do not have permission');
  });

  it('lets an admin edit one language; the next new Spanish buyer gets that text; "default" puts the built-in one back', async () => {
    const saved = await say('ada', '/firstanswer es ¡Hola! {owner} le escribirá {when}. Saludos de Ningbo.');
    expect(saved).toContain('✅ First answer saved.');
    expect(saved).toContain('es (edited): ¡Hola! {owner} le escribirá {when}. Saludos de Ningbo.');
    await telegram.receive({ senderId: 'b1', text: 'Hola, necesito precio de paneles LED 600x600 para México, por favor' });
    expect(telegram.textsTo('b1')).toHaveLength(1);
    expect(telegram.textsTo('b1')[0]).toMatch(/^¡Hola! Nuestro equipo de ventas le escribirá .+\. Saludos de Ningbo\.$/);
    expect(await say('ada', '/firstanswer es default')).toContain('es (built-in): ¡Gracias por su mensaje!');
    expect(await setting()).toMatchObject({ texts: {} });
    const audit = await app.database.prisma.auditLog.count({ where: { entityType: 'setting', entityId: FIRST_ANSWER_SETTINGS_KEY } });
    expect(audit).toBe(2);
  });

  it('refuses a bad language, a text without its placeholders, and a manager, each with its own message; nothing changes', async () => {
    const before = await setting();
    expect(await say('ada', '/firstanswer xx Hello {owner} {when}')).toBe('First answer not changed: "xx" is not a language it is sent in; use one of en, zh, es, fr, de, ru, ar, pt.');
    expect(await say('ada', '/firstanswer fr Merci pour votre message !')).toContain('First answer not changed: the fr text must contain {owner} (who will answer) and {when} (when).');
    expect(await say('ada', '/firstanswer de')).toContain('the de text must contain {owner}');
    expect(await say('ada', `/firstanswer en ${'{owner} {when} '.repeat(80)}`)).toBe('First answer not changed: the text is longer than 1000 characters.');
    expect(await say('wang', '/firstanswer ja ありがとう {owner} {when}')).toBe('首次自动回复未修改："ja" 不是支持的语言；可用：en, zh, es, fr, de, ru, ar, pt。');
    expect(await say('wang', '/firstanswer zh 谢谢')).toContain('首次自动回复未修改：zh 文本必须包含 {owner}（谁来回复）和 {when}（何时回复）');
    expect(await say('mia', '/firstanswer off')).toBe('First answer not changed: only an admin may change what new buyers are sent.');
    expect(await setting()).toEqual(before);
  });

  it('switched off, a new buyer gets nothing; switched on again (in Chinese), the next one is answered', async () => {
    expect(await say('ada', '/firstanswer off')).toContain('First answer to new buyers: off');
    await telegram.receive({ senderId: 'b2', text: 'Hello, do you ship LED tubes to Kenya?' });
    expect(telegram.textsTo('b2')).toEqual([]);
    expect(await say('wang', '/firstanswer 开')).toContain('新买家首次自动回复：开启');
    await telegram.receive({ senderId: 'b3', text: 'Hello, do you ship LED tubes to Nigeria?' });
    expect(telegram.textsTo('b3')).toHaveLength(1);
    expect(telegram.textsTo('b3')[0]).toMatch(/^Thank you for your message! Our sales team will answer you /);
  });
});
