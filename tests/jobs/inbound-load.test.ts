import Bottleneck from 'bottleneck';
import { afterEach, describe, expect, it } from 'vitest';
import { giveWayDuringBursts, inboundLoad } from '../../src/jobs/inbound-load';

const SLOTS = 4;

/**
 * Runs `tasks` tasks through the limiter and returns the most that ran at once. A task holds
 * its slot until all SLOTS run together, or for `holdMs`: on a loaded machine a fixed 20 ms
 * task once ended before the limiter started the fourth, and 3 was read where 4 were allowed.
 * A limiter held to fewer slots still keeps every task the full `holdMs`, so a second task
 * let in by mistake is seen.
 */
async function peakConcurrency(limiter: Bottleneck, tasks: number, holdMs = 150): Promise<number> {
  let running = 0;
  let peak = 0;
  const waiting = new Set<() => void>();
  await Promise.all(
    Array.from({ length: tasks }, () =>
      limiter.schedule(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => {
          const release = () => {
            clearTimeout(timer);
            waiting.delete(release);
            resolve();
          };
          const timer = setTimeout(release, holdMs);
          waiting.add(release);
          if (running >= SLOTS) for (const held of [...waiting]) held();
        });
        running -= 1;
      }),
    ),
  );
  return peak;
}

describe('work that gives way to a burst of inbound messages', () => {
  let storing = 0;
  const start = (n: number) => {
    for (let i = 0; i < n; i++) inboundLoad.started();
    storing += n;
  };
  const finish = (n: number) => {
    for (let i = 0; i < n; i++) inboundLoad.finished();
    storing -= n;
  };
  let unsubscribe: (() => void) | undefined;
  afterEach(() => {
    unsubscribe?.();
    finish(storing);
  });

  it('runs at its own concurrency when few messages are being stored', async () => {
    const limiter = new Bottleneck({ maxConcurrent: SLOTS });
    unsubscribe = giveWayDuringBursts(limiter, { slots: SLOTS, burstAt: 10, calmAt: 2 });
    start(3);
    expect(await peakConcurrency(limiter, 8)).toBe(4);
  });

  it('runs one at a time during a burst, and at full concurrency again once it has passed', async () => {
    const limiter = new Bottleneck({ maxConcurrent: SLOTS });
    unsubscribe = giveWayDuringBursts(limiter, { slots: SLOTS, burstAt: 10, calmAt: 2 });
    start(10);
    expect(await peakConcurrency(limiter, 6)).toBe(1);
    // between the two marks the setting holds (no flapping on every message)
    finish(5);
    expect(await peakConcurrency(limiter, 4)).toBe(1);
    finish(3);
    expect(await peakConcurrency(limiter, 8)).toBe(4);
  });

  it('gives way at once when it is set up in the middle of a burst', async () => {
    start(12);
    const limiter = new Bottleneck({ maxConcurrent: SLOTS });
    unsubscribe = giveWayDuringBursts(limiter, { slots: SLOTS, burstAt: 10, calmAt: 2 });
    expect(await peakConcurrency(limiter, 4)).toBe(1);
  });

  it('stops following the load once unsubscribed', async () => {
    const limiter = new Bottleneck({ maxConcurrent: SLOTS });
    giveWayDuringBursts(limiter, { slots: SLOTS, burstAt: 10, calmAt: 2 })();
    start(20);
    expect(await peakConcurrency(limiter, 8)).toBe(4);
  });
});
