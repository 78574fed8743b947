import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Logger } from '../logger';
import { backoffDelay, type BackoffPolicy } from '../domain/retry-backoff';

/** The inbound queue did not take a message in time: the pass stops, and the message is read again. */
export class QueueUnavailableError extends Error {
  override name = 'QueueUnavailableError';
}

/** One message as fetched: its raw RFC 822 source and where it sits (for an id when it has no Message-ID). */
export interface FetchedMail {
  uid: number;
  uidValidity: string;
  mailbox: string;
  source: Buffer;
}

export interface ImapReaderOptions {
  connection: ImapFlowOptions;
  mailbox: string;
  /** a poll besides IDLE: catches what an IDLE notice missed, and reads servers without IDLE */
  pollMs: number;
  /** how far back the first read looks: an old mailbox's history is not a flood of new leads */
  lookbackDays: number;
  /** the IMAP keyword set once a message was handed over (so a person reading the mailbox changes nothing) */
  keyword: string;
  logger: Logger;
  /** resolves once the message is safely queued; a rejection leaves it unmarked, to be read again */
  onMail: (mail: FetchedMail) => Promise<void>;
  reconnect?: BackoffPolicy;
  now?: () => Date;
}

const DAY = 86_400_000;

/**
 * Reads a mailbox with imapflow: IDLE while connected (imapflow falls back to NOOP polling on servers without it), a
 * timed poll as a safety net, and after every (re)connect the messages not yet marked with `keyword`. A message is
 * marked only after onMail resolved, so a crash in between reads it again; its Message-ID keeps it single downstream.
 */
export function createImapReader(options: ImapReaderOptions) {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const backoff = options.reconnect ?? { initialMs: 2_000, maxMs: 120_000 };
  let client: ImapFlow | undefined;
  let stopped = false;
  let attempts = 0;
  let timer: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let connected = false;

  /** One pass over the unmarked messages; passes run one after another. */
  function readNew(): Promise<void> {
    running = running.then(() => readPass()).catch((err: unknown) => logger.warn({ err }, 'email: reading the mailbox failed'));
    return running;
  }

  async function readPass(): Promise<void> {
    const c = client;
    if (!c || !connected || stopped) return;
    const lock = await c.getMailboxLock(options.mailbox);
    try {
      // a NOOP first: the server tells this session of mail that arrived meanwhile, so the search below sees it
      await c.noop();
      const since = new Date(now().getTime() - options.lookbackDays * DAY);
      const uids = (await c.search({ unKeyword: options.keyword, since }, { uid: true })) || [];
      logger.debug({ found: uids.length }, 'email: unread pass');
      const uidValidity = String(c.mailbox && typeof c.mailbox === 'object' ? c.mailbox.uidValidity : '0');
      for (const uid of uids) {
        if (stopped) return;
        const fetched = await c.fetchOne(String(uid), { source: true, uid: true }, { uid: true });
        if (!fetched || !fetched.source) continue;
        try {
          await options.onMail({ uid, uidValidity, mailbox: options.mailbox, source: fetched.source });
        } catch (error) {
          // the queue is away: stop here and read this one again next pass (later mail waits behind it, in order)
          if (error instanceof QueueUnavailableError) throw error;
          // this one mail cannot be read (a file that cannot be kept, a parser failure): left unmarked, tried again
          // next pass, and the mail after it is not held up
          logger.error({ err: { message: (error as Error).message }, uid }, 'email: a message could not be read; tried again next pass');
          continue;
        }
        await c.messageFlagsAdd(String(uid), [options.keyword], { uid: true });
      }
    } finally {
      lock.release();
    }
  }

  function scheduleReconnect(): void {
    if (stopped || timer) return;
    attempts += 1;
    const delay = backoffDelay(backoff, attempts);
    logger.info({ delay, attempts }, 'email: reconnecting to IMAP');
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
  }

  async function connect(): Promise<void> {
    // IDLE again 2 s after a pass (imapflow's default waits 15 s, and new mail waits with it); a pass's commands
    // follow each other without pause, so this costs no extra round trips
    const c = new ImapFlow({ autoIdleDelay: 2_000, ...options.connection, logger: false });
    client = c;
    c.on('error', (err: Error) => logger.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'email: IMAP error'));
    c.on('close', () => {
      if (client !== c) return;
      connected = false;
      scheduleReconnect();
    });
    // a new message in the open mailbox (IDLE or NOOP told us)
    c.on('exists', () => void readNew());
    try {
      await c.connect();
      await c.mailboxOpen(options.mailbox);
      connected = true;
      attempts = 0;
      logger.info({ mailbox: options.mailbox, idle: c.capabilities.has('IDLE') }, 'email: IMAP connected');
      await readNew();
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'email: IMAP connection failed');
      connected = false;
      await c.logout().catch(() => c.close());
      if (client === c) scheduleReconnect();
      throw error;
    }
  }

  return {
    /** Connects; a lost or refused connection is retried with back-off in the background, a refused login thrown. */
    async start(): Promise<void> {
      poller = setInterval(() => void readNew(), options.pollMs);
      poller.unref();
      try {
        await connect();
      } catch (error) {
        // a refused login will not mend itself: the channel is reported and switched off; anything else is retried
        if ((error as { authenticationFailed?: boolean }).authenticationFailed) {
          stopped = true;
          if (timer) clearTimeout(timer);
          if (poller) clearInterval(poller);
          throw error;
        }
      }
    },
    /** Reads the mailbox now (tests, and the poll). */
    poll: readNew,
    get connected() {
      return connected;
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      await running.catch(() => undefined);
      const c = client;
      client = undefined;
      if (c) await c.logout().catch(() => c.close());
    },
  };
}
