import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramApp } from '../support/telegram-app';
import type { App } from '../../src/app';
import { eventually, linkMember } from '../support/channel-harness';
import { makeTelegramTextUpdate, type FakeTelegram } from '../support/fake-telegram';
import { slackMember, startSlackHarness, type SlackHarness } from '../support/fake-slack';

/**
 * Issue 15: customer data asked for in a group or a shared channel goes to the asker alone (Telegram: a direct
 * message and a pointer in the group; Slack: an ephemeral message), and a Slack user of another workspace is nobody.
 * Real telegraf and Bolt against local fakes of the platforms; real PostgreSQL and Redis behind.
 */
const EMAIL = 't.mueller@lichttechnik-mueller.de';
const CUSTOMER = 'Lichttechnik Müller GmbH';

async function seedBook(app: App) {
  const bob = await app.services.team.add({ name: 'bob', role: 'rep', regions: ['EU'], locale: 'en' });
  await app.services.customers.create(bob, 'test', { name: CUSTOMER, country: 'DE', details: [EMAIL] });
}

describe('a Telegram group', () => {
  const BOB = 111;
  const SHY = 222;
  const GROUP = -100500;
  let fake: FakeTelegram;
  let app: App;
  beforeAll(async () => {
    ({ fake, app } = await startTelegramApp('tg-group'));
    await seedBook(app);
    await app.services.team.add({ name: 'shy', role: 'director', locale: 'zh' });
    await linkMember(app, 'bob', 'telegram', String(BOB));
    await linkMember(app, 'shy', 'telegram', String(SHY));
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  it('sends /customer to the asker privately; the group sees only a pointer', async () => {
    fake.push(makeTelegramTextUpdate({ fromId: BOB, firstName: 'Bob', chatId: GROUP, chatType: 'supergroup', text: `/customer ${CUSTOMER}` }));
    const card = await eventually(() => fake.sentTo(BOB).find((t) => t.includes(CUSTOMER)));
    expect(card).toContain(EMAIL);
    const group = await eventually(() => (fake.sentTo(GROUP).length ? fake.sentTo(GROUP) : null));
    expect(group).toEqual(['🔒 Bob, I answered you privately.']);
  });

  it('tells the group how to get the answer when the asker never opened a chat with the bot, and shows no data', async () => {
    fake.neverStarted(SHY);
    const before = fake.sentTo(GROUP).length;
    fake.push(makeTelegramTextUpdate({ fromId: SHY, firstName: 'Shy', chatId: GROUP, chatType: 'group', text: `/find ${EMAIL}` }));
    const said = await eventually(() => fake.sentTo(GROUP).slice(before)[0]);
    expect(said).toContain('客户资料只能私信发送');
    expect(fake.calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(GROUP)).map((c) => c.body.text).join('\n')).not.toMatch(/Lichttechnik|mueller/);
  });
});

describe('a shared Slack channel', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness();
    await seedBook(slack.app!);
    await linkMember(slack.app!, 'bob', 'slack', slackMember('UBOB'), 'UBOB');
  }, 60_000);
  afterAll(async () => slack?.stop());

  it('answers /crm find in a channel with an ephemeral message to the asker; nothing posted in the channel', async () => {
    await slack.slashCommand('UBOB', 'find lichttechnik', 'CSHARED');
    const answer = await eventually(() => slack.api.ephemeral('CSHARED').find((m) => String(m.text).includes(CUSTOMER)));
    expect(answer.user).toBe('UBOB');
    await slack.app!.inbound!.drain(3000);
    expect(slack.api.posted('CSHARED')).toEqual([]);
  });

  it('answers an @mention asking for the card ephemerally, with the email only there', async () => {
    await slack.event({ type: 'app_mention', channel: 'CSHARED', user: 'UBOB', text: `<@UQUAYSIDEBOT> /customer ${CUSTOMER}`, ts: '1790000100.000100' });
    const card = await eventually(() => slack.api.ephemeral('CSHARED').find((m) => String(m.text).includes(EMAIL)));
    expect(card.user).toBe('UBOB');
    expect(slack.api.posted().map((p) => String(p.text)).join('\n')).not.toContain(EMAIL);
  });

  it('treats the same user id from another workspace as a stranger', async () => {
    await slack.slashCommand('UBOB', `customer ${CUSTOMER}`, 'DUBOB', { team: 'T9999' });
    const reply = await eventually(() => slack.api.posted('DUBOB').find((p) => String(p.text).includes('not linked')));
    expect(reply.text).not.toContain(CUSTOMER);
    expect(slack.api.posted('DUBOB').map((p) => String(p.text)).join('\n')).not.toMatch(/Lichttechnik|mueller/);
  });
});
