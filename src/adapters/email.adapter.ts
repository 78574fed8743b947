import { createHash } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImapFlowOptions } from 'imapflow';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { ChannelAdapter, ChannelCapabilities, InboundHandler, OutboundMessage, SentMessage } from '../domain/channel-contract';
import type { Logger } from '../logger';
import { StartupError } from '../startup-error';
import type { AdapterDeps } from './adapter-deps';
import { addressOf, composeEmail } from './email.compose';
import { createImapReader, QueueUnavailableError, type FetchedMail } from './email.imap';
import { describeAttachment, translateEmail } from './email.translate';
import { createUnsubscribeServer, type OptOutByToken } from './email.unsubscribe';
import { handOver } from './hand-over';
import type { RateLimitedAdapter, SendLimits } from './send-limits';

export const EMAIL_CAPABILITIES: ChannelCapabilities = {
  buttons: false,
  threads: true,
  files: true,
  // email has no reply window: a rep may answer a buyer any time
  replyWindowHours: null,
  // one email carries a long text; the router splits only past this
  maxTextLength: 100_000,
  customerFacing: true,
  // a From address proves nothing: team members are not linked here (they work in their chat channels)
  forgeableSender: true,
};

// Mail servers throttle bursts from one sender: at most 2 a second, one per recipient every 2 s
export const EMAIL_SEND_LIMITS: SendLimits = { perChatMs: 2_000, globalPerSecond: 2 };

/** The largest attached file kept; bigger ones are listed on the timeline without their bytes. */
export const MAX_KEPT_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface EmailAdapterOptions {
  /** nodemailer's SMTP transport (a URL such as smtps://user:pass@smtp.example.com:465, or options) */
  smtp: string | Parameters<typeof nodemailer.createTransport>[0];
  /** the IMAP mailbox buyers write to */
  imap: ImapFlowOptions;
  mailbox?: string;
  /** "Sales <sales@example.com>": the From of every message, and our own address (never a buyer) */
  from: string;
  /** where buyers' attached files are kept: <dir>/<hash>-<name> */
  fileDir: string;
  logger: Logger;
  pollMs?: number;
  lookbackDays?: number;
  /** the public base URL of the one-click unsubscribe endpoint (the token is appended); absent: mailto only */
  unsubscribeUrl?: string;
  /** where the endpoint listens; absent: not served by this process */
  unsubscribeListen?: { port: number; host: string };
  /** the domain's opt-out by token (a one-click POST, or the mailto's "unsubscribe <token>" subject) */
  optOut?: OptOutByToken;
  sendLimits?: SendLimits;
}

const KEYWORD = '$QuaysideSeen';
const UNSUBSCRIBE_SUBJECT = /^\s*unsubscribe\s+(\d{1,10}\.[0-9a-f]{32})\s*$/i;

/**
 * Email as a channel: buyers' mails read over IMAP (IDLE, with a poll beside it) become InboundMessages; rep replies,
 * quote PDFs and wake-ups leave over SMTP (nodemailer). Machine mail (auto-replies, lists, bounces) is logged and
 * never reaches the inbox as a buyer.
 */
