import type { DbClient } from '../db/client';

/**
 * Look-up keys shared by so many rows that looking them up costs more than it can find. On 1M customers a
 * three-class sound key ("tkr": Tiger, Decor, Tucker…) is on ~70,000 rows: reading its GIN posting list alone took
 * 10 ms, filtering its rows 0.5 s. A contact-name key of a common name ("Wang Wei") is on 10,000–40,000 contacts:
 * each look-up built a bitmap of all of them (1–4 ms) to read the 10 or 50 the check takes, an arbitrary few, so it
 * found the one firm it was after only by luck. Such a key says nothing about one name anyway.
 */
export const COMMON_SOUND_KEY_ROWS = 1_000;
export const COMMON_CONTACT_KEY_ROWS = 1_000;
const REFRESH_MS = 10 * 60_000;

type CommonKeys = { read(db: DbClient, now?: number): Promise<Set<string>>; forget(): void };

/**
 * The elements of an array column that PostgreSQL's own statistics (ANALYZE, run by autovacuum) estimate on more
 * than `rows` rows. Read at most every 10 minutes (the read costs ~5 ms, a check ~5–10 ms); per process, which serves
 * one database. Without statistics (a new or small table) nothing is common.
 */
function commonKeysOf(table: 'customers' | 'contacts', column: 'name_sound_keys' | 'name_keys', rows: number): CommonKeys {
  let cached: { at: number; keys: Promise<Set<string>> } | null = null;
  const load = async (db: DbClient) => {
    const found = await db.$queryRaw<{ key: string }[]>`
      SELECT u.key FROM pg_stats s
        CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(key, freq)
        JOIN pg_class c ON c.oid = to_regclass(${table})
       WHERE s.schemaname = current_schema() AND s.tablename = ${table} AND s.attname = ${column}
         AND u.key IS NOT NULL AND u.freq * c.reltuples > ${rows}`;
    return new Set(found.map((r) => r.key));
  };
  return {
    read(db, now = Date.now()) {
      if (!cached || now - cached.at > REFRESH_MS) cached = { at: now, keys: load(db).catch(() => new Set<string>()) };
      return cached.keys;
    },
    forget() {
      cached = null;
    },
  };
}

const soundKeys = commonKeysOf('customers', 'name_sound_keys', COMMON_SOUND_KEY_ROWS);
const contactKeys = commonKeysOf('contacts', 'name_keys', COMMON_CONTACT_KEY_ROWS);

/** Sound keys (customers.name_sound_keys) on more than COMMON_SOUND_KEY_ROWS customers. */
export const commonSoundKeys = (db: DbClient, now?: number): Promise<Set<string>> => soundKeys.read(db, now);
/** Contact-name keys (contacts.name_keys) on more than COMMON_CONTACT_KEY_ROWS contacts. */
export const commonContactKeys = (db: DbClient, now?: number): Promise<Set<string>> => contactKeys.read(db, now);

/** Forgets what was read (a test that analyses a table of its own). */
export function forgetCommonKeys(): void {
  soundKeys.forget();
  contactKeys.forget();
}
