import { fork } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createOutboundRelayClient, createOutboundRelayServer } from '../../src/adapters/outbound-relay';
import { SendOutcomeUnknownError, type OutboundMessage } from '../../src/domain/channel-contract';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from '../support/db';

// The fault bench killed the gateway (kill -9) while it sent a task nudge the platform had already taken. BullMQ then
// ran the relayed send again on the restarted gateway (a stalled job goes back to the queue), behind the outbox's back:
// the rep got the nudge twice although nudges are at most once. Now the stalled send fails and the worker is told the
// outcome is unknown, so the outbox applies its crash policy.
const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
const prefix = testQueuePrefix('relay-crash');
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
  redis.disconnect();
});

describe('a gateway killed during a relayed send', () => {
  it('does not send it again on the next gateway; the worker hears the outcome is unknown', { timeout: 180_000 }, async () => {
    const child = fork(new URL('./support/relay-gateway-child.ts', import.meta.url).pathname, [inject('redisUrl'), prefix], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      child.on('message', (m: { type: string }) => m.type === 'ready' && resolve());
      child.on('exit', (code) => reject(new Error(`gateway child exited early (${code})`)));
    });
    const client = createOutboundRelayClient({ redis, prefix, logger: createLogger('silent') });
    await client.start();
    stops.push(() => client.stop());
    const inFlight = new Promise<void>((resolve) => child.on('message', (m: { type: string }) => m.type === 'sending' && resolve()));
    const outcome = client.send({ channel: 'telegram', chatId: '1001', text: '⏰ Task due: #7 call back' }).then(() => 'sent', (error: unknown) => error);
    await inFlight;
    child.removeAllListeners('exit');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // the gateway started again: it must not send what the dead one had in flight
    const resent: OutboundMessage[] = [];
    const next = createOutboundRelayServer({
      redis, prefix, logger: createLogger('silent'), adapters: [],
      port: { capabilities: () => undefined, send: async (m) => (resent.push(m), { externalIds: ['x'] }) },
    });
    await next.start();
    stops.push(() => next.stop());
    const error = await outcome;
    expect(error).toBeInstanceOf(SendOutcomeUnknownError);
    expect(resent).toEqual([]);
    // failed, not waiting to run again (the failed set keeps it minutes, for a sender that has not looked yet)
    expect(await redis.zcard(`${prefix}:outbound:failed`)).toBe(1);
    expect(await redis.llen(`${prefix}:outbound:wait`)).toBe(0);
    expect(await redis.llen(`${prefix}:outbound:active`)).toBe(0);
  });
});
