/**
 * How fast a channel may be written to. Platforms throttle (Telegram ~1 msg/s per chat and ~30/s per bot,
 * Slack ~1/s per channel) and WhatsApp blocks accounts that send in bursts, so every send waits for its slot.
 */
export interface SendLimits {
  /** least time between two messages to the same chat */
  perChatMs: number;
  /** most messages per second over all chats */
  globalPerSecond: number;
  /** extra random wait (0…jitterMs) per message, so automated sends do not look machine-timed */
  jitterMs?: number;
}

/** An adapter that declares its limits; the outbound router honours them. */
export interface RateLimitedAdapter {
  readonly sendLimits?: SendLimits;
}

/** Thrown by an adapter when the platform answered 429; the router waits `retryAfterMs` and tries again. */
export class RetryAfterError extends Error {
  constructor(
    readonly retryAfterMs: number,
    readonly cause?: unknown,
  ) {
    super(`rate limited by the platform; retry after ${retryAfterMs} ms`);
    this.name = 'RetryAfterError';
  }
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/**
 * Hands out send slots: each message gets the first moment that respects both its chat's spacing and the
 * channel's overall rate. Slots are reserved synchronously, so messages to one chat keep their order.
 *
 * Not Bottleneck (which the jobs use only as a concurrency cap): a Bottleneck Group keyed by chat chained to a global
 * limiter gives the spacing, but runs on real timers (no injected clock, so the limits could only be tested by
 * sleeping), has no jitter, and has no way to hold one chat (or the channel) until a 429's Retry-After has passed.
 */
export function createSlotLimiter(limits: SendLimits, clock: Clock = realClock) {
  const nextByChat = new Map<string, number>();
  let nextGlobal = 0;
  const globalGap = 1000 / limits.globalPerSecond;
  return {
    /** reserves the next slot for `chatId`; resolves when it is due */
    async wait(chatId: string): Promise<void> {
      const now = clock.now();
      const jitter = limits.jitterMs ? Math.floor(clock.random() * limits.jitterMs) : 0;
      const at = Math.max(now, nextByChat.get(chatId) ?? 0, nextGlobal) + jitter;
      nextByChat.set(chatId, at + limits.perChatMs);
      nextGlobal = at + globalGap;
      // forget chats whose slot has passed, so the map stays small
      if (nextByChat.size > 10_000) for (const [k, v] of nextByChat) if (v < now) nextByChat.delete(k);
      if (at > now) await clock.sleep(at - now);
    },
    /** after a 429: nothing goes to this chat (or, for a global limit, anywhere) until the platform allows it */
    pushBack(chatId: string, ms: number, global = false): void {
      const until = clock.now() + ms;
      nextByChat.set(chatId, Math.max(nextByChat.get(chatId) ?? 0, until));
      if (global) nextGlobal = Math.max(nextGlobal, until);
    },
  };
}

export type SlotLimiter = ReturnType<typeof createSlotLimiter>;
