// Duplicate matching: our matcher against plain pg_trgm name similarity, on the labelled sets of tests/data/dedupe/:
// companies.jsonl (train / test), hard.jsonl (no shared key, cross-script, hard negatives; train / test) and, when it
// is there, heldout.jsonl: written by someone who never saw the matcher, never tuned on, and dev.jsonl (another
// independent author, who never saw the code either; tuned on, so printed as "dev: tuned on", never the headline) and
// dev2.jsonl (a fourth author, the same way; "dev 2: tuned on"), dev3.jsonl (a fifth author; "dev 3: tuned on"), dev4.jsonl (a sixth author; "dev 4: tuned on"), dev5.jsonl (a seventh; "dev 5: tuned on") and dev6.jsonl (an eighth; "dev 6: tuned on").
// `--no-heldout` leaves the held-out set out entirely (for tuning runs: its figures are read once, at the end). Exits 1 when held-out misses
// the targets: precision ≥ 0.97 and recall ≥ 0.90 for the duplicate verdict, recall ≥ 0.97 for duplicate-or-possible.
// Run: npm run bench -- dedupe   (args: --pg <admin url>)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { candidateQuery } from '../src/domain/dedupe/blocking';
import { contactNameKeys, contactQueryKeys } from '../src/domain/dedupe/contact-name-keys';
import { CONTACT_CANDIDATES, PERSON_NAMED_CANDIDATES, chooseCandidates, type Hit } from '../src/domain/dedupe/duplicate-candidates.repository';
import { prepareRecord, scoreMatch, type PreparedRecord } from '../src/domain/dedupe/match';
import { hasNonLatinLetter, normalizeCompanyName } from '../src/domain/dedupe/normalize-company';
import { storedSoundKeys } from '../src/domain/dedupe/sound-skeleton';
import { loadLabelled, pairwiseMetrics, type LabelledCompany, type PairwiseMetrics } from '../tests/domain/dedupe/fixtures';

const TARGETS = { precision: 0.97, recall: 0.9, warnRecall: 0.97 };