export function createEmailAdapter(options: EmailAdapterOptions): ChannelAdapter & RateLimitedAdapter & { readonly unsubscribePort: number | undefined; poll(): Promise<void> } {
  const { logger } = options;
  const own = addressOf(options.from);
  const transport: Transporter = nodemailer.createTransport(options.smtp as Parameters<typeof nodemailer.createTransport>[0]);
  let deliver: InboundHandler = async () => undefined;
  let unsubscribePort: number | undefined;
  const unsubscribe = options.optOut && options.unsubscribeListen ? createUnsubscribeServer({ path: 'unsubscribe', optOut: options.optOut, logger }) : undefined;

  async function keep(file: { content: Buffer; filename?: string }): Promise<string | undefined> {
    if (file.content.length > MAX_KEPT_ATTACHMENT_BYTES) return undefined;
    const hash = createHash('sha256').update(file.content).digest('hex').slice(0, 16);
    const safe = (file.filename ?? 'file').normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(-100) || 'file';
    const name = `${hash}-${safe}`;
    await mkdir(options.fileDir, { recursive: true, mode: 0o700 });
    const target = path.join(options.fileDir, name);
    // the same bytes under the same name are one file: a second fetch writes it again, unchanged
    await writeFile(target, file.content, { mode: 0o600 });
    await chmod(target, 0o600);
    return `file:${target}`;
  }

  async function onMail(fetched: FetchedMail): Promise<void> {
    const parsed = await simpleParser(fetched.source, { skipImageLinks: true });
    const contentType = String((parsed.headers.get('content-type') as { value?: string } | undefined)?.value ?? '');
    const fallbackId = `<imap-${fetched.uidValidity}-${fetched.uid}@${fetched.mailbox.replace(/[^\w.-]/g, '_')}.invalid>`;
    const unsubscribeToken = UNSUBSCRIBE_SUBJECT.exec(parsed.subject ?? '')?.[1];
    if (unsubscribeToken && options.optOut) {
      // the List-Unsubscribe mailto: the token decides, not who sent it
      const outcome = await options.optOut(unsubscribeToken);
      logger.info({ outcome }, 'email: unsubscribe by mail');
      if (outcome !== 'invalid') return;
    }
    const result = translateEmail(parsed, { ownAddresses: [own], fallbackId, contentType });
    if ('drop' in result) return void logger.debug({ reason: result.drop }, 'email dropped');
    if ('automated' in result) {
      const a = result.automated;
      // no address in the log: a bounce names the buyer; the count says enough to spot a bad list
      if (a.kind === 'bounce') logger.warn({ reason: a.reason, failedRecipients: a.failedRecipients.length }, 'email: a delivery failed (bounce); not a buyer message');
      else logger.info({ reason: a.reason }, 'email: automatic mail, not a buyer message');
      return;
    }
    const attachments = [];
    for (const file of result.files) attachments.push(describeAttachment(file, await keep(file)));
    const message = attachments.length ? { ...result.message, attachments } : result.message;
    // the IMAP keyword is set only after the queue took it; until then the next pass reads it again
    await handOver(deliver, message, logger, 60_000).catch((error: unknown) => {
      throw new QueueUnavailableError(`the inbound queue did not take the message: ${(error as Error).message}`);
    });
  }

  const reader = createImapReader({
    connection: options.imap,
    mailbox: options.mailbox ?? 'INBOX',
    pollMs: options.pollMs ?? 60_000,
    lookbackDays: options.lookbackDays ?? 3,
    keyword: KEYWORD,
    logger,
    onMail,
  });

  return {
    channel: 'email',
    capabilities: EMAIL_CAPABILITIES,
    sendLimits: options.sendLimits ?? EMAIL_SEND_LIMITS,
    get unsubscribePort() {
      return unsubscribePort;
    },
    poll: () => reader.poll(),

    async start(onInbound: InboundHandler) {
      deliver = onInbound;
      try {
        await transport.verify();
      } catch (error) {
        const err = error as { code?: string; message?: string };
        if (err.code === 'EAUTH') throw new StartupError(`email: the SMTP server refused the login (${err.message}); check EMAIL_SMTP_URL`);
        // an SMTP server away now may be back by the first send: the outbox retries sends
        logger.warn({ err: { message: err.message, code: err.code } }, 'email: SMTP server not reachable now');
      }
      try {
        await reader.start();
      } catch (error) {
        throw new StartupError(`email: the IMAP server refused the login (${(error as Error).message}); check EMAIL_IMAP_URL`);
      }
      if (unsubscribe && options.unsubscribeListen) unsubscribePort = await unsubscribe.listen(options.unsubscribeListen.port, options.unsubscribeListen.host);
    },

    async stop() {
      await reader.stop();
      await unsubscribe?.close();
      transport.close();
    },

    async send(message: OutboundMessage): Promise<SentMessage> {
      const mail = composeEmail(message, { from: options.from, unsubscribeUrl: options.unsubscribeUrl });
      const info = (await transport.sendMail(mail)) as { messageId?: string; rejected?: unknown[] };
      if (Array.isArray(info.rejected) && info.rejected.length) throw new Error(`email: the SMTP server refused the recipient`);
      return { externalIds: [info.messageId ?? mail.messageId] };
    },
  };
}

/** imap://user:pass@host:143/INBOX or imaps://…:993 → imapflow's options and the mailbox. */
export function imapOptionsFromUrl(url: string): { connection: ImapFlowOptions; mailbox: string } {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  return {
    connection: {
      host: u.hostname,
      port: Number(u.port || (secure ? 993 : 143)),
      secure,
      auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    },
    mailbox: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX',
  };
}

/** The registry's factory: email when EMAIL_SMTP_URL, EMAIL_IMAP_URL and EMAIL_FROM are set. */
export function emailFromConfig(deps: AdapterDeps): (ChannelAdapter & RateLimitedAdapter) | null {
  const { config } = deps;
  if (!config.EMAIL_SMTP_URL || !config.EMAIL_IMAP_URL || !config.EMAIL_FROM) return null;
  const imap = imapOptionsFromUrl(config.EMAIL_IMAP_URL);
  return createEmailAdapter({
    smtp: config.EMAIL_SMTP_URL,
    imap: imap.connection,
    mailbox: imap.mailbox,
    from: config.EMAIL_FROM,
    fileDir: path.join(path.resolve(config.DATA_DIR), 'files', 'email'),
    logger: deps.logger.child({ channel: 'email' }),
    pollMs: config.EMAIL_POLL_SECONDS * 1000,
    lookbackDays: config.EMAIL_LOOKBACK_DAYS,
    unsubscribeUrl: config.EMAIL_UNSUBSCRIBE_URL,
    unsubscribeListen: config.EMAIL_UNSUBSCRIBE_PORT !== undefined ? { port: config.EMAIL_UNSUBSCRIBE_PORT, host: config.EMAIL_UNSUBSCRIBE_HOST } : undefined,
    optOut: deps.optOutByToken,
  });
}
