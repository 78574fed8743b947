import pg from 'pg';
import { BackupError, openEmbeddedReadOnlyCopy } from './backup';
import { applyMigrations } from './migrate';
import { pgliteSession, pgSession } from './sql-session';

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

export interface MoveReport {
  tables: TableCount[];
  migrations: string[];
  keyId: string | null;
}

const CHUNK = 5_000;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function publicTables(query: (sql: string) => Promise<{ rows: { tablename: string }[] }>): Promise<string[]> {
  const { rows } = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`);
  return rows.map((r) => r.tablename);
}

/**
 * Copies the embedded database into an empty PostgreSQL database: the committed migrations first (the same history,
 * so `prisma migrate deploy` and later starts see an up-to-date database), then every table's rows in one
 * transaction with triggers and foreign-key checks off (the rows are already consistent; the progress triggers must
 * not count them twice), then the sequences. Reads a copy of the embedded data in memory: DATA_DIR is only read.
 * Finally counts every table on both sides.
 */
export async function moveToPostgres(dataDir: string, targetUrl: string, onTable: (t: TableCount) => void = () => undefined): Promise<MoveReport> {
  const source = await openEmbeddedReadOnlyCopy(dataDir);
  const target = new pg.Client({ connectionString: targetUrl });
  try {
    await target.connect();
    const existing = await target.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (existing.rows[0].n > 0) throw new BackupError('the target PostgreSQL database is not empty: create a new, empty one (createdb quayside)');
    // the copy in memory catches up with this version's migrations, so both sides have the same tables
    await applyMigrations(pgliteSession(source));
    const migrated = await applyMigrations(pgSession(target));

    const tables = await publicTables((sql) => source.query(sql));
    await target.query('BEGIN');
    try {
      await target.query('SET LOCAL session_replication_role = replica').catch((error: Error) => {
        throw new BackupError(
          `the PostgreSQL user may not turn triggers off for the copy (${error.message}): run it as the database owner with superuser rights, or on PostgreSQL 15+ GRANT SET ON PARAMETER session_replication_role TO <user>`,
        );
      });
      for (const table of tables) {
        for (let offset = 0; ; offset += CHUNK) {
          const { rows } = await source.query<{ rows: string | null }>(
            `SELECT json_agg(t)::text AS rows FROM (SELECT * FROM ${ident(table)} ORDER BY ctid LIMIT ${CHUNK} OFFSET ${offset}) t`,
          );
          if (!rows[0].rows) break;
          // as JSON text end to end: numbers, dates and bytes keep PostgreSQL's own text form
          await target.query(`INSERT INTO ${ident(table)} SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`, [rows[0].rows]);
        }
      }
      const sequences = await source.query<{ name: string; last_value: string | null }>(
        `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public'`,
      );
      for (const seq of sequences.rows) {
        if (seq.last_value !== null) await target.query(`SELECT setval($1::regclass, $2::bigint, true)`, [`public.${ident(seq.name)}`, seq.last_value]);
      }
      await target.query('COMMIT');
    } catch (error) {
      await target.query('ROLLBACK').catch(() => undefined);
      throw error;
    }

    const counts: TableCount[] = [];
    for (const table of tables) {
      const [s, t] = await Promise.all([
        source.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(table)}`),
        target.query(`SELECT count(*)::int AS n FROM ${ident(table)}`),
      ]);
      const count = { table, source: s.rows[0].n, target: t.rows[0].n as number };
      counts.push(count);
      onTable(count);
    }
    const key = await target.query(`SELECT value->>'keyId' AS key_id FROM settings WHERE key = 'privacy.data_key'`);
    return { tables: counts, migrations: [...migrated.alreadyApplied, ...migrated.applied], keyId: key.rows[0]?.key_id ?? null };
  } finally {
    await target.end().catch(() => undefined);
    await source.close();
  }
}
