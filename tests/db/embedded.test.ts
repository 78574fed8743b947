import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { createTerminalAdapter } from '../../src/adapters/terminal.adapter';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quayside-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString()));
  const terminal = createTerminalAdapter({ user: 'alice', input, output, fileDir: path.join(dataDir, 'files') });
  // no DATABASE_URL: the embedded PGlite under DATA_DIR
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en' });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [terminal] });
  expect(app.database.kind).toBe('pglite');
  if ((await app.services.team.list()).length === 0) await app.services.team.add({ name: 'alice', role: 'rep', locale: 'en' });
  await app.start();
  input.end(`${lines.join('\n')}\n`);
  await terminal.finished;
  await app.stop();
  return printed;
}

describe('embedded database (PGlite)', () => {
  it('migrates, stores a customer, and still has it after a restart', async () => {
    const first = await chat(['/new Lichttechnik Müller GmbH, Germany, t.mueller@lichttechnik-mueller.de']);
    expect(first).toMatch(/Created customer #1 Lichttechnik Müller GmbH \(DE\)/);
    const second = await chat(['/find müller', '/customer 1']);
    expect(second).toContain('#1 Lichttechnik Müller GmbH');
    expect(second).toContain('t.mueller@lichttechnik-mueller.de');
  }, 120_000);

  it('keeps the data folder, the database files and WAL to its own user: 0700 folders, 0600 files', async () => {
    // a folder left wide open by an earlier version or another tool is closed at the next start
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(dataDir, 'left-over.txt'), 'x', { mode: 0o644 });
    chmodSync(path.join(dataDir, 'left-over.txt'), 0o644);
    await chat(['/find müller']);
    const open: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if ((statSync(full).mode & 0o077) !== 0) open.push(`${full} ${(statSync(full).mode & 0o777).toString(8)}`);
        if (entry.isDirectory()) walk(full);
      }
    };
    expect((statSync(dataDir).mode & 0o077)).toBe(0);
    walk(dataDir);
    expect(open).toEqual([]);
    expect(readdirSync(path.join(dataDir, 'pgdata')).length).toBeGreaterThan(0);
  }, 120_000);
});
