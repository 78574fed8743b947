/**
 * A start-up failure the user can fix, said in one line (what is wrong and what to do); the CLI prints its message
 * alone, without a stack, and exits 1.
 */
export class StartupError extends Error {}

const TOKEN_SETTINGS: Record<string, string> = {
  telegram: 'TELEGRAM_BOT_TOKEN',
  slack: 'SLACK_BOT_TOKEN / SLACK_SIGNING_SECRET / SLACK_APP_TOKEN',
  whatsapp: 'the WhatsApp session (delete DATA_DIR/whatsapp and scan the QR code again)',
  'whatsapp-cloud': 'WHATSAPP_CLOUD_ACCESS_TOKEN',
};

/** Why a channel could not start, in one line: a refused token names its setting. */
export function describeChannelFailure(channel: string, error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (/\b401\b|unauthori[sz]ed|invalid_auth|not_authed|account_inactive|token_revoked|invalid_token/i.test(message)) {
    return `${channel}: the platform refused the credentials (${message}); check ${TOKEN_SETTINGS[channel] ?? 'its token'}`;
  }
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|fetch failed|socket hang up/i.test(message)) {
    return `${channel}: its API is not reachable (${message}); check the network or its API URL setting`;
  }
  return `${channel}: ${message}`;
}

/** PostgreSQL's refusal, in one line with what to do (no pg-protocol stack). */
export function describeDatabaseFailure(error: unknown, connectionString: string): string {
  const url = safeUrl(connectionString);
  const where = url ? `${url.hostname}:${url.port || 5432}` : 'DATABASE_URL';
  const database = url?.pathname.replace(/^\//, '') || '(none)';
  const user = url ? decodeURIComponent(url.username) || '(default)' : '(unknown)';
  const e = error as { code?: string; message?: string };
  const message = (e?.message ?? String(error)).split('\n')[0];
  switch (e?.code) {
    case '3D000':
      return `The database "${database}" does not exist on ${where}: create it (createdb -h ${url?.hostname ?? 'host'} ${database}) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the login of user "${user}" (${message}): check the user and password in DATABASE_URL.`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
      return `PostgreSQL is not reachable at ${where} (${e.code}): start it or fix DATABASE_URL (unset it to use the embedded database).`;
    case '57P03':
      return `PostgreSQL at ${where} is starting up or shutting down (${message}): try again in a moment.`;
    default:
      return `Cannot open the database at ${where}: ${message}`;
  }
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
