import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_OPTIONS } from './embedded-options';
import pg from 'pg';

/**
 * A backup file: two text lines, then the data.
 *   QUAYSIDE-BACKUP 1
 *   {"kind":"pglite",…,"keyId":"1a2b3c4d"}     ← `head -2 file` shows which key the contact data needs
 *   <a PGlite data directory (tar.gz) or a pg_dump custom-format archive>
 * The key itself is never in it: keep DATA_ENCRYPTION_KEY (or DATA_DIR/data-encryption.key) apart, and safe.
 */
const MAGIC = 'QUAYSIDE-BACKUP 1';

export interface BackupNote {
  kind: 'pglite' | 'postgres';
  format: 'pglite-datadir-tgz' | 'pg_dump-custom';
  /** the id of the key the contact data is encrypted with (null: never started, so nothing is encrypted yet) */
  keyId: string | null;
  /** the last migration applied when the backup was made */
  lastMigration: string | null;
  createdAt: string;
}

export class BackupError extends Error {}

export type BackupTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

const pgliteDir = (dataDir: string) => path.resolve(dataDir, 'pgdata');

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

async function describe(query: Query): Promise<Pick<BackupNote, 'keyId' | 'lastMigration'>> {
  const tables = await query(`SELECT to_regclass('public.settings') AS s, to_regclass('public._prisma_migrations') AS m`);
  const { s, m } = tables.rows[0] as { s: string | null; m: string | null };
  const key = s ? await query(`SELECT value->>'keyId' AS key_id FROM settings WHERE key = 'privacy.data_key'`) : { rows: [] };
  const last = m ? await query(`SELECT max(migration_name) AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL`) : { rows: [] };
  return { keyId: (key.rows[0]?.key_id as string | undefined) ?? null, lastMigration: (last.rows[0]?.name as string | undefined) ?? null };
}

/** Runs a PostgreSQL client tool, or explains that it is missing. */
function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new BackupError(`${tool} is not installed: install the PostgreSQL client of your server's version (Debian: apt-get install postgresql-client)`) : e),
    );
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new BackupError(`${tool} failed: ${err.trim().split('\n').slice(-3).join(' ')}`))));
    child.stdin.end(input);
  });
}

/**
 * Opens a copy of the embedded database's files and works on the copy: opening PGlite writes to its directory
 * (checkpoints, statistics), and the original must stay exactly as it was. The copy is deleted on close.
 */
export async function openEmbeddedReadOnlyCopy(dataDir: string): Promise<PGlite> {
  const dir = pgliteDir(dataDir);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`no embedded database in ${dir}`);
  const copy = await mkdtemp(path.join(os.tmpdir(), 'quayside-embedded-copy-'));
  try {
    await cp(dir, copy, { recursive: true });
    const db = await PGlite.create(copy, EMBEDDED_OPTIONS);
    const close = db.close.bind(db);
    return Object.assign(db, {
      async close() {
        await close();
        await rm(copy, { recursive: true, force: true });
      },
    });
  } catch (error) {
    await rm(copy, { recursive: true, force: true });
    throw error;
  }
}

/** Writes a backup of the embedded database (stop `crm start` first: it is one process at a time) or of PostgreSQL. */
export async function writeBackup(target: BackupTarget, file: string, now = new Date()): Promise<BackupNote> {
  let payload: Buffer;
  let note: BackupNote;
  if (target.kind === 'pglite') {
    const dir = pgliteDir(target.dataDir);
    if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`no embedded database in ${dir}`);
    const db = await PGlite.create(dir, EMBEDDED_OPTIONS);
    try {
      note = { kind: 'pglite', format: 'pglite-datadir-tgz', ...(await describe((sql) => db.query(sql))), createdAt: now.toISOString() };
      payload = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      note = { kind: 'postgres', format: 'pg_dump-custom', ...(await describe((sql) => client.query(sql))), createdAt: now.toISOString() };
    } finally {
      await client.end();
    }
    payload = await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--dbname=${target.url}`]);
  }
  await writeFile(file, Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(note)}\n`), payload]), { mode: 0o600 });
  return note;
}

export async function readBackup(file: string): Promise<{ note: BackupNote; payload: Buffer }> {
  const data = await readFile(file);
  const first = data.indexOf(0x0a);
  const second = data.indexOf(0x0a, first + 1);
  if (first < 0 || second < 0 || data.subarray(0, first).toString() !== MAGIC) throw new BackupError(`${file} is not a Quayside backup`);
  const note = JSON.parse(data.subarray(first + 1, second).toString()) as BackupNote;
  return { note, payload: data.subarray(second + 1) };
}

async function isEmptyPostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the configured database. An embedded backup goes back into DATA_DIR (an existing database
 * there is moved aside to pgdata.before-restore-<time>, never deleted); a PostgreSQL one into an empty database.
 */
export async function restoreBackup(file: string, target: BackupTarget, now = new Date()): Promise<{ note: BackupNote; movedAside?: string }> {
  const { note, payload } = await readBackup(file);
  if (note.kind !== target.kind) {
    throw new BackupError(
      note.kind === 'pglite'
        ? 'this is a backup of an embedded database: restore it without DATABASE_URL, then copy it with crm move-to-postgres'
        : 'this is a backup of a PostgreSQL database: restore it with DATABASE_URL set to an empty database',
    );
  }
  if (target.kind === 'postgres') {
    if (!(await isEmptyPostgres(target.url))) throw new BackupError('the target PostgreSQL database is not empty: restore into a new, empty database');
    await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${target.url}`], payload);
    return { note };
  }
  const dir = pgliteDir(target.dataDir);
  let movedAside: string | undefined;
  if (existsSync(dir) && (await readdir(dir)).length > 0) {
    movedAside = `${dir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    await rename(dir, movedAside);
  }
  await mkdir(path.dirname(dir), { recursive: true });
  // load into a scratch directory first, so a bad file leaves nothing half-written in DATA_DIR
  const scratch = await mkdtemp(path.join(path.dirname(dir), '.restore-'));
  try {
    const db = await PGlite.create(scratch, { ...EMBEDDED_OPTIONS, loadDataDir: new Blob([payload]) });
    await db.query('SELECT 1');
    await db.close();
    await rename(scratch, dir);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    if (movedAside) await rename(movedAside, dir);
    throw error;
  }
  return { note, movedAside };
}
