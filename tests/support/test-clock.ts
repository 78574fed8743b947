// CI runs the date-sensitive files again with TEST_CLOCK set to awkward moments (a year start in Shanghai, DST changes,
// a leap day: scripts/test-awkward-clocks.sh), so a test that leans on today's date fails on any day, not on five days
// a month. The clock is shifted, not frozen: it runs at real speed from TEST_CLOCK, so rate limits, leases and timeouts
// measure as usual even on a loaded machine (a fake clock advanced by a timer falls behind when the timer is late).
// Only `new Date()` and `Date.now()` move; timers, performance.now() and the database servers keep their own clocks.
const at = process.env.TEST_CLOCK;
if (at) {
  const RealDate = Date;
  const start = RealDate.parse(at);
  if (Number.isNaN(start)) throw new Error(`TEST_CLOCK is not a date: ${at}`);
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, prop, receiver) => (prop === 'now' ? now : Reflect.get(target, prop, receiver)),
  });
}
