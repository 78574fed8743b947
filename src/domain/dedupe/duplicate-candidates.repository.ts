import { Prisma } from '../../generated/prisma/client';
import type { DbClient, PrismaClient } from '../db/client';
import {
  customersByDetailSql,
  customersByEmailDomainSql,
  findContactsByDetail,
  findCustomersByEmailDomain,
  liveContactsJsonSql,
  revealContactRow,
  type ContactView,
} from '../contacts/contact.repository';
import { hasNonLatinLetter, tokenWeight } from './normalize-company';
import { trigramSimilarity } from './similarity';
import { ANOTHER_SCRIPT_CHARACTER, markedSoundKey, storedSoundKeys } from './sound-skeleton';
import { commonContactKeys, commonSoundKeys } from './common-keys.repository';
import { fillContactNameKeys, fillNameKeysOf, fillRecentContactNameKeys, RECENT_UNREAD_CONTACTS, type UnreadContact } from './contact-name-keys.repository';
import { TRGM_SIMILARITY_THRESHOLD, TRGM_WORD_SIMILARITY_THRESHOLD, type CandidateQuery } from './blocking';

/**
 * Candidate look-ups for the duplicate check on a large customer table, by index only. Blocking keys: the exact
 * normalised key (btree), each distinctive word as a whole word (`name_words`, GIN: one posting list a word, where the
 * trigram index intersected the lists of each of its trigrams, and a similarity scan reads them all), exact emails and
 * phones (blind index, through the contact data module), company domains (website and email domain), the contact
 * person's name in any script (`contacts.name_keys`, GIN: a firm whose name was translated, found through its person). Optionally
 * (`fuzzy`) pg_trgm `%` / `<%` with raised thresholds (SET LOCAL in a transaction) for misspellings.
 * One record at a time for chat capture; many at once, chunked, for imports.
 * Customers merged into another are followed to the survivor.
 */

/** What the duplicate check needs of an existing customer. Contacts come through the contact data module (decrypted). */
export interface CandidateCustomer {
  id: number;
  name: string;
  aliases: string[];
  country: string | null;
  website: string | null;
  websiteDomain: string | null;
  status: string;
  ownerId: number | null;
  ownedSince: Date | null;
  lastContactAt: Date | null;
  groupId: number | null;
  owner: { id: number; displayName: string; managerId: number | null } | null;
  group: { id: number; name: string; ownerId: number | null; ownerName: string | null } | null;
  contacts: ContactView[];
}

const PER_TERM = 20;
const CHUNK = 2000;
/** Name-only candidates scored per check, closest names first. */
const NAME_ONLY_CANDIDATES = 12;
/** Rows read per sound key by one check (import: per key), and those scored (most sound keys in common first). */
const SOUND_KEY_ROWS = 1_000;
const PER_SOUND_KEY = 8;
const SOUND_ONLY_CANDIDATES = 6;
/** Trigram similarity of two Latin names run together from which a sound match is worth scoring (in SQL: trade words in, lower). */
const LATIN_SOUND_SIMILARITY = 0.35;
const LATIN_SOUND_PREFILTER = 0.25;
/** Contact rows read per check for a shared company email domain (a big company's domain has many contacts). */
const EMAIL_DOMAIN_CANDIDATES = 50;
/**
 * Contact rows read per contact-name key by one check (a common name, "Wang Wei" or "Mohammed Ali", is on thousands),
 * and the customers scored (most keys in common first): a person's name alone rarely makes two firms one, so only a few.
 * An import reads PER_CONTACT_KEY rows per key.
 */
const CONTACT_KEY_ROWS = 50;
/**
 * For a Latin name, whose person is looked up only at firms named in another script (few): most rows a common name's
 * key reads are dropped after, so fewer are read (a rare name's few rows are all read either way).
 */
const LATIN_CONTACT_KEY_ROWS = 10;
export const CONTACT_CANDIDATES = 4;
const PER_CONTACT_KEY = 8;
/**
 * A record named for its person (personKeys) looks the name up among every firm's contacts: as few rows a key as a
 * Latin name's contact look-up (a name on more than COMMON_CONTACT_KEY_ROWS contacts is not looked up at all), the
 * CONTACT_CANDIDATES customers sharing most keys scored.
 */
const PERSON_KEY_ROWS = LATIN_CONTACT_KEY_ROWS;
/**
 * A contact's name looked up among customers' name words (personNamedWords): rows read a name (a common name, "Wang
 * Wei", is also in firms' names: "Wang Wei Trading"), and those scored, the shortest names first (a person's name
 * alone, or with a town, is two to four words).
 */
const PERSON_NAMED_ROWS = 20;
export const PERSON_NAMED_CANDIDATES = 2;
/** Above this many distinct words an import scans the table once instead of probing the index per word. */
const BULK_SCAN_TERMS = 2000;
/**
 * The same for sound keys, far higher: a key probe costs ~0.2 ms (GIN without a pending list), a scan of every stored
 * key 1.2 s on 100k customers, and an import checks 2,000 rows (about 3,000 keys) per round.
 */
