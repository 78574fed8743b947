import { restrictNewFiles, restrictToOwner } from '../crypto/private-files';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_OPTIONS } from './embedded-options';
import { findEmbeddedTemplate, isEmptyDataDirectory, openFromTemplate } from './embedded-template';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../../generated/prisma/client';
import { acquireEmbeddedLock, EmbeddedDatabaseError } from './embedded-lock';
import { applyMigrations, type MigrationReport } from './migrate';
import { StartupError, describeDatabaseFailure } from '../../startup-error';
import { pgliteSession, pgSession } from './sql-session';

export type { PrismaClient };
export type Db = PrismaClient;

/** The database Quayside runs on: a PostgreSQL server (DATABASE_URL) or the embedded PGlite under DATA_DIR. */
export interface Database {
  kind: 'postgres' | 'pglite';
  prisma: PrismaClient;
  migrate(): Promise<MigrationReport>;
  /** one round trip, for readiness probes */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir);
}

/**
 * The app's connections to PostgreSQL. A server restart or a terminated backend ends them, and pg reports it as an
 * 'error' event: on the pool for an idle connection, on the client itself for one checked out between two queries.
 * With no listener Node ends the process (a worker died this way when the fault run stopped PostgreSQL). Heard here,
 * the query in flight still fails (and is retried where it runs), and the pool replaces the dead connection.
 */
export function createPostgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

function openPostgres(connectionString: string): Database {
  const pool = createPostgresPool(connectionString);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    ping: async () => void (await prisma.$queryRaw`SELECT 1`),
    async migrate() {
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
      // the first connection of the run: a refusal is said in one line, not as a pg-protocol stack
      await client.connect().catch((error: unknown) => {
        throw new StartupError(describeDatabaseFailure(error, connectionString));
      });
      try {
        return await applyMigrations(pgSession(client));
      } finally {
        await client.end();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir, 'pgdata');
  // the data files and WAL hold message text in clear: this user's only, whatever the umask was
  restrictNewFiles();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await restrictToOwner(path.resolve(dataDir));
  const lock = acquireEmbeddedLock(dataDir);
  let pglite: PGlite;
  try {
    const template = isEmptyDataDirectory(dir) ? await findEmbeddedTemplate() : null;
    pglite = template ? await openFromTemplate(dir, template) : await PGlite.create(dir, EMBEDDED_OPTIONS);
  } catch (error) {
    lock.release();
    throw damagedError(dataDir, error);
  }
  // PGlite's file system layer sets some modes itself (pg_internal.init 0644): closed again now and at close; the
  // 0700 folders already keep other users out in between
  await restrictToOwner(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: 'pglite',
    prisma,
    ping: async () => void (await pglite.query('SELECT 1')),
    async migrate() {
      try {
        return await applyMigrations(pgliteSession(pglite));
      } catch (error) {
        // PGlite aborting (WebAssembly RuntimeError) on the first statements: the files opened but are not sound
        throw error instanceof Error && error.name === 'RuntimeError' ? damagedError(dataDir, error) : error;
      }
    },
    async close() {
      await prisma.$disconnect();
      // $disconnect leaves PGlite open and the process would hang
      await pglite.close();
      await restrictToOwner(dir);
      lock.release();
    },
  };
}

/** PGlite's own errors carry pages of minified source; the user needs what happened and what to do. */
function damagedError(dataDir: string, cause: unknown): EmbeddedDatabaseError {
  const reason = cause instanceof Error ? cause.message.split('\n')[0].slice(0, 120) : String(cause).slice(0, 120);
  return new EmbeddedDatabaseError(
    'DATABASE_DAMAGED',
    `The embedded database in ${path.resolve(dataDir, 'pgdata')} cannot be opened (${reason}): it is damaged. ` +
      `Stop Quayside, then restore ${dataDir} from a backup (with its data-encryption.key), or move it aside to start with an empty database.`,
  );
}