type Set_ = { label: string; records: (LabelledCompany & { key: number })[] };

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function row(label: string, m: PairwiseMetrics): string {
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(44)} ${f(m.precision)}     ${f(m.recall)}  ${f(m.f1)}   tp ${m.tp} fp ${m.fp} fn ${m.fn}`;
}

/** Pairs (smaller key first) within one set whose names pg_trgm calls similar, computed inside PostgreSQL. */
async function trigramPairs(client: pg.Client, column: 'name' | 'normalized'): Promise<Set<string>> {
  const expr = (t: string) => (column === 'name' ? `lower(${t}.name)` : `${t}.normalized`);
  const { rows } = await client.query<{ a: number; b: number }>(
    `SELECT a.id AS a, b.id AS b FROM companies a JOIN companies b ON a.split = b.split AND a.id < b.id
      WHERE similarity(${expr('a')}, ${expr('b')}) >= 0.5`,
  );
  return new Set(rows.map((r) => `${r.a}:${r.b}`));
}

/**
 * What the database's candidate search would hand the matcher, with one set as the customer table: its look-ups
 * (exact key, whole distinctive word, sound key, exact email/phone/domain, contact person's name key: the few
 * customers with most keys in common, as its statement ranks them) done in memory, then the repository's own choice
 * among the hits (chooseCandidates). The pairs the matcher flags count only when the other record is chosen;
 * the sets are small, so the per-key row limits of the SQL never bite here.
 */
function candidateSearch(records: (LabelledCompany & { key: number })[], prepared: Map<number, PreparedRecord>, flagged: (a: { key: number }, b: { key: number }) => boolean) {
  const stored = records.map((r) => {
    const p = prepared.get(r.key)!;
    const key = normalizeCompanyName(r.name);
    const contacts = (r.contactNames ?? []).map((n) => new Set(contactNameKeys(n, r.name)));
    return { key, words: new Set(key.split(' ').filter(Boolean)), sound: new Set(storedSoundKeys(key)), contacts, domains: new Set([...p.emailDomains, ...p.websiteDomains]), emails: new Set(p.emails), phones: new Set(p.phones) };
  });
  let pairs = 0, chosen = 0, candidates = 0;
  records.forEach((r, i) => {
    const q = candidateQuery(prepared.get(r.key)!);
    const hits: Hit[] = [];
    const contactKeys = contactQueryKeys(prepared.get(r.key)!);
    const byContact: { id: number; n: number }[] = [];
    // a name that is a person's, among every firm's contacts; a contact's name among customers' name words
    const asPerson: { id: number; n: number }[] = [];
    const personNamed = (q.personNamedWords ?? []).map(() => [] as { id: number; n: number }[]);
    records.forEach((o, j) => {
      if (i === j) return;
      const s = stored[j];
      const n = Math.max(0, ...s.contacts.map((keys) => contactKeys.filter((k) => keys.has(k)).length));
      // as the statement: a Latin name looks through its person only at firms named in another script
      if (n > 0 && (q.native || hasNonLatinLetter(o.name))) byContact.push({ id: j, n });
      const p = Math.max(0, ...s.contacts.map((keys) => (q.personKeys ?? []).filter((k) => keys.has(k)).length));
      if (p > 0) asPerson.push({ id: j, n: p });
      (q.personNamedWords ?? []).forEach((w, x) => { if (w.every((t) => s.words.has(t))) personNamed[x].push({ id: j, n: s.words.size }); });
      if (q.domains.some((d) => s.domains.has(d)) || q.emails.some((e) => s.emails.has(e)) || q.phones.some((x) => s.phones.has(x))) hits.push({ by_name: false, id: j, k: null });
      const words = ` ${s.key} `;
      if (q.nameKeys.includes(s.key) || [...q.nameTerms, ...(q.translationTerms ?? [])].some((t) => t.length >= 3 && words.includes(` ${t} `)) || (q.soundKeys ?? []).some((k) => s.sound.has(k))) {
        hits.push({ by_name: true, id: j, k: s.key, n: o.name });
      }
    });
    byContact.sort((a, b) => b.n - a.n || a.id - b.id);
    for (const c of byContact.slice(0, CONTACT_CANDIDATES)) hits.push({ by_name: false, id: c.id, k: null });
    asPerson.sort((a, b) => b.n - a.n || a.id - b.id);
    for (const c of asPerson.slice(0, CONTACT_CANDIDATES)) hits.push({ by_name: false, id: c.id, k: null });
    for (const found of personNamed) {
      found.sort((a, b) => a.n - b.n || a.id - b.id);
      for (const c of found.slice(0, PERSON_NAMED_CANDIDATES)) hits.push({ by_name: false, id: c.id, k: null });
    }
    const ids = new Set(chooseCandidates(q, hits));
    candidates += ids.size;
    records.forEach((o, j) => {
      if (i === j || o.cluster !== r.cluster || !flagged(r, o)) return;
      pairs++;
      if (ids.has(j)) chosen++;
    });
  });
  return { pairs, chosen, perCheck: candidates / Math.max(1, records.length) };
}

/** The evaluation sets; each record gets a key unique across files (ids repeat between files). */
function loadSets(withHeldout: boolean): Set_[] {
  let next = 1;
  const sets: Set_[] = [];
  const add = (label: string, records: LabelledCompany[]) => {
    if (records.length) sets.push({ label, records: records.map((r) => ({ ...r, key: next++ })) });
  };
  const companies = loadLabelled('companies.jsonl') ?? [];
  const hard = loadLabelled('hard.jsonl') ?? [];
  for (const split of ['train', 'test'] as const) add(`companies ${split}`, companies.filter((r) => r.split === split));
  for (const split of ['train', 'test'] as const) add(`hard ${split}`, hard.filter((r) => r.split === split));
  add('dev: tuned on', loadLabelled('dev.jsonl') ?? []);
  // a second DEV set by a fourth author (tests/data/dedupe/dev2.jsonl): tuned on too, later, so a better sign of generalisation
  add('dev 2: tuned on', loadLabelled('dev2.jsonl') ?? []);
  // a third DEV set by a fifth author (tests/data/dedupe/dev3.jsonl), measured once untouched, then tuned on like dev2
  add('dev 3: tuned on', loadLabelled('dev3.jsonl') ?? []);
  // a fourth DEV set by a sixth author (tests/data/dedupe/dev4.jsonl, nineteenth stop), measured once untouched, then tuned on
  add('dev 4: tuned on', loadLabelled('dev4.jsonl') ?? []);
  // a fifth by a seventh author (tests/data/dedupe/dev5.jsonl, twentieth stop), generated from regional word and name
  // lists by the author's script: measured once untouched, then tuned on
  add('dev 5: tuned on', loadLabelled('dev5.jsonl') ?? []);
  // a sixth by an eighth author (tests/data/dedupe/dev6.jsonl, twenty-fourth stop; 84% of its duplicate clusters share
  // no exact key, and its many hard negatives are one letter or word apart in one city): read once untouched on
  // 9daef1b (duplicate P 0.819 R 0.788; duplicate or possible P 0.735 R 0.851), tuned on since
  add('dev 6: tuned on', loadLabelled('dev6.jsonl') ?? []);
  add('dev 7: tuned on', loadLabelled('dev7.jsonl') ?? []);
  // a seventh by a tenth author (tests/data/dedupe/dev8.jsonl, twenty-sixth stop; 85% of its duplicate clusters share no
  // exact key, 134 hard-negative groups): read once untouched on 9c2b599 (duplicate P 0.830 R 0.852; duplicate or possible P
  // 0.715 R 0.893), tuned on since
  add('dev 8: tuned on', loadLabelled('dev8.jsonl') ?? []);
  // an eighth by an eleventh author (tests/data/dedupe/dev9.jsonl, twenty-seventh stop; 92% of its duplicate clusters share
  // no exact key, 80 hard-negative groups): read once untouched on 9704cfb (duplicate P 0.942 R 0.777; duplicate or
  // possible P 0.890 R 0.841), tuned on since
  add('dev 9: tuned on', loadLabelled('dev9.jsonl') ?? []);
  const heldout = withHeldout ? loadLabelled('heldout.jsonl') : null;
  if (heldout) add('held-out', heldout);
  // a second held-out set by a third author (tests/data/dedupe/heldout2.jsonl), never read while tuning either
  const heldout2 = withHeldout ? loadLabelled('heldout2.jsonl') : null;
  if (heldout2) add('held-out 2', heldout2);
  return sets;
}

export default async function run(args: string[]): Promise<void> {
  const adminUrl = argValue(args, '--pg') ?? process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const withHeldout = !args.includes('--no-heldout');
  const sets = loadSets(withHeldout);
  const all = sets.flatMap((s) => s.records);
  const key = (a: { key: number }, b: { key: number }) => (a.key < b.key ? `${a.key}:${b.key}` : `${b.key}:${a.key}`);

  // Our matcher, timed.
  const t0 = performance.now();
  const prepared = new Map(all.map((r) => [r.key, prepareRecord(r)]));
  const t1 = performance.now();
  const verdicts = new Map<string, string>();
  let comparisons = 0;
  for (const { records: rs } of sets) {
    for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
      verdicts.set(key(rs[i], rs[j]), scoreMatch(prepared.get(rs[i].key)!, prepared.get(rs[j].key)!).verdict);
      comparisons++;
    }
  }
  const t2 = performance.now();

  // Baseline in PostgreSQL, in a throw-away database.
  const dbName = `quayside_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  let rawPairs = new Set<string>();
  let normPairs = new Set<string>();
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await client.query('CREATE TABLE companies (id int PRIMARY KEY, split text NOT NULL, name text NOT NULL, normalized text NOT NULL)');
      const setOf = new Map(sets.flatMap((s) => s.records.map((r) => [r.key, s.label] as const)));
      await client.query(
        'INSERT INTO companies SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])',
        [all.map((r) => r.key), all.map((r) => setOf.get(r.key)!), all.map((r) => r.name), all.map((r) => normalizeCompanyName(r.name))],
      );
      rawPairs = await trigramPairs(client, 'name');
      normPairs = await trigramPairs(client, 'normalized');
    } finally {
      await client.end();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.end();
  }

  console.log(`dedupe: ${all.length} labelled records (${sets.map((s) => `${s.label} ${s.records.length}`).join(', ')}), pairs within each set`);
  console.log(`matcher: prepare ${((t1 - t0) / all.length * 1000).toFixed(0)} µs/record, compare ${((t2 - t1) / comparisons * 1000).toFixed(1)} µs/pair (${comparisons} pairs)`);
  console.log(`${''.padEnd(44)} precision recall F1`);
  let missed = false;
  for (const { label, records: rs } of sets) {
    const dup = pairwiseMetrics(rs, (a, b) => verdicts.get(key(a, b)) === 'duplicate');
    const warn = pairwiseMetrics(rs, (a, b) => verdicts.get(key(a, b)) !== 'distinct');
    console.log(`-- ${label} (${dup.positives} duplicate pairs)`);
    console.log(row('quayside matcher (verdict duplicate)', dup));
    console.log(row('quayside matcher (duplicate or possible)', warn));
    console.log(row('pg_trgm similarity(lower(name)) >= 0.5', pairwiseMetrics(rs, (a, b) => rawPairs.has(key(a, b)))));
    console.log(row('pg_trgm similarity(normalized_name) >= 0.5', pairwiseMetrics(rs, (a, b) => normPairs.has(key(a, b)))));
    const search = candidateSearch(rs, prepared, (a, b) => verdicts.get(key(a, b)) !== 'distinct');
    console.log(`${'candidate search: flagged true pairs fetched'.padEnd(44)} ${search.chosen} of ${search.pairs} (each way; ${(search.chosen / Math.max(1, search.pairs)).toFixed(3)}), ${search.perCheck.toFixed(1)} candidates a check`);
    if (label === 'held-out') {
      const ok = dup.precision >= TARGETS.precision && dup.recall >= TARGETS.recall && warn.recall >= TARGETS.warnRecall;
      console.log(`held-out targets (duplicate P ≥ ${TARGETS.precision}, R ≥ ${TARGETS.recall}; duplicate-or-possible R ≥ ${TARGETS.warnRecall}): ${ok ? 'met' : 'MISSED'}`);
      missed = !ok;
    }
  }
  if (!sets.some((s) => s.label === 'held-out')) console.log(withHeldout ? 'held-out: tests/data/dedupe/heldout.jsonl not present' : 'held-out: left out (--no-heldout)');
  if (missed) process.exitCode = 1;
}
