import { Prisma } from '../../generated/prisma/client';
import type { DbClient, PrismaClient } from '../db/client';
import { contactNameKeys } from './contact-name-keys';

/**
 * `contacts.name_keys` is '!' on a contact whose name the duplicate check has not read yet: the trigger of migration
 * contact_name_keys marks new and renamed contacts so (their keys need the readings of contact-names.ts, which SQL
 * has not). '!' is no key of any name, and the GIN index that answers the look-ups finds those rows too.
 */
export const UNREAD_NAME_KEYS = '!';
/** The predicate of the partial index contacts_unread_name_keys (prisma/schema.prisma), on the alias k. */
const UNREAD_CONDITION = Prisma.raw(`k.name_keys[1] = '${UNREAD_NAME_KEYS}' AND k.erased_at IS NULL`);
const BATCH = 2000;
/** The latest contacts (by id) a duplicate check looks over for unread names before its look-ups (what chat capture wrote). */
const RECENT_CONTACTS = 500;
const RECENT_FILLED = 32;

function isClient(db: DbClient): db is PrismaClient {
  return typeof (db as PrismaClient).$transaction === 'function';
}

/**
 * Works out the name keys of contacts still marked unread, at most `limit` (all by default), `batch` at a time, and
 * returns how many were filled: at start-up (after the migration, after imports) and by an import's check. Found through
 * the GIN index, which also lists the rows' dead versions until a vacuum (after a large fill, tens of ms): too slow
 * for a chat check, which uses fillRecentContactNameKeys. Each batch of a full run holds its rows (SKIP LOCKED: two
 * processes starting together share the work); a bounded run takes no lock of its own: its write is checked against
 * a name changed or keys filled meanwhile.
 */
export async function fillContactNameKeys(db: DbClient, options: { limit?: number; batch?: number } = {}): Promise<number> {
  const limit = options.limit ?? Infinity;
  const hold = limit === Infinity && isClient(db);
  let filled = 0;
  while (filled < limit) {
    const take = Math.min(options.batch ?? BATCH, limit - filled);
    const n = hold && isClient(db) ? await db.$transaction((tx) => fillBatch(tx, take, true)) : await fillBatch(db, take, false);
    filled += n;
    if (n < take) break;
  }
  return filled;
}

async function fillBatch(tx: DbClient, take: number, hold: boolean): Promise<number> {
  const rows = await tx.$queryRaw<UnreadContact[]>`
    SELECT k.id, k.name, c.name AS company FROM contacts k JOIN customers c ON c.id = k.customer_id
    WHERE k.name_keys @> ARRAY[${UNREAD_NAME_KEYS}]::text[] AND k.erased_at IS NULL
    LIMIT ${take} ${hold ? Prisma.sql`FOR NO KEY UPDATE OF k SKIP LOCKED` : Prisma.empty}`;
  await writeKeys(tx, keyed(rows), 'unread');
  return rows.length;
}

/**
 * The unread names among the latest RECENT_CONTACTS contacts (a primary-key range, ~0.2 ms), at most RECENT_FILLED, as
 * rows (id, name, company): what a chat check fills before its look-ups by contact name. Older unread rows (a large
 * import) wait for start-up or the next import's check. A statement of its own or a part of the check's (one round trip).
 */
// The condition is the partial index contacts_unread_name_keys' own, written out (a bound '!' would not let the planner
// prove it): the index holds only unread rows, so the latest 500 contacts are not read to find none (~600 buffers a
// check at 1M). name_keys[1], not the array: the GIN index would answer `=` or `@>` with every unread or dead row.
export const RECENT_UNREAD_CONTACTS = Prisma.sql`SELECT k.id, k.name, c.name AS company FROM contacts k JOIN customers c ON c.id = k.customer_id
    WHERE k.id > (SELECT COALESCE(max(id), 0) FROM contacts) - ${RECENT_CONTACTS}
      AND ${UNREAD_CONDITION}
    ORDER BY k.id LIMIT ${RECENT_FILLED}`;

/** Works out and writes the keys of unread contacts read by RECENT_UNREAD_CONTACTS; returns how many. */
export async function fillNameKeysOf(db: DbClient, rows: UnreadContact[]): Promise<number> {
  await writeKeys(db, keyed(rows), 'unread');
  return rows.length;
}

/** Before a look-up by contact name, in a statement of its own: see RECENT_UNREAD_CONTACTS. */
export async function fillRecentContactNameKeys(db: DbClient): Promise<number> {
  return fillNameKeysOf(db, await db.$queryRaw<UnreadContact[]>`${RECENT_UNREAD_CONTACTS}`);
}

/**
 * Once per CONTACT_KEY_VERSION, a batch at a time: the live contacts after id `after` read again, and the keys that
 * the current rules write differently written; returns the last id read, or null past the last. Rows are not marked
 * unread first: until its batch comes, a contact keeps the keys of the older rules, and the look-ups still find it.
 */
export async function rereadContactNameKeys(db: DbClient, after: number, batch: number): Promise<number | null> {
  const rows = await db.$queryRaw<(UnreadContact & { keys: string[] })[]>`
    SELECT k.id, k.name, c.name AS company, k.name_keys AS keys FROM contacts k JOIN customers c ON c.id = k.customer_id
    WHERE k.id > ${after} AND k.erased_at IS NULL ORDER BY k.id LIMIT ${batch}`;
  if (!rows.length) return null;
  const changed = rows
    .map((r) => ({ ...r, now: contactNameKeys(r.name, r.company) }))
    .filter((r) => r.keys[0] !== UNREAD_NAME_KEYS && r.now.join(',') !== r.keys.join(','));
  // a contact renamed since the read was marked unread by the trigger: the name check leaves it to the fill
  await writeKeys(db, changed.map((r) => ({ id: r.id, name: r.name, keys: r.now })), 'read');
  return rows[rows.length - 1].id;
}

export type UnreadContact = { id: number; name: string; company: string };

/**
 * Each unread contact's keys as the current rules read its name; a contact named like its company (chat capture's
 * default when no person is given) gets none.
 */
const keyed = (rows: UnreadContact[]): KeyedContact[] => rows.map((r) => ({ id: r.id, name: r.name, keys: contactNameKeys(r.name, r.company) }));
type KeyedContact = { id: number; name: string; keys: string[] };

/**
 * Writes the keys where the contact still has the name they were worked out from and is still unread (a fill) or
 * read (a re-read after new rules): a row renamed or filled meanwhile is left to whoever changed it.
 */
async function writeKeys(tx: DbClient, rows: KeyedContact[], still: 'unread' | 'read'): Promise<void> {
  if (!rows.length) return;
  // keys are lower-case letters and spaces: one comma-separated text per row carries a ragged array
  const state = still === 'unread' ? Prisma.sql`= ${UNREAD_NAME_KEYS}` : Prisma.sql`IS DISTINCT FROM ${UNREAD_NAME_KEYS}`;
  await tx.$executeRaw`UPDATE contacts k SET name_keys = string_to_array(u.keys, ',')
    FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.keys.join(','))}::text[]) AS u(id, name, keys)
    WHERE k.id = u.id AND k.name = u.name AND k.name_keys[1] ${state}`;
}
