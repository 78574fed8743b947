import { z } from 'zod';
import { HHMM_PATTERN } from './domain/calendar/hhmm';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const locale = z.enum(['zh', 'en']);

/** Every setting Quayside reads from the environment, validated once at start-up. */
export const configSchema = z
  .object({
    DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    DATA_DIR: z.string().default('.data'),
    /**
     * base64 of 32 random bytes (`openssl rand -base64 32`): encrypts contacts' email/phone at rest and keys their
     * blind index. Required with DATABASE_URL; the embedded default keeps a generated one in DATA_DIR/data-encryption.key.
     */
    DATA_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
          message: 'must be base64 of exactly 32 bytes (make one with: openssl rand -base64 32)',
        })
        .optional(),
    ),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
    /** BullMQ key prefix; tests give each run its own */
    QUEUE_PREFIX: z.string().min(1).default('quayside'),
    /**
     * jobs one worker process runs at once. Most wait on the database, and the queued leads running together share one
     * round-robin write per team, one read of their cards and one of each rep's accounts: the more run at once, the
     * bigger those batches (the assign bench on 2 loaded cores: 8 → ~170 leads/s, 128 → ~400-550)
     */
    JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(128),
    DEFAULT_LOCALE: locale.default('zh'),
    DEFAULT_TIMEZONE: z.string().default('Asia/Shanghai'),
    BASE_CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter ISO 4217 code such as USD').default('USD'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** `auto`: readable one-line logs on a terminal (or with the terminal channel), JSON otherwise */
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    /** serve /healthz, /readyz and /metrics on this port; unset = off (the one-command local start needs none) */
    HEALTH_PORT: optionalString.transform((v) => (v === undefined ? undefined : Number(v))).pipe(z.number().int().min(0).max(65535).optional()),
    /** address the health port listens on */
    HEALTH_HOST: z.string().default('0.0.0.0'),
    /** a gateway's hold on its channel accounts lasts this long unless renewed: a killed gateway's successor waits at most this */
    GATEWAY_LEASE_TTL_MS: z.coerce.number().int().min(1000).max(600_000).default(15_000),
    /** reps may see unowned customers of their regions */
    REPS_SEE_REGION_UNOWNED: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
    TELEGRAM_BOT_TOKEN: optionalString,
    TELEGRAM_API_ROOT: optionalString.pipe(z.url().optional()),
    TELEGRAM_WEBHOOK_URL: optionalString.pipe(z.url().optional()),
    TELEGRAM_WEBHOOK_SECRET: optionalString,
    TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().positive().default(8443),
    SLACK_BOT_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_API_URL: optionalString.pipe(z.url().optional()),
    SLACK_PORT: z.coerce.number().int().positive().default(3000),
    WHATSAPP_ENABLED: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
    /**
     * whatsapp-web.js drives a personal WhatsApp session: automated messages (wake-ups, first answers) are limited so
     * the number is not banned. Per day from the number, per day to one chat, a random gap between two ("min-max"
     * seconds), and the buyer's hours ("09:00-18:00" on ISO weekdays "1-5"; "off": any time).
     */
    WHATSAPP_AUTOMATED_DAILY_CAP: z.coerce.number().int().min(0).max(1000).default(30),
    WHATSAPP_AUTOMATED_PER_CHAT_DAILY_CAP: z.coerce.number().int().min(0).max(10).default(1),
    WHATSAPP_AUTOMATED_GAP_SECONDS: z
      .string()
      .default('60-300')
      .pipe(z.string().regex(/^\d{1,5}-\d{1,5}$/, 'must be "min-max" seconds, e.g. 60-300'))
      .transform((v) => v.split('-').map(Number) as [number, number])
      .refine(([min, max]) => min <= max, 'min must not be above max'),
    WHATSAPP_AUTOMATED_HOURS: z
      .string()
      .default('09:00-18:00')
      .pipe(z.string().regex(new RegExp(`^(off|${HHMM_PATTERN}-${HHMM_PATTERN})$`), 'must be "HH:MM-HH:MM" or "off"'))
      .refine((v) => v === 'off' || v.slice(0, 5) < v.slice(6), 'the start must be before the end'),
    WHATSAPP_AUTOMATED_DAYS: z
      .string()
      .default('1-5')
      .pipe(z.string().regex(/^[1-7](-[1-7])?(,[1-7](-[1-7])?)*$/, 'must be ISO weekdays like "1-5" or "1,2,3,4,5,6"')),
    /**
     * The WhatsApp Business Platform (Cloud API): the business phone number's id, a system-user access token, the
     * Meta app's secret (signs webhooks) and the verify token chosen when subscribing the webhook. All four or none.
     */
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: optionalString.pipe(z.string().regex(/^\d{5,20}$/, 'must be the numeric phone number id from the WhatsApp Manager (not the phone number)').optional()),
    WHATSAPP_CLOUD_ACCESS_TOKEN: optionalString,
    WHATSAPP_CLOUD_APP_SECRET: optionalString,
    WHATSAPP_CLOUD_VERIFY_TOKEN: optionalString,
    /** the Graph API root, version included; another host for a proxy or a local test server */
    WHATSAPP_CLOUD_API_URL: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
    WHATSAPP_CLOUD_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).default(8444),
    WHATSAPP_CLOUD_WEBHOOK_PATH: z.string().regex(/^\/[\w\-./]*$/, 'must be a path such as /whatsapp/webhook').default('/whatsapp/webhook'),
    /**
     * Email as a channel: all three set turn it on. SMTP for sending (smtp://user:pass@host:587, smtps://…:465), IMAP
     * for reading (imap://user:pass@host:143/INBOX, imaps://…:993/INBOX), and the From address buyers see and write to.
     */
    EMAIL_SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
    EMAIL_IMAP_URL: optionalString.pipe(z.url({ protocol: /^imaps?$/ }).optional()),
    EMAIL_FROM: optionalString,
    /** a poll beside IDLE, in seconds (servers without IDLE are read this often) */
    EMAIL_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** the first read looks this many days back: an old mailbox's history does not become a flood of leads */
    EMAIL_LOOKBACK_DAYS: z.coerce.number().int().min(0).max(365).default(3),
    /** the public https URL the one-click unsubscribe POST goes to (the token is appended); unset: mailto only */
    EMAIL_UNSUBSCRIBE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    /** where this process serves that URL (put it behind the public URL's proxy); unset: not served here */
    EMAIL_UNSUBSCRIBE_PORT: optionalString.transform((v) => (v === undefined ? undefined : Number(v))).pipe(z.number().int().min(0).max(65535).optional()),
    EMAIL_UNSUBSCRIBE_HOST: z.string().default('0.0.0.0'),
    TERMINAL_USER: optionalString,
    /** letterhead on quotations and proforma invoices */
    COMPANY_NAME: z.string().trim().min(1).default('Quayside Export Co., Ltd.'),
    COMPANY_NAME_ZH: optionalString,
    COMPANY_ADDRESS: optionalString,
    COMPANY_PHONE: optionalString,
    COMPANY_EMAIL: optionalString,
    COMPANY_WEBSITE: optionalString,
    COMPANY_TAX_ID: optionalString,
    /** who signs and answers for the seller on the proforma invoice */
    COMPANY_CONTACT: optionalString,
    /** bank details printed on the proforma invoice: the bank's name (and branch) … */
    COMPANY_BANK: optionalString,
    COMPANY_BANK_ADDRESS: optionalString,
    COMPANY_BANK_SWIFT: optionalString,
    COMPANY_BANK_ACCOUNT: optionalString,
    /** the account holder; the company name when unset */
    COMPANY_BANK_BENEFICIARY: optionalString,
  })
  .superRefine((c, ctx) => {
    if (c.DATABASE_URL && !c.DATA_ENCRYPTION_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATA_ENCRYPTION_KEY'],
        message: 'required with DATABASE_URL: contact emails and phones are encrypted with it (make one with: openssl rand -base64 32, and keep it safe: without it they cannot be read)',
      });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'required when TELEGRAM_WEBHOOK_URL is set (Telegram skips the check without one)',
      });
    }
    const cloud = ['WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'WHATSAPP_CLOUD_ACCESS_TOKEN', 'WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_VERIFY_TOKEN'] as const;
    const given = cloud.filter((key) => c[key]);
    if (given.length > 0 && given.length < cloud.length) {
      for (const key of cloud.filter((k) => !c[k])) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `required with ${given.join(', ')}: the WhatsApp Business Platform needs the phone number id, access token, app secret (webhook signatures) and verify token together`,
        });
      }
    }
    const email = { EMAIL_SMTP_URL: c.EMAIL_SMTP_URL, EMAIL_IMAP_URL: c.EMAIL_IMAP_URL, EMAIL_FROM: c.EMAIL_FROM };
    if (Object.values(email).some(Boolean)) {
      for (const [name, value] of Object.entries(email)) {
        if (!value) ctx.addIssue({ code: 'custom', path: [name], message: 'required for the email channel (EMAIL_SMTP_URL, EMAIL_IMAP_URL and EMAIL_FROM go together)' });
      }
    }
    if (c.EMAIL_FROM && !/^(?:[^<>]*<)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$/.test(c.EMAIL_FROM)) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_FROM'], message: 'must be an address, e.g. sales@example.com or "Sales <sales@example.com>"' });
    }
    if (c.EMAIL_SMTP_URL && c.EMAIL_UNSUBSCRIBE_URL && c.EMAIL_UNSUBSCRIBE_URL.startsWith('http:') && !/^http:\/\/(127\.|localhost\b|\[::1\])/.test(c.EMAIL_UNSUBSCRIBE_URL)) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_UNSUBSCRIBE_URL'], message: 'must be https (RFC 8058 one-click unsubscribe); plain http only on this machine' });
    }
    if (c.EMAIL_UNSUBSCRIBE_URL && c.EMAIL_UNSUBSCRIBE_PORT === undefined) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_UNSUBSCRIBE_PORT'], message: 'required with EMAIL_UNSUBSCRIBE_URL: the port the gateway serves /unsubscribe/<token> on (behind that URL)' });
    }
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;
export type Locale = z.infer<typeof locale>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
  }
  return result.data;
}

/** The COMPANY_* settings as the letterhead quotes print. */
export function companyLetterhead(c: Config) {
  return {
    name: c.COMPANY_NAME, nameZh: c.COMPANY_NAME_ZH, address: c.COMPANY_ADDRESS, phone: c.COMPANY_PHONE, email: c.COMPANY_EMAIL,
    website: c.COMPANY_WEBSITE, taxId: c.COMPANY_TAX_ID, contact: c.COMPANY_CONTACT,
    bank: c.COMPANY_BANK || c.COMPANY_BANK_ACCOUNT
      ? { name: c.COMPANY_BANK, address: c.COMPANY_BANK_ADDRESS, swift: c.COMPANY_BANK_SWIFT, account: c.COMPANY_BANK_ACCOUNT, beneficiary: c.COMPANY_BANK_BENEFICIARY }
      : undefined,
  };
}
