// Duplicate matching: our matcher against plain pg_trgm name similarity, on tests/data/dedupe/companies.jsonl.
// Run: npx tsx -e "import('./bench/dedupe.bench.ts').then(m=>m.default([]))"   (args: --pg <admin url>)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { prepareRecord, scoreMatch } from '../src/domain/dedupe/match';
import { normalizeCompanyName } from '../src/domain/dedupe/normalize-company';
import { loadCompanies, pairwiseMetrics, type LabelledCompany, type PairwiseMetrics } from '../tests/domain/dedupe/fixtures';

const SPLITS = ['test', 'train'] as const;

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function row(label: string, m: PairwiseMetrics): string {
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(44)} ${f(m.precision)}     ${f(m.recall)}  ${f(m.f1)}   tp ${m.tp} fp ${m.fp} fn ${m.fn}`;
}

/** Pairs (smaller id first) whose names pg_trgm calls similar, computed inside PostgreSQL. */
async function trigramPairs(client: pg.Client, column: 'name' | 'normalized'): Promise<Set<string>> {
  const expr = (t: string) => (column === 'name' ? `lower(${t}.name)` : `${t}.normalized`);
  const { rows } = await client.query<{ a: number; b: number }>(
    `SELECT a.id AS a, b.id AS b FROM companies a JOIN companies b ON a.split = b.split AND a.id < b.id
      WHERE similarity(${expr('a')}, ${expr('b')}) >= 0.5`,
  );
  return new Set(rows.map((r) => `${r.a}:${r.b}`));
}

export default async function run(args: string[]): Promise<void> {
  const adminUrl = argValue(args, '--pg') ?? process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const all = loadCompanies();
  const bySplit = Object.fromEntries(SPLITS.map((s) => [s, all.filter((r) => r.split === s)])) as Record<(typeof SPLITS)[number], LabelledCompany[]>;

  // Our matcher, timed.
  const t0 = performance.now();
  const prepared = new Map(all.map((r) => [r.id, prepareRecord(r)]));
  const t1 = performance.now();
  const verdicts = new Map<string, string>();
  let comparisons = 0;
  for (const s of SPLITS) {
    const rs = bySplit[s];
    for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {
      const [a, b] = rs[i].id < rs[j].id ? [rs[i], rs[j]] : [rs[j], rs[i]];
      verdicts.set(`${a.id}:${b.id}`, scoreMatch(prepared.get(a.id)!, prepared.get(b.id)!).verdict);
      comparisons++;
    }
  }
  const t2 = performance.now();
  const key = (a: LabelledCompany, b: LabelledCompany) => (a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`);

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
      await client.query(
        'INSERT INTO companies SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])',
        [all.map((r) => r.id), all.map((r) => r.split), all.map((r) => r.name), all.map((r) => normalizeCompanyName(r.name))],
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

  console.log(`dedupe: ${all.length} labelled records (${bySplit.test.length} test / ${bySplit.train.length} train), pairs within each split`);
  console.log(`matcher: prepare ${((t1 - t0) / all.length * 1000).toFixed(0)} µs/record, compare ${((t2 - t1) / comparisons * 1000).toFixed(1)} µs/pair (${comparisons} pairs)`);
  console.log(`${''.padEnd(44)} precision recall F1`);
  for (const s of SPLITS) {
    const rs = bySplit[s];
    console.log(`-- ${s} split`);
    console.log(row('quayside matcher (verdict duplicate)', pairwiseMetrics(rs, (a, b) => verdicts.get(key(a, b)) === 'duplicate')));
    console.log(row('quayside matcher (duplicate or possible)', pairwiseMetrics(rs, (a, b) => verdicts.get(key(a, b)) !== 'distinct')));
    console.log(row('pg_trgm similarity(lower(name)) >= 0.5', pairwiseMetrics(rs, (a, b) => rawPairs.has(key(a, b)))));
    console.log(row('pg_trgm similarity(normalized_name) >= 0.5', pairwiseMetrics(rs, (a, b) => normPairs.has(key(a, b)))));
  }
}