const BULK_SCAN_SOUND_KEYS = 50_000;

function isClient(db: DbClient): db is PrismaClient {
  return typeof (db as PrismaClient).$transaction === 'function';
}

/** pg_trgm thresholds for this transaction only; inside a caller's transaction they last until it ends (harmless). */
async function withTrigramSettings<T>(db: DbClient, work: (tx: DbClient) => Promise<T>): Promise<T> {
  const run = async (tx: DbClient) => {
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(TRGM_SIMILARITY_THRESHOLD)}, true) AS s,
      set_config('pg_trgm.word_similarity_threshold', ${String(TRGM_WORD_SIMILARITY_THRESHOLD)}, true) AS w`;
    return work(tx);
  };
  return isClient(db) ? db.$transaction((tx) => run(tx)) : run(db);
}

/** Index scans only for `work` (restored after it, also inside a caller's transaction). */
async function withIndexScans<T>(db: DbClient, work: (tx: DbClient) => Promise<T>): Promise<T> {
  const run = async (tx: DbClient) => {
    const [before] = await tx.$queryRaw<{ s: string }[]>`SELECT current_setting('enable_seqscan') AS s, set_config('enable_seqscan', 'off', true) AS o`;
    try {
      return await work(tx);
    } finally {
      await tx.$queryRaw`SELECT set_config('enable_seqscan', ${before.s}, true) AS s`;
    }
  };
  return isClient(db) ? db.$transaction((tx) => run(tx), { timeout: 600_000 }) : run(db);
}

/** Serialises concurrent creations of the same normalised name (two reps typing the same buyer at once). */
export async function lockDuplicateKey(tx: DbClient, key: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(7270005, hashtext(${key}))::text AS locked`;
}

/**
 * A distinctive word (one word: nameCore, meaningSpellings) as a whole word of the key: one posting list of the words'
 * GIN index (name_words, kept by a trigger), not the trigram index's lists of each of its trigrams.
 */
const wordHit = (t: string) => Prisma.sql`(SELECT id FROM customers WHERE name_words @> ARRAY[${t}]::text[] LIMIT ${PER_TERM})`;

/** Customer `c`'s name has a letter of a script other than Latin (Vietnamese and punctuation are Latin here). */
const NAME_IN_ANOTHER_SCRIPT = Prisma.sql`c.name ~ ${Prisma.raw(`'${ANOTHER_SCRIPT_CHARACTER}'`)}`;
/**
 * A Latin name looks up its plain sound keys only from this many consonant classes ("svtknk", "lnstr"): a Latin twin
 * spelt otherwise shares such a key. A shorter key ("btr", "bksm") is on tens to hundreds of names at 1M customers,
 * nearly all Latin and dropped by the filter after each was read from the table (scattered pages, ~30 µs a row: up to
 * 15 ms of a check); its twin in another script is looked up by the marked key, among the customers so named only.
 * Thresholds of 3, 4 and 5 classes fetch the same pairs on every DEV set; at 1M, 5 took the check's p99 from 23.7 to 13.5 ms against 4.
 */
const LATIN_SOUND_KEY_CLASSES = 5;

/**
 * The few customers with the most sound keys in common (GIN on name_sound_keys), ranked in the statement: only they
 * are loaded with their contacts, not every row a common key would bring. Each key reads at most SOUND_KEY_ROWS rows
 * before they are filtered (the filter drops most of a common key's rows: filtering all of them was the check's tail).
 */
const soundHitSql = (q: LookedQuery) => {
  const keys = q.soundKeys ?? [];
  // As soundWorthScoring, roughly and before any row is loaded: a Latin name's sound twins must be written in another
  // script or look alike run together (the check in code then decides on the loaded few).
  const worth = q.native ? Prisma.sql`true`
    : Prisma.sql`(${NAME_IN_ANOTHER_SCRIPT} OR similarity(replace(c.normalized_name, ' ', ''), ${q.nameTerms.join('')}) >= ${LATIN_SOUND_PREFILTER})`;
  return Prisma.sql`(SELECT id FROM (
    SELECT DISTINCT c.id, cardinality(ARRAY(SELECT unnest(c.name_sound_keys) INTERSECT SELECT unnest(${keys}::text[]))) AS n
    FROM unnest(${q.soundLookups ?? keys}::text[]) AS t(key)
    CROSS JOIN LATERAL (SELECT id, name, normalized_name, name_sound_keys FROM customers WHERE name_sound_keys @> ARRAY[t.key] LIMIT ${SOUND_KEY_ROWS}) c
    WHERE ${worth}) s
  ORDER BY n DESC, id LIMIT ${SOUND_ONLY_CANDIDATES})`;
};

