import { describe, expect, it } from 'vitest';
import { createOutboundRouter } from '../../src/adapters/outbound-router';
import { RetryAfterError, type Clock, type SendLimits } from '../../src/adapters/send-limits';
import type { ChannelAdapter, OutboundMessage } from '../../src/domain/channel-contract';

/**
 * A clock that only moves when someone sleeps: the earliest sleeper wakes first and time jumps to its wake-up,
 * so sends are stamped with the virtual time they would have gone out, without waiting.
 */
function virtualClock(): Clock & { t: number } {
  const timers: { until: number; wake: () => void }[] = [];
  let scheduled = false;
  const pump = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      timers.sort((a, b) => a.until - b.until);
      const next = timers.shift();
      if (!next) return;
      clock.t = Math.max(clock.t, next.until);
      next.wake();
      if (timers.length) pump();
    });
  };
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: (ms: number) => new Promise<void>((wake) => {
      timers.push({ until: clock.t + ms, wake });
      pump();
    }),
    random: () => 0.5,
  };
  return clock;
}

function platform(limits: SendLimits, clock: Clock, failures: (RetryAfterError | null)[] = []) {
  const log: { at: number; chatId: string; text: string; buttons?: unknown }[] = [];
  const adapter: ChannelAdapter & { sendLimits: SendLimits } = {
    channel: 'chat',
    capabilities: { buttons: true, threads: false, files: false, replyWindowHours: null, maxTextLength: 10, customerFacing: false },
    sendLimits: limits,
    async start() {},
    async stop() {},
    async send(message: OutboundMessage) {
      const failure = failures.shift();
      if (failure) throw failure;
      log.push({ at: clock.now(), chatId: message.chatId, text: message.text, buttons: message.buttons });
      return { externalIds: [String(log.length)] };
    },
  };
  return { adapter, log };
}

describe('outbound router limits', () => {
  it('spaces messages to one chat by the per-chat gap, and all chats by the global rate', async () => {
    const clock = virtualClock();
    const { adapter, log } = platform({ perChatMs: 1000, globalPerSecond: 4 }, clock);
    const router = createOutboundRouter([adapter], { clock });
    await Promise.all([
      router.send({ channel: 'chat', chatId: 'a', text: 'a1' }),
      router.send({ channel: 'chat', chatId: 'a', text: 'a2' }),
      router.send({ channel: 'chat', chatId: 'b', text: 'b1' }),
      router.send({ channel: 'chat', chatId: 'c', text: 'c1' }),
    ]);
    const at = Object.fromEntries(log.map((l) => [l.text, l.at]));
    expect(at.a2 - at.a1).toBeGreaterThanOrEqual(1000);
    const times = log.map((l) => l.at).sort((x, y) => x - y);
    for (let i = 1; i < times.length; i += 1) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(250);
  });

  it('splits long texts, keeps buttons on the last part, and honours Retry-After', async () => {
    const clock = virtualClock();
    const { adapter, log } = platform({ perChatMs: 0, globalPerSecond: 1000 }, clock, [null, new RetryAfterError(3000)]);
    const router = createOutboundRouter([adapter], { clock });
    const sent = await router.send({ channel: 'chat', chatId: 'a', text: 'aaaa bbbb cccc', buttons: [{ label: 'OK', action: 'ok' }] });
    expect(log.map((l) => l.text)).toEqual(['aaaa bbbb', ' cccc']);
    expect(log[0].buttons).toBeUndefined();
    expect(log[1].buttons).toEqual([{ label: 'OK', action: 'ok' }]);
    expect(log[1].at - log[0].at).toBeGreaterThanOrEqual(3000);
    expect(sent.externalIds).toHaveLength(2);
  });

  it('gives up after repeated 429s', async () => {
    const clock = virtualClock();
    const failures = Array.from({ length: 10 }, () => new RetryAfterError(100));
    const { adapter } = platform({ perChatMs: 0, globalPerSecond: 1000 }, clock, failures);
    const router = createOutboundRouter([adapter], { clock, maxRateLimitRetries: 2 });
    await expect(router.send({ channel: 'chat', chatId: 'a', text: 'x' })).rejects.toBeInstanceOf(RetryAfterError);
  });

  it('adds jitter for channels that ask for it', async () => {
    const clock = virtualClock();
    const { adapter, log } = platform({ perChatMs: 3000, globalPerSecond: 1, jitterMs: 1000 }, clock);
    const router = createOutboundRouter([adapter], { clock });
    await router.send({ channel: 'chat', chatId: 'a', text: 'one' });
    await router.send({ channel: 'chat', chatId: 'a', text: 'two' });
    expect(log[1].at - log[0].at).toBe(3500);
  });
});
