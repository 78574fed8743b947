import { describe, expect, it } from 'vitest';

// Proves the awkward-clock runs really move the clock (otherwise they would prove nothing); skipped in the plain run.
describe.runIf(process.env.TEST_CLOCK)('TEST_CLOCK', () => {
  it('shifts new Date() and Date.now() to the moment asked for, and the clock keeps running', async () => {
    const asked = Date.parse(process.env.TEST_CLOCK!);
    expect(Math.abs(Date.now() - asked)).toBeLessThan(15 * 60_000);
    expect(Math.abs(new Date().getTime() - Date.now())).toBeLessThan(1000);
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Date.now() - before).toBeGreaterThanOrEqual(45);
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date() instanceof Date).toBe(true);
  });
});