/**
 * `q` with the sound and contact-name keys too common to look up left out (see common-keys.repository). Only the
 * look-ups lose them: the ranking of what the other keys found still counts every sound key in common.
 */
async function withoutCommonKeys(db: DbClient, q: CandidateQuery): Promise<LookedQuery> {
  if (!q.soundKeys?.length && !q.contactKeys?.length && !q.personKeys?.length) return q;
  const [sound, contact] = await Promise.all([
    q.soundKeys?.length ? commonSoundKeys(db) : new Set<string>(),
    q.contactKeys?.length || q.personKeys?.length ? commonContactKeys(db) : new Set<string>(),
  ]);
  const soundLookups = q.native || !q.soundKeys?.length ? undefined
    : [...q.soundKeys.filter((k) => k.length >= LATIN_SOUND_KEY_CLASSES), ...q.soundKeys.map(markedSoundKey)].filter((k) => !sound.has(k));
  return {
    ...q,
    soundKeys: q.soundKeys?.filter((k) => !sound.has(k)),
    contactKeys: q.contactKeys?.filter((k) => !contact.has(k)),
    ...(q.personKeys ? { personKeys: q.personKeys.filter((k) => !contact.has(k)) } : {}),
    soundLookups,
  };
}

/**
 * A query as the chat check looks it up: common keys left out, and a Latin name's sound keys as looked up (long
 * plain keys and every key marked; see LATIN_SOUND_KEY_CLASSES). `soundKeys` still rank what was found.
 */
type LookedQuery = CandidateQuery & { soundLookups?: string[] };

/**
 * The few customers whose live contacts share the most contact-name keys with `q` (GIN on contacts.name_keys), ranked
 * in the statement like the sound keys: each key reads at most CONTACT_KEY_ROWS contacts, and a contact found by n of
 * the keys shares n (a contact's keys are distinct). A firm found through its person alone has a name its twin's
 * words and sounds did not find: translated into another script ("Bright Lighting" / 光明照明). So a Latin name looks
 * only at firms named in another script; the many like-named people at Latin-named firms are not loaded and scored
 * (at 100k customers they took the check's p99 from 18 to 27–30 ms).
 */
const contactHitSql = (keys: string[], rows: number, anyScript: boolean) => Prisma.sql`(SELECT customer_id FROM (
    SELECT per_contact.customer_id, max(n) AS n FROM (
      SELECT k.id, k.customer_id, count(*) AS n FROM unnest(${keys}::text[]) AS t(key)
      CROSS JOIN LATERAL (SELECT id, customer_id FROM contacts WHERE name_keys @> ARRAY[t.key] AND erased_at IS NULL
                          LIMIT ${rows}) k
      GROUP BY k.id, k.customer_id) per_contact
    JOIN customers c ON c.id = per_contact.customer_id
    WHERE ${anyScript ? Prisma.sql`true` : NAME_IN_ANOTHER_SCRIPT}
    GROUP BY per_contact.customer_id) s
  ORDER BY n DESC, customer_id LIMIT ${CONTACT_CANDIDATES})`;

/**
 * Customers named for a contact's person: each of `q.personNamedWords` as whole words of the stored name (GIN on
 * name_words), at most PERSON_NAMED_ROWS read a name and the PERSON_NAMED_CANDIDATES shortest names kept.
 */
const personNamedHitSql = (words: string[][]) => Prisma.join(words.map((w) => Prisma.sql`(SELECT id FROM (
    SELECT id, cardinality(name_words) AS n FROM customers WHERE name_words @> ${w}::text[] LIMIT ${PERSON_NAMED_ROWS}) s
  ORDER BY n, id LIMIT ${PERSON_NAMED_CANDIDATES})`), ' UNION ');

/** Before a look-up by contact name: the keys of contacts written since (see contact-name-keys.repository). */
async function withContactKeysFilled(db: DbClient, q: CandidateQuery): Promise<void> {
  if (q.contactKeys?.length || q.personKeys?.length) await fillRecentContactNameKeys(db);
}

type CandidateOptions = { excludeIds?: number[]; fuzzy?: boolean };
/** One row of the blocking statement: found by a name key (with the stored key `k`) or by an exact detail. */
export type Hit = { by_name: boolean; id: number; k: string | null; n?: string | null };

/**
 * Every blocking key of `q` as one statement: rows (by_name, id of the survivor of merges, normalised name).
 * Exact key, distinctive words, website domain (and, with `fuzzy`, trigram similarity) are name hits; exact emails
 * and phones (the contact module's blind index, only customer ids come back) and company email domains are not.
 */
