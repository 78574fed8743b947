import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app';
import { createAppWithAdapters, createFakeChannel, linkMember } from '../support/channel-harness';

// Non-text buyer messages as they arrive from a channel, read back on the rep's /customer card in English and Chinese.
const telegram = createFakeChannel('telegram', { customerFacing: true });
const work = createFakeChannel('work', { customerFacing: false });
let app: App;
let buyerId: number;
const db = () => app.database.prisma;
const timeline = (card: string) => card.split('\n').filter((l) => /^ {2}⬅/.test(l));
// what a timeline line says after "⬅ <when> message/telegram (lang) [intents]: "
const said = (lines: string[]) => lines.map((l) => l.replace(/^.*?message\/telegram[^:]*: /, ''));

beforeAll(async () => {
  app = await createAppWithAdapters([telegram, work]);
  await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await app.services.team.add({ name: 'li', role: 'rep', locale: 'zh' });
  await linkMember(app, 'alice', 'work', 'alice-w');
  await linkMember(app, 'li', 'work', 'li-w');
  const buyer = { senderId: '901', senderName: 'Olga' };
  await telegram.receive({ ...buyer, text: 'Need 500 pcs of LED-600', externalId: 'tg-text' });
  await telegram.receive({ ...buyer, text: '', externalId: 'tg-sticker', attachments: [{ kind: 'sticker', name: '👍', ref: 'STK' }] });
  await telegram.receive({ ...buyer, text: 'the new samples', externalId: 'tg-photo', attachments: [{ kind: 'image', ref: 'PH', caption: 'the new samples' }] });
  await telegram.receive({ ...buyer, text: '', externalId: 'tg-voice', attachments: [{ kind: 'voice', ref: 'VC', durationSeconds: 12 }] });
  await telegram.receive({ ...buyer, text: '', externalId: 'tg-file', attachments: [{ kind: 'document', name: 'invoice.pdf', mimeType: 'application/pdf', ref: 'DOC' }] });
  await telegram.receive({ ...buyer, text: '', externalId: 'tg-location', attachments: [{ kind: 'location', ref: '55.755826,37.6173' }] });
  await telegram.receive({ ...buyer, text: '', externalId: 'tg-contact', attachments: [{ kind: 'contact', name: 'Ivan Petrov', ref: '+79161234567' }] });
  const customer = await db().customer.findFirstOrThrow({ where: { source: 'telegram' } });
  buyerId = customer.id;
  await db().customer.update({ where: { id: buyerId }, data: { ownerId: (await app.services.team.byName('alice')).id } });
});
afterAll(async () => app.stop());

describe('non-text messages on the customer card', () => {
  it('reads stickers, photos, voice notes, files, locations and contact cards instead of blank lines (en)', async () => {
    await work.receive({ senderId: 'alice-w', text: `/customer #${buyerId}` });
    const lines = timeline(work.textsTo('alice-w').at(-1)!);
    expect(said(lines)).toEqual(expect.arrayContaining([
      'Need 500 pcs of LED-600', '[sticker 👍]', '[photo] the new samples', '[voice 0:12]', '[file invoice.pdf]', '[location 55.75583,37.6173]', '[contact Ivan Petrov]',
    ]));
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => !/: $/.test(l))).toBe(true);
    // a shared contact card's number is contact data: not echoed on the card
    expect(lines.join('\n')).not.toContain('+79161234567');
  });

  it('says the same in Chinese', async () => {
    await db().customer.update({ where: { id: buyerId }, data: { ownerId: (await app.services.team.byName('li')).id } });
    await work.receive({ senderId: 'li-w', text: `/customer #${buyerId}` });
    expect(said(timeline(work.textsTo('li-w').at(-1)!))).toEqual(expect.arrayContaining(['[表情 👍]', '[图片] the new samples', '[语音 0:12]', '[文件 invoice.pdf]', '[位置 55.75583,37.6173]', '[名片 Ivan Petrov]']));
  });
});
