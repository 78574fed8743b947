import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { projectFile } from '../../project-files';
import { EMBEDDED_OPTIONS } from './embedded-options';
import { applyMigrations, readMigrations } from './migrate';
import { pgliteSession } from './sql-session';

/**
 * A first start on an empty DATA_DIR spent most of its time in PGlite's initdb (~5 s on a 2-core machine) and then in
 * the migrations. `npm run build` makes that database once, migrated, as a compressed data directory beside the
 * compiled code; a first start unpacks it (~1 s) and the migrations then find nothing to do. The file is named by
 * the migrations it holds, so a template from an older build is simply not used.
 */
const TEMPLATE_DIR = projectFile('dist');

async function templateName(migrationsDir?: string): Promise<string> {
  const hash = createHash('sha256');
  for (const m of await readMigrations(migrationsDir)) hash.update(`${m.name}:${m.checksum}\n`);
  return `embedded-template-${hash.digest('hex').slice(0, 16)}.tar.gz`;
}

/** The template for the current migrations, if the build made one. */
export async function findEmbeddedTemplate(dir = TEMPLATE_DIR): Promise<string | null> {
  const file = path.join(dir, await templateName());
  return existsSync(file) ? file : null;
}

/** True when PGlite has not made a database in this directory yet. */
export function isEmptyDataDirectory(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Opens a new embedded database from the template (its files unpacked into `dir`); a template that will not open (a
 * damaged file, a PGlite whose format moved on) costs only the time: the directory is emptied and made the long way.
 */
export async function openFromTemplate(dir: string, template: string): Promise<PGlite> {
  try {
    return await PGlite.create(dir, { ...EMBEDDED_OPTIONS, loadDataDir: new Blob([await readFile(template)]) });
  } catch {
    for (const entry of existsSync(dir) ? readdirSync(dir) : []) await rm(path.join(dir, entry), { recursive: true, force: true });
    return PGlite.create(dir, EMBEDDED_OPTIONS);
  }
}

/** Makes the template (a fresh database with every migration applied) in `outDir`; returns its path. */
export async function buildEmbeddedTemplate(outDir = TEMPLATE_DIR): Promise<string> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'quayside-template-'));
  try {
    const db = await PGlite.create(path.join(scratch, 'pgdata'), EMBEDDED_OPTIONS);
    try {
      await applyMigrations(pgliteSession(db));
      const file = path.join(outDir, await templateName());
      await writeFile(file, Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer()));
      return file;
    } finally {
      await db.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
