import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramApp } from '../support/telegram-app';
import type { App } from '../../src/app';
import { createLogger } from '../../src/logger';
import { createFakeChannel, eventually, linkMember } from '../support/channel-harness';
import { makeTelegramTextUpdate, type FakeTelegram } from '../support/fake-telegram';

/**
 * Issue 15: logs carry no name, email, phone, chat handle or message text. The log stream of a realistic run (a buyer
 * on Telegram and WhatsApp, a rep's commands, a reply the platform refuses, a send that fails, a refused command) is
 * captured at info level as the JSON a log collector gets, and searched.
 */
const BUYER = { telegramId: 777000444, name: 'Lucia Fernandez', email: 'lucia.fernandez@ferreteria-fernandez.mx', phone: '+52 33 8765 4321', whatsapp: '523387654321@c.us' };
const TRACES = ['Lucia', 'Fernandez', BUYER.email, '8765 4321', '87654321', '523387654321', String(BUYER.telegramId), 'paneles', 'Guadalajara'];
const ALICE_TG = 4111;

const lines: string[] = [];
const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
let fake: FakeTelegram;
let app: App;
const whatsapp = createFakeChannel('whatsapp', { customerFacing: true, replyWindowHours: 24 });

beforeAll(async () => {
  ({ fake, app } = await startTelegramApp('logs', { logger }, { adapters: [whatsapp] }));
  await app.services.team.add({ name: 'alice', role: 'rep', regions: ['LATAM'], locale: 'en' });
  await linkMember(app, 'alice', 'telegram', String(ALICE_TG));
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

describe('the log stream of a realistic run', () => {
  it('names nobody: no name, email, phone, chat handle or message text at info level', async () => {
    const db = app.database.prisma;
    fake.push(makeTelegramTextUpdate({
      fromId: BUYER.telegramId, firstName: BUYER.name,
      text: `Hola, soy ${BUYER.name}. Precio de 2000 paneles a Guadalajara? ${BUYER.email}, ${BUYER.phone}`,
    }));
    const lead = await eventually(() => db.customer.findFirst({ where: { source: 'telegram' } }), 20_000);
    const alice = await app.services.team.byName('alice');
    await db.customer.update({ where: { id: lead.id }, data: { ownerId: alice.id, ownedSince: new Date() } });
    await whatsapp.receive({ senderId: BUYER.whatsapp, senderName: BUYER.name, text: `${BUYER.name}: paneles para Guadalajara, ${BUYER.email}` });
    // the buyer blocked the bot: Telegram refuses the reply (telegraf's error holds the chat id and the text sent)
    fake.neverStarted(BUYER.telegramId);
    fake.push(makeTelegramTextUpdate({ fromId: ALICE_TG, text: `/reply #${lead.id}: Hola ${BUYER.name}, los paneles a Guadalajara cuestan 3.20` }));
    await eventually(() => fake.sentTo(ALICE_TG).length > 0, 20_000);
    // a refused command with the email typed in it, and a contact with the phone
    fake.push(makeTelegramTextUpdate({ fromId: ALICE_TG, text: `/new Ferretería Fernández, MX, ${BUYER.email}` }));
    fake.push(makeTelegramTextUpdate({ fromId: ALICE_TG, text: `/contact #${lead.id}: ${BUYER.name}, purchasing, ${BUYER.phone}` }));
    await eventually(() => fake.sentTo(ALICE_TG).length >= 3, 20_000);
    await eventually(async () => {
      const counts = await app.jobs!.queue.getJobCounts('waiting', 'active', 'prioritized', 'delayed');
      return counts.waiting + counts.active + counts.prioritized === 0;
    }, 20_000);

    // the run was logged, its failure included: the search below can find something
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.some((r) => Number(r.level) >= 40 && JSON.stringify(r).includes("bot can't initiate conversation"))).toBe(true);
    const all = lines.join('\n').toLowerCase();
    expect(TRACES.filter((t) => all.includes(t.toLowerCase()))).toEqual([]);
  }, 180_000);
});
