import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstAdminLocale } from '../../src/cli/first-admin-locale';
import { testQueuePrefix } from '../support/db';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quayside-first-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the first admin\'s language', () => {
  it('follows DEFAULT_LOCALE when set, else the terminal\'s LC_ALL / LC_MESSAGES / LANG (zh* → zh, else en)', () => {
    expect(firstAdminLocale({ LANG: 'zh_CN.UTF-8' }, 'zh')).toBe('zh');
    expect(firstAdminLocale({ LANG: 'en_US.UTF-8' }, 'zh')).toBe('en');
    expect(firstAdminLocale({ LANG: 'de_DE.UTF-8' }, 'zh')).toBe('en');
    expect(firstAdminLocale({}, 'zh')).toBe('en');
    expect(firstAdminLocale({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, 'zh')).toBe('zh');
    expect(firstAdminLocale({ DEFAULT_LOCALE: 'zh', LANG: 'en_US.UTF-8' }, 'zh')).toBe('zh');
  });

  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: '', TERMINAL_USER: 'ana', QUEUE_PREFIX: testQueuePrefix('first-start'), LANG: 'en_US.UTF-8' };
  delete env.DEFAULT_LOCALE;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const start = (input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], { env, encoding: 'utf8', timeout: 120_000, input });

  it('answers an English terminal in English on the first `crm start`, and says how to switch', () => {
    const run = start('/help\n/rules\n');
    const firstLines = run.stderr.split('\n').slice(0, 2).join('\n');
    expect(firstLines).toContain('First start: created admin "ana". Replies are in English (for Chinese: /lang zh).');
    expect(run.stdout).toMatch(/\/lang/);
    expect(run.stdout).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(run.status).toBe(0);
    // the first start routes: every lead no other rule matches goes to the first admin, and the terminal says so
    expect(run.stderr).toContain('New leads go to "ana" by default (the default routing rule). Change it with: /rule add default -> team:<team>');
    expect(run.stdout).toMatch(/Assignment rules \(first match wins\):\n\*\. default: everything else → @ana/);
  }, 150_000);

  it('keeps that one default rule on the next start, and does not announce it again', () => {
    const run = start('/rules\n');
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('New leads go to');
    expect(run.stdout.match(/\*\. default/g)).toHaveLength(1);
  }, 150_000);
});
