import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import os from 'node:os';
import type { Redis } from 'ioredis';
import type { Config } from '../config';

/** One channel account a gateway holds: the channel and a hash naming the account (never a token). */
export interface ChannelAccount {
  channel: string;
  accountHash: string;
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

/**
 * The accounts the configured channels log into. Telegram: the bot (its id is the token's first part, hashed with
 * the API root so a test server is another account). Slack: the bot token. WhatsApp: the session kept under DATA_DIR
 * (one per directory; the phone number is only known after the QR scan). WhatsApp Cloud API: the phone number id. Email: the IMAP mailbox.
 */
export function configuredAccounts(config: Config): ChannelAccount[] {
  const accounts: ChannelAccount[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const botId = config.TELEGRAM_BOT_TOKEN.split(':')[0];
    accounts.push({ channel: 'telegram', accountHash: hash(`telegram|${config.TELEGRAM_API_ROOT ?? 'api.telegram.org'}|${botId}`) });
  }
  if (config.SLACK_BOT_TOKEN) accounts.push({ channel: 'slack', accountHash: hash(`slack|${config.SLACK_BOT_TOKEN}`) });
  if (config.WHATSAPP_CLOUD_PHONE_NUMBER_ID) {
    accounts.push({ channel: 'whatsapp-cloud', accountHash: hash(`whatsapp-cloud|${config.WHATSAPP_CLOUD_API_URL}|${config.WHATSAPP_CLOUD_PHONE_NUMBER_ID}`) });
  }
  if (config.WHATSAPP_ENABLED) accounts.push({ channel: 'whatsapp', accountHash: hash(`whatsapp|${path.resolve(config.DATA_DIR)}`) });
  if (config.EMAIL_SMTP_URL && config.EMAIL_IMAP_URL && config.EMAIL_FROM) {
    // the mailbox read: two gateways reading it would race for each message (the IMAP user and host, no password)
    const imap = new URL(config.EMAIL_IMAP_URL);
    accounts.push({ channel: 'email', accountHash: hash(`email|${imap.username}@${imap.host}${imap.pathname}`) });
  }
  return accounts;
}

export class LeaseTakenError extends Error {
  constructor(readonly account: ChannelAccount, readonly holder: string) {
    super(
      `another gateway (${holder}) already runs the ${account.channel} account ${account.accountHash}: stop it first, or wait for its lease to expire`,
    );
  }
}

// renew / release only while we still hold it (another gateway may hold it after ours expired)
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface GatewayLeaseOptions {
  redis: Redis;
  prefix: string;
  accounts: ChannelAccount[];
  /** how long a lease lives without renewal: a killed gateway's account is free again after this */
  ttlMs?: number;
  /** called when a renewal finds the lease gone (Redis lost it, or this process stalled past the TTL) */
  onLost(account: ChannelAccount): void;
}

/**
 * One gateway per channel account: a Redis key per account with a TTL, renewed by its holder every third of the TTL.
 * Two gateways for the same Telegram bot would both long-poll (Telegram answers 409), two WhatsApp sessions fight.
 */
export function createGatewayLease(options: GatewayLeaseOptions) {
  const ttl = options.ttlMs ?? 15_000;
  const holder = `${os.hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const keyOf = (a: ChannelAccount) => `${options.prefix}:gateway-lease:${a.channel}:${a.accountHash}`;
  const held: ChannelAccount[] = [];
  let timer: NodeJS.Timeout | undefined;

  async function renew() {
    for (const account of held) {
      const ok = await options.redis.eval(RENEW, 1, keyOf(account), holder, String(ttl)).catch(() => null);
      // a Redis hiccup is retried next round; only an answer of "not yours" means the lease is lost
      if (ok === 0) options.onLost(account);
    }
  }

  return {
    holder,
    /** Takes every account's lease or none; throws LeaseTakenError naming the first account already held. */
    async acquire(): Promise<void> {
      for (const account of options.accounts) {
        const ok = await options.redis.set(keyOf(account), holder, 'PX', ttl, 'NX');
        if (ok !== 'OK') {
          const other = (await options.redis.get(keyOf(account))) ?? 'unknown';
          await this.release();
          throw new LeaseTakenError(account, other);
        }
        held.push(account);
      }
      timer = setInterval(() => void renew(), Math.max(100, Math.floor(ttl / 3)));
      timer.unref();
    },
    async release(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      for (const account of held.splice(0)) await options.redis.eval(RELEASE, 1, keyOf(account), holder).catch(() => undefined);
    },
    held: () => [...held],
  };
}

export type GatewayLease = ReturnType<typeof createGatewayLease>;
