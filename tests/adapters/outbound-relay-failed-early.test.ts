import { createServer, connect, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createOutboundRelayClient, createOutboundRelayServer } from '../../src/adapters/outbound-relay';
import { createLogger } from '../../src/logger';
import { testQueuePrefix } from '../support/db';

// A CI run failed a relayed send with "Missing key for job …" instead of the gateway's reason: the gateway had failed
// the job, and BullMQ had removed it, before the worker's first look at it. A slow network to the worker reproduces
// that order every time: its commands reach Redis late, and the events that would have told it even later.

/** Redis behind a slow link: the first connection through it (the worker's commands) lags `commandsMs` each way, every later one (its event stream) `eventsMs`. */
function slowLink(target: URL, commandsMs: number, eventsMs: number): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((client) => {
    const lag = connections++ === 0 ? commandsMs : eventsMs;
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => (client.destroy(), upstream.destroy()));
    }
    client.on('data', (chunk) => setTimeout(() => upstream.write(chunk), lag));
    upstream.on('data', (chunk) => setTimeout(() => client.write(chunk), lag));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      port: (server.address() as { port: number }).port,
      close: () => new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
    }));
  });
}

const redisUrl = new URL(inject('redisUrl'));
const prefix = testQueuePrefix('relay-early');
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

describe('a relayed send the gateway fails at once', () => {
  it('reaches the worker with the gateway\'s reason, even when the job failed before the worker looked', { timeout: 30_000 }, async () => {
    const gatewayRedis = new Redis(redisUrl.href, { maxRetriesPerRequest: null });
    stops.push(async () => gatewayRedis.disconnect());
    const gateway = createOutboundRelayServer({
      redis: gatewayRedis, prefix, logger: createLogger('silent'), adapters: [],
      port: { capabilities: () => undefined, send: async (m) => { throw new Error(`no adapter for channel ${m.channel}`); } },
    });
    await gateway.start();
    stops.push(() => gateway.stop());

    const link = await slowLink(redisUrl, 50, 500);
    stops.push(() => link.close());
    const db = redisUrl.pathname.replace('/', '') || '0';
    const workerRedis = new Redis(`redis://127.0.0.1:${link.port}/${db}`, { maxRetriesPerRequest: null });
    workerRedis.on('error', () => undefined);
    stops.push(async () => workerRedis.disconnect());
    const client = createOutboundRelayClient({ redis: workerRedis, prefix, logger: createLogger('silent') });
    await client.start();
    stops.push(() => client.stop());

    await expect(client.send({ channel: 'whatsapp', chatId: 'x', text: 'hi' })).rejects.toThrow(/no adapter for channel whatsapp/);
  });
});
