import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** A readiness check: resolves when its part is connected, rejects (or throws) with why not. */
export type ReadinessCheck = () => Promise<void>;

export interface HealthServerOptions {
  port: number;
  host?: string;
  checks: Record<string, ReadinessCheck>;
  registry: Registry;
  /** a check slower than this counts as failed (a hung database must not hang the probe) */
  checkTimeoutMs?: number;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * /healthz: the process is alive (answers while the event loop turns). /readyz: every part this process needs is
 * connected (200, or 503 with the failing parts). /metrics: Prometheus text format.
 */
export function createHealthServer(options: HealthServerOptions) {
  const timeoutMs = options.checkTimeoutMs ?? 2_000;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      } else if (url.pathname === '/readyz') {
        const entries = await Promise.all(Object.entries(options.checks).map(async ([name, check]) => [name, await runCheck(check, timeoutMs)] as const));
        const checks = Object.fromEntries(entries);
        const ready = entries.every(([, result]) => result === 'ok');
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready ? 'ready' : 'not ready', checks }));
      } else if (url.pathname === '/metrics') {
        const body = await options.registry.metrics();
        res.writeHead(200, { 'content-type': options.registry.contentType }).end(body);
      } else {
        res.writeHead(404).end();
      }
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end((error as Error).message);
    }
  });
  return {
    /** Listens; resolves with the port (useful with port 0). */
    async start(): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
      });
      return (server.address() as AddressInfo).port;
    },
    async stop(): Promise<void> {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
