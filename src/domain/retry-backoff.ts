/**
 * The one retry schedule of the project: capped exponential backoff. Every retry loop (inbound hand-over, the
 * inbound queue, durable jobs, the outbox, WhatsApp reconnects) uses it with its own start and cap, so "how long
 * is an outage waited out" has one answer per loop, computed here rather than guessed from copies.
 */
export interface BackoffPolicy {
  /** the wait after the first failure */
  initialMs: number;
  /** no wait is longer than this */
  maxMs: number;
}

/** The wait after `failures` failures (1 = after the first): initial, 2×, 4× … up to the cap. */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  const exponent = Math.max(0, failures - 1);
  // 2 ** 60 would overflow the cap comparison harmlessly, but keep the arithmetic small
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(exponent, 40));
}

/** The total wait before attempt number `attempts` (the time an outage may last and still be waited out). */
export function totalWait(policy: BackoffPolicy, attempts: number): number {
  let total = 0;
  for (let failures = 1; failures < attempts; failures += 1) total += backoffDelay(policy, failures);
  return total;
}

/** The fewest attempts whose retries span at least `outageMs`. */
export function attemptsToOutlast(policy: BackoffPolicy, outageMs: number): number {
  let attempts = 1;
  while (totalWait(policy, attempts) < outageMs) attempts += 1;
  return attempts;
}

/**
 * Jobs that follow a stored message (assignment, the reactions to a buyer message): 1 s, 2 s … capped at 1 min,
 * for as many attempts as span DURABLE_OUTAGE_MS. A database, Redis or channel outage up to that long delays them;
 * past it the reaction sweep (reaction-sweep.job.ts) finishes what is left.
 */
export const JOB_RETRY: BackoffPolicy = { initialMs: 1_000, maxMs: 60_000 };
export const DURABLE_OUTAGE_MS = 15 * 60_000;
export const DURABLE_JOB_ATTEMPTS = attemptsToOutlast(JOB_RETRY, DURABLE_OUTAGE_MS);