function hitsSql(q: LookedQuery, options: CandidateOptions): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (q.nameKeys.length) parts.push(Prisma.sql`(SELECT id FROM customers WHERE normalized_name = ANY(${q.nameKeys}::text[]))`);
  parts.push(...[...q.nameTerms, ...(q.translationTerms ?? [])].filter((t) => t.length >= 3).map(wordHit));
  if (q.domains.length) parts.push(Prisma.sql`(SELECT id FROM customers WHERE website_domain = ANY(${q.domains}::text[]) LIMIT 50)`);
  if ((q.soundLookups ?? q.soundKeys)?.length) parts.push(soundHitSql(q));
  if (options.fuzzy) {
    parts.push(
      ...q.nameKeys.map((k) => Prisma.sql`(SELECT id FROM customers WHERE normalized_name % ${k}
        ORDER BY similarity(normalized_name, ${k}) DESC LIMIT ${PER_TERM})`),
      ...q.nameTerms.map((t) => Prisma.sql`(SELECT id FROM customers WHERE ${t} <% normalized_name
        ORDER BY word_similarity(${t}, normalized_name) DESC LIMIT ${PER_TERM})`),
    );
  }
  const lookups: Prisma.Sql[] = [];
  if (parts.length) {
    lookups.push(Prisma.sql`SELECT DISTINCT true AS by_name, COALESCE(c.merged_into_id, c.id) AS id, c.normalized_name AS k, c.name AS n
      FROM (${Prisma.join(parts, ' UNION ')}) x JOIN customers c ON c.id = x.id`);
  }
  // exact emails and phones (blind index), company email domains and the contact person's name: contact look-ups,
  // customers joined (the name's few customers come in whatever their company name: it may be translated)
  // (a Latin name looks only at firms named in another script; a name that is a person's, at every firm)
  const byPerson = q.contactKeys?.length
    ? Prisma.sql`SELECT customer_id FROM ${contactHitSql(q.contactKeys, q.native ? CONTACT_KEY_ROWS : LATIN_CONTACT_KEY_ROWS, !!q.native)} p` : null;
  const asPerson = q.personKeys?.length ? Prisma.sql`SELECT customer_id FROM ${contactHitSql(q.personKeys, PERSON_KEY_ROWS, true)} p` : null;
  // and a contact's person among the customers named for that person
  const personNamed = q.personNamedWords?.length ? Prisma.sql`SELECT id AS customer_id FROM (${personNamedHitSql(q.personNamedWords)}) p` : null;
  for (const contacts of [customersByDetailSql(q), customersByEmailDomainSql(q.domains, EMAIL_DOMAIN_CANDIDATES), byPerson, asPerson, personNamed]) {
    if (contacts) lookups.push(Prisma.sql`SELECT false AS by_name, COALESCE(c.merged_into_id, c.id) AS id, NULL AS k, NULL AS n FROM (${contacts}) k
      JOIN customers c ON c.id = k.customer_id`);
  }
  return lookups.length ? Prisma.join(lookups.map((l) => Prisma.sql`(${l})`), ' UNION ALL ') : null;
}

/**
 * The candidates among the hits: every customer sharing an email, phone or domain, and the closest names only
 * (a customer found by name alone shares no email, phone or domain, so only the name can make it a duplicate).
 */
export function chooseCandidates(q: CandidateQuery, hits: Hit[], options: CandidateOptions = {}): number[] {
  const ids = new Set<number>();
  for (const r of hits) if (!r.by_name) ids.add(Number(r.id));
  const byKey = hits
    .filter((r) => r.by_name)
    .map((r) => ({ id: Number(r.id), sim: Math.max(0, ...q.nameKeys.map((k) => trigramSimilarity(k, r.k ?? ''))) }))
    .sort((a, b) => b.sim - a.sim || a.id - b.id);
  for (const r of byKey.slice(0, NAME_ONLY_CANDIDATES)) ids.add(r.id);
  // A name read from another script shares few trigrams with its twin's (البتراء "btra" / "petra"): the names with the
  // most sound keys in common get their own places.
  for (const id of closestBySound(q, hits.filter((r) => r.by_name && !ids.has(Number(r.id))))) ids.add(id);
  for (const id of options.excludeIds ?? []) ids.delete(id);
  return [...ids];
}

/** Of customers found by name, the few with the most sound keys in common with `q` (those worth scoring). */
function closestBySound(q: CandidateQuery, hits: Hit[]): number[] {
  const sound = new Set(q.soundKeys ?? []);
  if (!sound.size) return [];
  return hits
    .filter((r) => soundWorthScoring(q, r))
    .map((r) => ({ id: Number(r.id), shared: storedSoundKeys(r.k ?? '').filter((k) => sound.has(k)).length }))
    .filter((r) => r.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.id - b.id)
    .slice(0, SOUND_ONLY_CANDIDATES)
    .map((r) => r.id);
}

/** A stored key's name words run together, trade words left out ("velorak lighting" → "velorak"). */
const compact = (k: string) => {
  const words = k.split(' ').filter((w) => w && tokenWeight(w) >= 0.6);
  return (words.length ? words : k.split(' ')).join('');
};

