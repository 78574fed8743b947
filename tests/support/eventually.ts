/**
 * Polls `check` until it returns a truthy value (queues, pollers and child processes work asynchronously); a check
 * that throws counts as "not yet". Fails after `timeoutMs` with the last error seen. The one polling helper of the
 * tests: wait on the observable outcome, never a fixed sleep.
 */
/** what a truthy check returned (`false`, `0`, `''`, null and undefined mean "not yet") */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 50): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value as Truthy<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`condition not met in ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
