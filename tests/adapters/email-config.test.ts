import { describe, expect, it } from 'vitest';
import { emailFromConfig, imapOptionsFromUrl } from '../../src/adapters/email.adapter';
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { configuredAccounts } from '../../src/ops/gateway-lease';

const EMAIL = { EMAIL_SMTP_URL: 'smtp://sales:pw@127.0.0.1:2525', EMAIL_IMAP_URL: 'imap://sales:p%40ss@127.0.0.1:1143/Buyers', EMAIL_FROM: 'Sales <sales@quayside.test>' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('email settings', () => {
  it('turn the channel on only with all three, and name what is missing', () => {
    expect(emailFromConfig({ config: loadConfig({}), logger: createLogger('silent') })).toBeNull();
    expect(problems({ EMAIL_SMTP_URL: EMAIL.EMAIL_SMTP_URL })).toEqual([
      'EMAIL_IMAP_URL: required for the email channel (EMAIL_SMTP_URL, EMAIL_IMAP_URL and EMAIL_FROM go together)',
      'EMAIL_FROM: required for the email channel (EMAIL_SMTP_URL, EMAIL_IMAP_URL and EMAIL_FROM go together)',
    ]);
    const adapter = emailFromConfig({ config: loadConfig(EMAIL), logger: createLogger('silent') });
    expect(adapter?.channel).toBe('email');
    expect(adapter?.capabilities).toMatchObject({ replyWindowHours: null, files: true, customerFacing: true, buttons: false });
  });

  it('refuse a wrong scheme, a From that is no address, and a plain-http unsubscribe URL off this machine', () => {
    expect(problems({ ...EMAIL, EMAIL_SMTP_URL: 'http://x' }).join('\n')).toContain('EMAIL_SMTP_URL');
    expect(problems({ ...EMAIL, EMAIL_IMAP_URL: 'pop3://x' }).join('\n')).toContain('EMAIL_IMAP_URL');
    expect(problems({ ...EMAIL, EMAIL_FROM: 'Sales' })).toEqual(['EMAIL_FROM: must be an address, e.g. sales@example.com or "Sales <sales@example.com>"']);
    expect(problems({ ...EMAIL, EMAIL_UNSUBSCRIBE_URL: 'http://crm.example.com/unsubscribe', EMAIL_UNSUBSCRIBE_PORT: '8026' })).toEqual([
      'EMAIL_UNSUBSCRIBE_URL: must be https (RFC 8058 one-click unsubscribe); plain http only on this machine',
    ]);
    expect(problems({ ...EMAIL, EMAIL_UNSUBSCRIBE_URL: 'https://crm.example.com/unsubscribe' })).toEqual([
      'EMAIL_UNSUBSCRIBE_PORT: required with EMAIL_UNSUBSCRIBE_URL: the port the gateway serves /unsubscribe/<token> on (behind that URL)',
    ]);
    expect(problems({ ...EMAIL, EMAIL_UNSUBSCRIBE_URL: 'https://crm.example.com/unsubscribe', EMAIL_UNSUBSCRIBE_PORT: '8026' })).toEqual([]);
  });

  it('read the IMAP URL (escaped password, mailbox) and lease the mailbox by user and host, never the password', () => {
    expect(imapOptionsFromUrl(EMAIL.EMAIL_IMAP_URL)).toEqual({
      connection: { host: '127.0.0.1', port: 1143, secure: false, auth: { user: 'sales', pass: 'p@ss' } },
      mailbox: 'Buyers',
    });
    expect(imapOptionsFromUrl('imaps://a:b@mail.example.com').connection).toMatchObject({ port: 993, secure: true });
    const accounts = configuredAccounts(loadConfig(EMAIL));
    expect(accounts.map((a) => a.channel)).toEqual(['email']);
    const other = configuredAccounts(loadConfig({ ...EMAIL, EMAIL_IMAP_URL: 'imap://sales:other@127.0.0.1:1143/Buyers' }));
    expect(other[0].accountHash).toBe(accounts[0].accountHash);
  });
});