/**
 * A customer found by sound keys alone is prepared and scored (most of a check's cost) only when a sound match can
 * mean one name: one of the two is written in another script, or the Latin names (trade words out) are alike once
 * run together ("Svetotechnika" / "Svetotekhnika", "Lone Star" / "Lonestar"). Two Latin names that merely share
 * consonants ("Velorak Lighting" / "Vilurek Lighting") are two firms to the matcher anyway.
 */
function soundWorthScoring(q: CandidateQuery, r: Hit): boolean {
  if (q.native || hasNonLatinLetter(r.n ?? '')) return true;
  const k = compact(r.k ?? '');
  return q.nameKeys.some((key) => trigramSimilarity(compact(key), k) >= LATIN_SOUND_SIMILARITY);
}

/**
 * Ids (survivors of merges) of customers that may be the record behind `q`.
 * Blocking keys by default (exact key, distinctive words, exact details): what the matcher can call a duplicate
 * always shares one of them. `fuzzy` adds pg_trgm similarity look-ups (misspelt words), several times slower on a
 * large table; the matcher itself treats a misspelt distinctive word as another company, so it rarely changes a verdict.
 */
export async function findCandidateIds(db: DbClient, q: CandidateQuery, options: CandidateOptions = {}): Promise<number[]> {
  await withContactKeysFilled(db, q);
  const sql = hitsSql(await withoutCommonKeys(db, q), options);
  if (!sql) return [];
  const query = (tx: DbClient) => tx.$queryRaw<Hit[]>`${sql}`;
  return chooseCandidates(q, options.fuzzy ? await withTrigramSettings(db, query) : await query(db), options);
}

/**
 * The chat-capture path: the candidates for `q`, loaded, in one statement. Each round trip is a wake-up of the
 * database and of this process, which a busy machine delays: so the hits come back with their customer, owner,
 * group and contacts (sealed; only the chosen candidates' are opened), rather than ids first and rows after.
 */
export async function findCandidates(db: DbClient, q: CandidateQuery, options: CandidateOptions = {}): Promise<CandidateCustomer[]> {
  const looked = await withoutCommonKeys(db, q);
  const sql = hitsSql(looked, options);
  if (!sql) return [];
  // A look-up by contact name needs the keys of contacts written since the last check: the statement also returns
  // those still unread, and only when there are some (just after a capture) are they filled and the look-up run again.
  const unread = looked.contactKeys?.length || looked.personKeys?.length ? Prisma.sql`(SELECT jsonb_agg(u) FROM (${RECENT_UNREAD_CONTACTS}) u)` : Prisma.sql`NULL::jsonb`;
  // Each hit with its name `n` as written: chooseCandidates scores a sound twin written in another script by it, as
  // the id look-up does (without it, "Petra Trading" missed البتراء للتجارة behind a dozen closer Latin names).
  const query = (tx: DbClient) => tx.$queryRaw<[{ hits: LoadedHit[] | null; unread: UnreadContact[] | null }]>`
    WITH hit AS (${sql})
    SELECT (SELECT jsonb_agg(jsonb_build_object('by_name', h.by_name, 'id', h.id, 'k', h.k, 'n', h.n, 'customer', to_jsonb(c))) FROM hit h
            LEFT JOIN LATERAL (${customerRowsSql(Prisma.sql`h.id`)}) c ON true) AS hits,
           ${unread} AS unread`;
  const run = async () => (await (options.fuzzy ? withTrigramSettings(db, query) : query(db)))[0];
  let result = await run();
  if (result.unread?.length) {
    await fillNameKeysOf(db, result.unread);
    result = await run();
  }
  const rows = result.hits ?? [];
  const loaded = new Map(rows.map((r) => [Number(r.id), r]));
  const out: CandidateCustomer[] = [];
  const mergedAgain: number[] = [];
  for (const id of chooseCandidates(q, rows, options)) {
    const row = loaded.get(id);
    if (!row?.customer) continue;
    if (row.customer.mergedIntoId) mergedAgain.push(row.customer.mergedIntoId);
    else out.push(toCandidate(reviveDates(row.customer), openContacts(row.customer.id, row.customer.contacts ?? [])));
  }
  // a survivor merged in turn (a chain of merges): the general loader follows it
  if (mergedAgain.length) {
    const have = new Set(out.map((c) => c.id));
    for (const c of await loadCandidates(db, mergedAgain)) if (!have.has(c.id) && !options.excludeIds?.includes(c.id)) { out.push(c); have.add(c.id); }
  }
  return out;
}

/**
 * The import path: candidate ids for many records at once (index i of the result belongs to queries[i]).
 * Exact keys, distinctive words (name_words), exact emails, phones and domains, in chunks.
 */
