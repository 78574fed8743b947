import type { DbClient } from '../db/client';

/**
 * Sound keys shared by so many customers that looking them up costs more than it can find: on 1M customers a
 * three-class key ("tkr": Tiger, Decor, Tucker…) is on ~70,000 rows, and reading its GIN posting list alone took
 * 10 ms, filtering its rows 0.5 s. Such a key says nothing about one name anyway.
 */
export const COMMON_SOUND_KEY_ROWS = 1_000;
const REFRESH_MS = 10 * 60_000;

let cached: { at: number; keys: Promise<Set<string>> } | null = null;

/**
 * The keys PostgreSQL's own statistics (ANALYZE, run by autovacuum) estimate on more than COMMON_SOUND_KEY_ROWS
 * customers. Read at most every 10 minutes (the read costs ~5 ms, a check ~5–10 ms); per process, which serves one
 * database. Without statistics (a new or small table) nothing is common.
 */
export function commonSoundKeys(db: DbClient, now = Date.now()): Promise<Set<string>> {
  if (!cached || now - cached.at > REFRESH_MS) {
    const keys = readCommonSoundKeys(db).catch(() => new Set<string>());
    cached = { at: now, keys };
  }
  return cached.keys;
}

async function readCommonSoundKeys(db: DbClient): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT u.key FROM pg_stats s
      CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(key, freq)
      JOIN pg_class c ON c.oid = 'customers'::regclass
     WHERE s.schemaname = current_schema() AND s.tablename = 'customers' AND s.attname = 'name_sound_keys'
       AND u.key IS NOT NULL AND u.freq * c.reltuples > ${COMMON_SOUND_KEY_ROWS}`;
  return new Set(rows.map((r) => r.key));
}

/** Forgets what was read (a test that analyses a table of its own). */
export function forgetCommonSoundKeys(): void {
  cached = null;
}
