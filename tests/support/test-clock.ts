import { vi } from 'vitest';

// CI runs the date-sensitive files again with TEST_CLOCK set to awkward moments (month and year starts in Shanghai,
// DST changes, a leap day: scripts/test-awkward-clocks.sh), so a test that leans on today's date fails on any day,
// not on five days a month. Only Date is faked and it keeps ticking: timers, sockets and the databases run as usual.
const at = process.env.TEST_CLOCK;
if (at) {
  const now = new Date(at);
  if (Number.isNaN(now.getTime())) throw new Error(`TEST_CLOCK is not a date: ${at}`);
  vi.useFakeTimers({ toFake: ['Date'], now, shouldAdvanceTime: true });
}
