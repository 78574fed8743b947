import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createHealthServer } from '../../src/ops/health-server';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function serve(checks: Record<string, () => Promise<void>>) {
  const server = createHealthServer({ port: 0, host: '127.0.0.1', checks, registry: new Registry(), checkTimeoutMs: 300 });
  const port = await server.start();
  stop = () => server.stop();
  return (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
}

describe('health server (real HTTP)', () => {
  it('is alive while a part is down, and not ready, naming the part and why', async () => {
    const get = await serve({ database: async () => undefined, redis: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) });
    expect((await get('/healthz')).status).toBe(200);
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready', checks: { database: 'ok', redis: 'connect ECONNREFUSED 127.0.0.1:6379' } });
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('counts a check that hangs as failed instead of hanging the probe', async () => {
    const get = await serve({ database: () => new Promise(() => undefined) });
    const started = Date.now();
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks.database).toBe('no answer in 300 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
