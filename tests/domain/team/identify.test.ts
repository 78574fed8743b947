import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app';
import { linkMemberIdentity } from '../../../src/domain/team/identity.repository';
import { createTestApp } from '../../support/terminal-harness';

let app: App & { databaseUrl: string };
const db = () => app.database.prisma;

beforeAll(async () => {
  app = await createTestApp();
  for (const name of ['ana', 'ben', 'cleo']) await app.services.team.add({ name, role: 'rep', locale: name === 'ben' ? 'zh' : 'en' });
  const ben = await app.services.team.byName('ben');
  await linkMemberIdentity(db(), { channel: 'telegram', externalId: '7001', teamMemberId: ben.id });
  const cleo = await app.services.team.byName('cleo');
  await linkMemberIdentity(db(), { channel: 'telegram', externalId: '7002', teamMemberId: cleo.id });
  await db().teamMember.update({ where: { id: cleo.id }, data: { status: 'left' } });
  // a buyer: an identity of a contact, not of a member
  await app.services.inbox.receive({
    channel: 'telegram', externalId: 'm-1', kind: 'message', senderId: '9001', senderName: 'Buyer', chatId: '9001', text: 'price?', occurredAt: new Date(), isDirect: true,
  });
});
afterAll(async () => app.stop());

describe('who is writing (team.identify), asked for many senders at once', () => {
  it('answers each caller for its own account: members, a member on another channel, a leaver, a buyer, strangers', async () => {
    const asked: [string, string][] = [
      ['terminal', 'ana'], ['telegram', '7001'], ['terminal', 'ben'], ['telegram', '7002'], ['telegram', '9001'],
      ['telegram', 'ana'], ['whatsapp', '7001'], ['terminal', 'nobody'], ['telegram', '7001'],
    ];
    const answers = await Promise.all(asked.map(([channel, id]) => app.services.team.identify(channel, id)));
    expect(answers.map((a) => a?.name ?? null)).toEqual(['ana', 'ben', 'ben', null, null, null, null, null, 'ben']);
    expect(answers[1]?.locale).toBe('zh');
    // the same member asked twice in one batch: two objects, so a flow adjusting its actor cannot touch another's
    expect(answers[1]).not.toBe(answers[8]);
    expect(answers[1]).toEqual(answers[8]);
  });

  it('sees a link made a moment before', async () => {
    expect(await app.services.team.identify('telegram', '7003')).toBeNull();
    const ana = await app.services.team.byName('ana');
    await linkMemberIdentity(db(), { channel: 'telegram', externalId: '7003', teamMemberId: ana.id });
    expect((await app.services.team.identify('telegram', '7003'))?.name).toBe('ana');
  });
});
