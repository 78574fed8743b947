import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbeddedTemplate, findEmbeddedTemplate, openFromTemplate } from '../../../src/domain/db/embedded-template';
import { applyMigrations, readMigrations } from '../../../src/domain/db/migrate';
import { pgliteSession } from '../../../src/domain/db/sql-session';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quayside-template-test-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the embedded database template', () => {
  it('is found only for the current migrations, and opens migrated, with our settings', async () => {
    expect(await findEmbeddedTemplate(dir)).toBeNull();
    const file = await buildEmbeddedTemplate(dir);
    expect(await findEmbeddedTemplate(dir)).toBe(file);
    // a template of other migrations (an older build) is never picked
    await writeFile(path.join(dir, 'embedded-template-0000000000000000.tar.gz'), 'old');
    expect(await findEmbeddedTemplate(dir)).toBe(file);

    const db = await openFromTemplate(path.join(dir, 'from-template'), file);
    try {
      const report = await applyMigrations(pgliteSession(db));
      expect(report.applied).toEqual([]);
      expect(report.alreadyApplied).toEqual((await readMigrations()).map((m) => m.name));
      const { rows } = await db.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'shared_buffers'");
      expect(Number(rows[0].setting) * 8).toBe(16 * 1024); // 8 kB pages
      await db.query("SELECT similarity('Acme Lighting', 'ACME Lighting Co')"); // pg_trgm is there
    } finally {
      await db.close();
    }
  }, 120_000);

  it('a damaged template costs only time: the directory is made the long way', async () => {
    const bad = path.join(dir, 'damaged.tar.gz');
    await writeFile(bad, 'not a tarball');
    const target = path.join(dir, 'from-damaged');
    const db = await openFromTemplate(target, bad);
    try {
      expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect((await readdir(target)).length).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 120_000);
});