export async function findCandidateIdsBulk(db: DbClient, queries: CandidateQuery[], options: { scanAbove?: number } = {}): Promise<Set<number>[]> {
  const out = queries.map(() => new Set<number>());
  const index = (map: Map<string, number[]>, key: string, i: number) => { const l = map.get(key); if (l) l.push(i); else map.set(key, [i]); };
  const keys = new Map<string, number[]>();
  const terms = new Map<string, number[]>();
  const emails = new Map<string, number[]>();
  const phones = new Map<string, number[]>();
  const domains = new Map<string, number[]>();
  queries.forEach((q, i) => {
    q.nameKeys.forEach((k) => index(keys, k, i));
    [...q.nameTerms, ...(q.translationTerms ?? [])].filter((t) => t.length >= 3).forEach((t) => index(terms, t, i));
    q.emails.forEach((e) => index(emails, e, i));
    q.phones.forEach((p) => index(phones, p, i));
    q.domains.forEach((d) => index(domains, d, i));
  });
  const hit = (map: Map<string, number[]>, key: string, customerId: number) => { for (const i of map.get(key) ?? []) out[i].add(customerId); };

  for (const chunk of chunks([...keys.keys()])) {
    const rows = await db.$queryRaw<{ id: number; k: string }[]>`
      SELECT COALESCE(merged_into_id, id) AS id, normalized_name AS k FROM customers WHERE normalized_name = ANY(${chunk}::text[])`;
    for (const r of rows) hit(keys, r.k, Number(r.id));
  }
  if (terms.size > (options.scanAbove ?? BULK_SCAN_TERMS)) {
    // Many words: one pass over the table (hash join of every name's words with the file's words) costs less than
    // one index probe per word. At most PER_TERM customers per word, like the probes.
    const rows = await db.$queryRaw<{ id: number; t: string }[]>`
      WITH t AS (SELECT DISTINCT unnest(${[...terms.keys()]}::text[]) AS term),
      hits AS (
        SELECT COALESCE(c.merged_into_id, c.id) AS id, w.word AS t, row_number() OVER (PARTITION BY w.word ORDER BY c.id) AS n
        FROM customers c CROSS JOIN LATERAL unnest(string_to_array(c.normalized_name, ' ')) AS w(word)
        JOIN t ON t.term = w.word)
      SELECT id, t FROM hits WHERE n <= ${PER_TERM}`;
    for (const r of rows) hit(terms, r.t, Number(r.id));
  } else {
    for (const chunk of chunks([...terms.keys()], 500)) {
      const rows = await db.$queryRaw<{ id: number; t: string }[]>`
        SELECT COALESCE(c.merged_into_id, c.id) AS id, t.term AS t FROM unnest(${chunk}::text[]) AS t(term)
        CROSS JOIN LATERAL (SELECT id, merged_into_id FROM customers WHERE name_words @> ARRAY[t.term] LIMIT ${PER_TERM}) c`;
      for (const r of rows) hit(terms, r.t, Number(r.id));
    }
  }
  await soundHitsBulk(db, queries, out, options.scanAbove ?? BULK_SCAN_SOUND_KEYS);
  await contactHitsBulk(db, queries, out);
  await personNamedHitsBulk(db, queries, out);
  for (const chunk of chunks([...domains.keys()])) {
    const rows = await db.$queryRaw<{ id: number; d: string }[]>`
      SELECT COALESCE(merged_into_id, id) AS id, website_domain AS d FROM customers WHERE website_domain = ANY(${chunk}::text[])`;
    for (const r of rows) hit(domains, r.d, Number(r.id));
    for (const r of await findCustomersByEmailDomain(db, chunk, chunk.length * 20)) hit(domains, r.domain, r.customerId);
  }
  for (const chunk of chunks([...emails.keys()])) {
    for (const c of await findContactsByDetail(db, { emails: chunk })) if (c.email) hit(emails, c.email, c.customerId);
  }
  for (const chunk of chunks([...phones.keys()])) {
    for (const c of await findContactsByDetail(db, { phones: chunk })) if (c.phone) hit(phones, c.phone, c.customerId);
  }
  return out;
}

