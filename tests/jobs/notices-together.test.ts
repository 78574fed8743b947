import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NOTICE_SEPARATOR, NOTICES_TOGETHER } from '../../src/domain/outbox/outbox.service';
import type { Actor } from '../../src/domain/team/actor';
import { outboxSendJob } from '../../src/jobs/outbox-send.job';
import { OUTBOX_SEND } from '../../src/jobs/outbox-queue';
import { createJobRunner, type JobRunner } from '../../src/jobs/runner';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from '../support/db';
import { eventually } from '../support/eventually';
import { addRep, createFollowupApp } from '../support/followup-fixtures';

const now = new Date('2026-11-24T10:00:00Z');
let env: Awaited<ReturnType<typeof createFollowupApp>>;
let nina: Actor;
let omar: Actor;
const connections: Redis[] = [];
const runners: JobRunner[] = [];

type Kind = 'notice' | 'digest';
async function notices(tag: string, to: Actor, count: number, extra: { kind?: Kind; buttons?: boolean; text?: (i: number) => string } = {}) {
  return env.app.services.outbox.enqueue(
    Array.from({ length: count }, (_, i) => ({
      dedupeKey: `${tag}:${i}`, channel: 'member', chatId: String(to.id), memberId: to.id, dueAt: now,
      text: extra.text?.(i) ?? `${tag} notice ${i}`,
      payload: { kind: extra.kind ?? 'notice', ...(extra.buttons ? { buttons: [{ label: 'Claim', action: 'claim', value: String(i) }] } : {}) },
    })),
  );
}
const statusOf = async (id: number) => (await env.app.services.outbox.byId(id))!.status;
/** every notice text the rep received, in the order received (a message may carry several) */
const received = (rep: string, tag: string) =>
  env.chat.to(rep).flatMap((m) => m.text.split(NOTICE_SEPARATOR)).filter((text) => text.startsWith(`${tag} `));

beforeAll(async () => {
  env = await createFollowupApp();
  nina = await addRep(env.app, 'nina');
  omar = await addRep(env.app, 'omar');
});
afterAll(async () => {
  for (const r of runners) await r.stop();
  for (const c of connections) c.disconnect();
  await env.app.stop();
});

