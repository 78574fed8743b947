import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { configuredAccounts, createGatewayLease, LeaseTakenError } from '../../src/ops/gateway-lease';
import { testQueuePrefix } from '../support/db';

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
afterAll(() => redis.disconnect());

const account = { channel: 'telegram', accountHash: 'abc123' };

describe('gateway lease (real Redis)', () => {
  it('lets one gateway hold an account; a second is refused naming the channel, and takes it once the first releases', async () => {
    const prefix = testQueuePrefix('lease');
    const first = createGatewayLease({ redis, prefix, accounts: [account], onLost: () => undefined });
    const second = createGatewayLease({ redis, prefix, accounts: [account], onLost: () => undefined });
    await first.acquire();
    const refused = await second.acquire().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LeaseTakenError);
    expect((refused as Error).message).toMatch(/another gateway \(.+\) already runs the telegram account abc123/);
    await first.release();
    await second.acquire();
    expect(second.held()).toEqual([account]);
    await second.release();
  });

  it('keeps the lease past its TTL while renewed; a dead holder\'s lease frees itself after the TTL', async () => {
    const prefix = testQueuePrefix('lease');
    const key = `${prefix}:gateway-lease:telegram:abc123`;
    const holder = createGatewayLease({ redis, prefix, accounts: [account], ttlMs: 600, onLost: () => undefined });
    await holder.acquire();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await redis.get(key)).toBe(holder.holder);
    await holder.release();
    // what a kill -9'd gateway leaves behind: its key, no longer renewed
    await redis.set(key, 'dead-gateway', 'PX', 300);
    const next = createGatewayLease({ redis, prefix, accounts: [account], ttlMs: 600, onLost: () => undefined });
    await expect(next.acquire()).rejects.toThrow(/dead-gateway/);
    await new Promise((r) => setTimeout(r, 400));
    await next.acquire();
    await next.release();
  });

  it('tells the holder when its lease was taken from it', async () => {
    const prefix = testQueuePrefix('lease');
    const lost: string[] = [];
    const holder = createGatewayLease({ redis, prefix, accounts: [account], ttlMs: 300, onLost: (a) => lost.push(a.channel) });
    await holder.acquire();
    await redis.set(`${prefix}:gateway-lease:telegram:abc123`, 'someone-else');
    await new Promise((r) => setTimeout(r, 400));
    expect(lost).toContain('telegram');
    await holder.release();
    expect(await redis.get(`${prefix}:gateway-lease:telegram:abc123`)).toBe('someone-else');
  });

  it('names accounts by a hash, never by the token', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '123456:SECRET-TOKEN', SLACK_BOT_TOKEN: 'xoxb-secret', SLACK_SIGNING_SECRET: 's', WHATSAPP_ENABLED: 'true' });
    const accounts = configuredAccounts(config);
    expect(accounts.map((a) => a.channel)).toEqual(['telegram', 'slack', 'whatsapp']);
    for (const a of accounts) expect(a.accountHash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(accounts)).not.toMatch(/SECRET|xoxb|123456/);
    // the same bot is the same account whatever else differs
    const again = configuredAccounts(loadConfig({ TELEGRAM_BOT_TOKEN: '123456:SECRET-TOKEN', DATA_DIR: '/elsewhere' }));
    expect(again[0].accountHash).toBe(accounts[0].accountHash);
  });
});