/** Sound-key look-ups for many records: per record, the few customers with the most sound keys in common (as chooseCandidates). */
async function soundHitsBulk(db: DbClient, queries: CandidateQuery[], out: Set<number>[], scanAbove: number): Promise<void> {
  const byKey = new Map<string, number[]>();
  const looked = await Promise.all(queries.map((q) => withoutCommonKeys(db, q)));
  looked.forEach((q, i) => (q.soundKeys ?? []).forEach((k) => { const l = byKey.get(k); if (l) l.push(i); else byKey.set(k, [i]); }));
  const found = queries.map(() => new Map<number, Hit>());
  // A key's row count is unknown when the statement is planned, and with a LIMIT a sequential scan looks cheap: it
  // reads the whole table for every key. The GIN index is told for these statements only.
  const keys = [...byKey.keys()];
  const take = (rows: { id: number; k: string; n: string; key: string }[]) => {
    for (const r of rows) for (const i of byKey.get(r.key) ?? []) if (!out[i].has(Number(r.id))) found[i].set(Number(r.id), { by_name: true, id: Number(r.id), k: r.k, n: r.n });
  };
  if (keys.length > scanAbove) {
    // Many keys (a large file): one pass over the table's keys, hash-joined with the file's, as for the words above.
    take(await db.$queryRaw<{ id: number; k: string; n: string; key: string }[]>`
      WITH t AS (SELECT DISTINCT unnest(${keys}::text[]) AS key),
      hits AS (
        SELECT COALESCE(c.merged_into_id, c.id) AS id, c.normalized_name AS k, c.name AS n, s.key, row_number() OVER (PARTITION BY s.key ORDER BY c.id) AS r
        FROM customers c CROSS JOIN LATERAL unnest(c.name_sound_keys) AS s(key) JOIN t ON t.key = s.key)
      SELECT id, k, n, key FROM hits WHERE r <= ${PER_SOUND_KEY}`);
  } else await withIndexScans(db, async (tx) => {
    for (const chunk of chunks(keys, 500)) {
      const rows = await tx.$queryRaw<{ id: number; k: string; n: string; key: string }[]>`
        SELECT COALESCE(c.merged_into_id, c.id) AS id, c.normalized_name AS k, c.name AS n, t.key FROM unnest(${chunk}::text[]) AS t(key)
        CROSS JOIN LATERAL (SELECT id, merged_into_id, normalized_name, name FROM customers WHERE name_sound_keys @> ARRAY[t.key] LIMIT ${PER_SOUND_KEY}) c`;
      take(rows);
    }
  });
  found.forEach((hits, i) => {
    for (const id of closestBySound(queries[i], [...hits.values()])) out[i].add(id);
  });
}

/** Contact-name look-ups for many records: per record, the few customers sharing the most keys (as contactHitSql). */
async function contactHitsBulk(db: DbClient, queries: CandidateQuery[], out: Set<number>[]): Promise<void> {
  const byKey = new Map<string, number[]>();
  const common = queries.some((q) => q.contactKeys?.length || q.personKeys?.length) ? await commonContactKeys(db) : new Set<string>();
  queries.forEach((q, i) => [...new Set([...(q.contactKeys ?? []), ...(q.personKeys ?? [])])].filter((k) => !common.has(k))
    .forEach((k) => { const l = byKey.get(k); if (l) l.push(i); else byKey.set(k, [i]); }));
  if (!byKey.size) return;
  // every contact written since the last check, an import's included: the file is checked against all of them
  await fillContactNameKeys(db);
  const shared = queries.map(() => new Map<number, number>());
  const mine = queries.map((q) => new Set(q.contactKeys));
  const asPerson = queries.map((q) => new Set(q.personKeys));
  const personShared = queries.map(() => new Map<number, number>());
  await withIndexScans(db, async (tx) => {
    for (const chunk of chunks([...byKey.keys()], 500)) {
      const rows = await tx.$queryRaw<{ id: number; key: string; keys: string[]; n: string }[]>`
        SELECT COALESCE(c.merged_into_id, c.id) AS id, t.key, k.name_keys AS keys, c.name AS n FROM unnest(${chunk}::text[]) AS t(key)
        CROSS JOIN LATERAL (SELECT customer_id, name_keys FROM contacts WHERE name_keys @> ARRAY[t.key] AND erased_at IS NULL LIMIT ${PER_CONTACT_KEY}) k
        JOIN customers c ON c.id = k.customer_id`;
      for (const r of rows) {
        for (const i of byKey.get(r.key) ?? []) {
          const id = Number(r.id);
          // a name that is a person's: at every firm (as the chat check's own look-up)
          if (asPerson[i].has(r.key)) personShared[i].set(id, Math.max(r.keys.filter((k) => asPerson[i].has(k)).length, personShared[i].get(id) ?? 0));
          // as contactHitSql: a Latin name looks only at firms named in another script
          if (!mine[i].has(r.key) || (!queries[i].native && !hasNonLatinLetter(r.n))) continue;
          const n = r.keys.filter((k) => mine[i].has(k)).length;
          shared[i].set(id, Math.max(n, shared[i].get(id) ?? 0));
        }
      }
    }
  });
  for (const found of [shared, personShared]) {
    found.forEach((hits, i) => {
      const best = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CONTACT_CANDIDATES);
      for (const [id] of best) out[i].add(id);
    });
  }
}