describe("a member's waiting notices leave as one message", () => {
  it('plain notices due together are one message, oldest first; a notice with buttons, a digest and another member are not joined', async () => {
    const plain = await notices('calm', nina, 5);
    const [withButtons] = await notices('card', nina, 1, { buttons: true });
    const [digest] = await notices('weekly', nina, 1, { kind: 'digest' });
    const [others] = await notices('calm-omar', omar, 1);
    const before = env.chat.to('nina').length;

    // the newest plain notice's job runs first: it takes the older ones with it
    expect(await env.app.services.outbox.deliver(plain[4].id, { now })).toEqual({ outcome: 'sent' });
    const sent = env.chat.to('nina').slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].text.split(NOTICE_SEPARATOR)).toEqual([0, 1, 2, 3, 4].map((i) => `calm notice ${i}`));
    for (const row of plain) expect(await statusOf(row.id)).toBe('sent');
    // the others' own jobs find nothing to send
    expect(await env.app.services.outbox.deliver(plain[0].id, { now })).toEqual({ outcome: 'not_claimed' });
    expect(await statusOf(withButtons.id)).toBe('pending');
    expect(await statusOf(digest.id)).toBe('pending');
    expect(await statusOf(others.id)).toBe('pending');

    expect(await env.app.services.outbox.deliver(withButtons.id, { now })).toEqual({ outcome: 'sent' });
    expect(env.chat.to('nina').at(-1)).toMatchObject({ text: 'card notice 0', buttons: ['Claim'] });
    expect(await env.app.services.outbox.deliver(others.id, { now })).toEqual({ outcome: 'sent' });
    expect(env.chat.to('omar').at(-1)!.text).toBe('calm-omar notice 0');
  });

  it('a long backlog is split: at most 20 notices and 3,500 characters per message, and nothing not yet due', async () => {
    const many = await notices('many', nina, NOTICES_TOGETHER + 5);
    const long = await notices('long', omar, 4, { text: (i) => `long ${i} ${'x'.repeat(1_400)}` });
    const [later] = await env.app.services.outbox.enqueue([
      { dedupeKey: 'many:later', channel: 'member', chatId: String(nina.id), memberId: nina.id, dueAt: new Date(now.getTime() + 60_000), text: 'many later', payload: { kind: 'notice' } },
    ]);
    const before = env.chat.to('nina').length;
    await env.app.services.outbox.deliver(many[0].id, { now });
    await env.app.services.outbox.deliver(many[NOTICES_TOGETHER].id, { now });
    const parts = env.chat.to('nina').slice(before).map((m) => m.text.split(NOTICE_SEPARATOR).length);
    expect(parts).toEqual([NOTICES_TOGETHER, 5]);
    expect(await statusOf(later.id)).toBe('pending');

    await env.app.services.outbox.deliver(long[0].id, { now });
    await env.app.services.outbox.deliver(long[2].id, { now });
    const messages = env.chat.to('omar').filter((m) => m.text.startsWith('long '));
    expect(messages.map((m) => m.text.length <= 3_500)).toEqual([true, true]);
    expect(received('omar', 'long')).toHaveLength(4);
  });

  it('a refused send gives every joined notice back, each with its attempt counted, and the next try sends them once', async () => {
    const rows = await notices('refused', nina, 3);
    env.chat.refuse(1);
    const outcome = await env.app.services.outbox.deliver(rows[0].id, { now });
    expect(outcome.outcome).toBe('retry');
    for (const row of rows) {
      const stored = (await env.app.services.outbox.byId(row.id))!;
      expect(stored).toMatchObject({ status: 'pending', attempts: 1, lastError: 'chat: 502 Bad Gateway' });
    }
    const retryAt = new Date(now.getTime() + 120_000);
    expect(await env.app.services.outbox.deliver(rows[1].id, { now: retryAt })).toEqual({ outcome: 'sent' });
    expect(received('nina', 'refused')).toEqual([0, 1, 2].map((i) => `refused notice ${i}`));
    for (const row of rows) expect(await statusOf(row.id)).toBe('sent');
  });

  it('two workers, each notice queued twice: every notice reaches the rep exactly once, in far fewer messages', async () => {
    const prefix = testQueuePrefix('together');
    for (let i = 0; i < 2; i++) {
      const connection = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
      connections.push(connection);
      const runner = createJobRunner({
        connection, prefix, concurrency: 8, definitions: [outboxSendJob],
        deps: { services: env.app.services, logger: createLogger('silent'), now: () => now },
      });
      await runner.start();
      runners.push(runner);
    }
    const rows = await notices('burst', omar, 60);
    const before = env.chat.to('omar').length;
    await runners[0].queue.addBulk(rows.flatMap((r) => [0, 1].map((copy) => ({ name: OUTBOX_SEND, data: { id: r.id }, opts: { jobId: `burst-${r.id}-${copy}` } }))));
    await eventually(async () => (await env.app.database.prisma.outbox.count({ where: { dedupeKey: { startsWith: 'burst:' }, status: 'sent' } })) === 60, 20_000);
    await eventually(async () => (await runners[0].queue.getJobCounts('wait', 'active', 'delayed')).active === 0, 20_000);
    const got = received('omar', 'burst');
    expect(got).toHaveLength(60);
    expect(new Set(got).size).toBe(60);
    // joined: without joining, 60 messages. Sixteen jobs (two workers × 8) start at once and each sends its own row
    // with what it could claim beside it, so under load the count lands anywhere from 3 to ~20 (a CI run saw 20)
    expect(env.chat.to('omar').length - before).toBeLessThanOrEqual(30);
  });
});
