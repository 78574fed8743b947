import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import { errorReply } from '../../src/flows/error-replies';
import { eventually } from '../support/channel-harness';
import { slackMember, startSlackHarness, type SlackHarness } from '../support/fake-slack';

/**
 * Issue 15: Slack accounts are known by workspace and user id. An account linked by an earlier version under its bare
 * user id is asked, in clear words, to link once more (nothing stored says which workspace linked it, so it is not
 * migrated by trusting the workspace of today's message); after /link it works, and the old link is gone.
 */
const BOB = 'UBOB';
let slack: SlackHarness;

beforeAll(async () => {
  slack = await startSlackHarness();
  const app = slack.app!;
  await app.services.team.add({ name: 'bob', role: 'rep', locale: 'en' });
  // what an earlier version stored: the link under the bare user id
  const { code } = await app.services.team.invite('bob');
  await app.services.team.link(code, { channel: 'slack', externalId: BOB, chatId: `D${BOB}` });
});
afterAll(async () => slack?.stop());

const posted = (text: RegExp) => eventually(() => slack.api.posted(`D${BOB}`).find((p) => text.test(p.text)), 20_000);

describe('Slack links made before workspaces were checked', () => {
  it('are asked to link once more, with no data; after /link the account works and the bare link is gone', async () => {
    const app = slack.app!;
    await slack.slashCommand(BOB, 'find azteca');
    const refusal = await posted(/linked before Quayside checked which workspace/);
    expect(refusal.text).toMatch(/new link code and send \/link/);
    expect(slack.api.posted(`D${BOB}`).some((p) => /No customers found/.test(p.text))).toBe(false);

    const { code } = await app.services.team.invite('bob');
    await slack.slashCommand(BOB, `link ${code}`);
    await eventually(async () => (await app.services.team.identify('slack', slackMember(BOB)))?.name === 'bob', 20_000);
    const bob = await app.services.team.byName('bob');
    expect(await app.database.prisma.channelIdentity.count({ where: { teamMemberId: bob.id, channel: 'slack' } })).toBe(1);
    await slack.slashCommand(BOB, 'find azteca');
    await posted(/No customers found/);
    // the same user id in another workspace is still a stranger
    await slack.slashCommand(BOB, 'find azteca', `D${BOB}`, { team: 'T0999' });
    await posted(/not linked to a Quayside team member/);
  }, 120_000);

  it('says so in Chinese too', () => {
    expect(errorReply(new DomainError('RELINK_REQUIRED'), 'zh')).toContain('重新绑定');
  });
});