/** Customers named for a contact's person, for many records (as personNamedHitSql): a statement per chunk of names. */
async function personNamedHitsBulk(db: DbClient, queries: CandidateQuery[], out: Set<number>[]): Promise<void> {
  const byName = new Map<string, number[]>();
  queries.forEach((q, i) => (q.personNamedWords ?? []).forEach((w) => { const k = w.join(' '); const l = byName.get(k); if (l) l.push(i); else byName.set(k, [i]); }));
  if (!byName.size) return;
  await withIndexScans(db, async (tx) => {
    for (const chunk of chunks([...byName.keys()], 500)) {
      // each name as one text of its words (a ragged array of arrays in one parameter)
      const rows = await tx.$queryRaw<{ id: number; name: string }[]>`
        SELECT COALESCE(c.merged_into_id, c.id) AS id, t.name FROM unnest(${chunk}::text[]) AS t(name)
        CROSS JOIN LATERAL (SELECT id, merged_into_id FROM (
          SELECT id, merged_into_id, cardinality(name_words) AS n FROM customers WHERE name_words @> string_to_array(t.name, ' ') LIMIT ${PERSON_NAMED_ROWS}) s
          ORDER BY n, id LIMIT ${PERSON_NAMED_CANDIDATES}) c`;
      for (const r of rows) for (const i of byName.get(r.name) ?? []) out[i].add(Number(r.id));
    }
  });
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type CandidateRow = Omit<CandidateCustomer, 'owner' | 'group' | 'contacts'> & {
  mergedIntoId: number | null;
  ownerName: string | null;
  ownerManagerId: number | null;
  groupName: string | null;
  groupOwnerId: number | null;
  groupOwnerName: string | null;
};

/** A live contact as the candidate statement returns it: email and phone still sealed. */
type SealedContact = Omit<ContactView, 'customerId' | 'erasedAt'>;
/** A hit of the chat-capture statement with its customer row (null when the row is gone). */
type LoadedHit = Hit & { customer: (CandidateRow & { contacts: SealedContact[] | null }) | null };

/** The candidate columns of the customers `where` selects, with owner, group, the group owner's name and live contacts (sealed). */
function customerRowsSql(id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c.name, c.aliases, c.country, c.website, c.website_domain AS "websiteDomain", c.status::text AS status,
      c.owner_id AS "ownerId", c.owned_since AS "ownedSince", c.last_contact_at AS "lastContactAt", c.group_id AS "groupId",
      c.merged_into_id AS "mergedIntoId", o.display_name AS "ownerName", o.manager_id AS "ownerManagerId",
      g.name AS "groupName", g.owner_id AS "groupOwnerId", gowner.display_name AS "groupOwnerName",
      ${liveContactsJsonSql(Prisma.sql`c.id`)} AS contacts
    FROM customers c
    LEFT JOIN team_members o ON o.id = c.owner_id
    LEFT JOIN company_groups g ON g.id = c.group_id
    LEFT JOIN team_members gowner ON gowner.id = g.owner_id
    WHERE c.id = ${id}`;
}

/** to_jsonb leaves timestamps as text. */
function reviveDates(row: CandidateRow): CandidateRow {
  const date = (v: Date | string | null) => (v === null || v instanceof Date ? v : new Date(v));
  return { ...row, ownedSince: date(row.ownedSince), lastContactAt: date(row.lastContactAt) };
}

/** Opened by the contact data module (the seal is bound to the contact's row). */
function openContacts(customerId: number, contacts: SealedContact[]): ContactView[] {
  return contacts.map((k) => revealContactRow({ ...k, customerId, erasedAt: null }));
}

function toCandidate(row: CandidateRow, contacts: ContactView[]): CandidateCustomer {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    country: row.country,
    website: row.website,
    websiteDomain: row.websiteDomain,
    status: row.status,
    ownerId: row.ownerId,
    ownedSince: row.ownedSince,
    lastContactAt: row.lastContactAt,
    groupId: row.groupId,
    owner: row.ownerId !== null && row.ownerName !== null ? { id: row.ownerId, displayName: row.ownerName, managerId: row.ownerManagerId } : null,
    group: row.groupId !== null && row.groupName !== null
      ? { id: row.groupId, name: row.groupName, ownerId: row.groupOwnerId, ownerName: row.groupOwnerId !== null ? row.groupOwnerName : null }
      : null,
    contacts,
  };
}

/**
 * Loads the candidates with owner, group (and its owner's name) and live contacts; merged customers are followed
 * (the import path, and chains of merges on the chat path).
 */
export async function loadCandidates(db: DbClient, ids: number[]): Promise<CandidateCustomer[]> {
  const found = new Map<number, CandidateRow & { contacts: SealedContact[] | null }>();
  let pending = [...new Set(ids)];
  for (let depth = 0; pending.length && depth < 4; depth++) {
    const rows: (CandidateRow & { contacts: SealedContact[] | null })[] = [];
    for (const chunk of chunks(pending)) rows.push(...(await db.$queryRaw<(CandidateRow & { contacts: SealedContact[] | null })[]>`${customerRowsSql(Prisma.sql`ANY(${chunk}::int[])`)}`));
    pending = [];
    for (const row of rows) {
      if (row.mergedIntoId) { if (!found.has(row.mergedIntoId)) pending.push(row.mergedIntoId); } else found.set(row.id, row);
    }
  }
  return [...found.values()].map((row) => toCandidate(row, openContacts(row.id, row.contacts ?? [])));
}
