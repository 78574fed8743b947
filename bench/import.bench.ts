// npm run bench -- import [rows=50000]
// A customer sheet of `rows` rows (names in several languages and legal forms, countries as people write them, phones,
// emails, some duplicates and bad cells) read, checked and written by the same code as `crm import`, timed end to end;
// the baseline is the same rows written with one plain INSERT … unnest in the same run. Exits 1 when the import takes
// longer than a minute (the target for a 50,000-row sheet). Own database, dropped at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { commitImport, planImport, summarize } from '../src/domain/import/import.service';
import { readTable } from '../src/domain/import/read-table';
import { createLogger } from '../src/logger';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const TARGET_SECONDS = 60;

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'lux', 'sol', 'na', 'bri', 'zen', 'quo', 'dal', 'mar', 'tek', 'vo', 'sen', 'pa', 'ri', 'gon', 'ul', 'ex', 'ion', 'ta'];
const TRADES = ['Lighting', 'Electric', 'Trading', 'Lamps', 'Elektro', 'Iluminación', 'Import Export', 'Home', 'Industrial', 'Supply'];
const FORMS: [string, string][] = [['GmbH', 'Deutschland'], ['Ltda', 'Brasil'], ['S.A. de C.V.', 'México'], ['LLC', 'UAE'], ['Co., Ltd.', 'China'], ['JSC', 'Viet Nam'], ['Srl', 'Italia'],
  ['Ltd', 'UK'], ['SAS', 'France'], ['Est', 'KSA'], ['Pty Ltd', 'Australia'], ['Inc', 'USA'], ['ООО', 'Россия'], ['Sp. z o.o.', 'Polska'], ['A.Ş.', 'Türkiye']];
const PHONES: Record<string, string> = { Deutschland: '+49 89 ', Brasil: '+55 11 ', México: '+52 55 ', UAE: '+971 4 ', China: '+86 755 ', 'Viet Nam': '+84 28 ', Italia: '+39 02 ', UK: '+44 20 ',
  France: '+33 1 ', KSA: '+966 11 ', Australia: '+61 2 ', USA: '+1 415 ', Россия: '+7 495 ', Polska: '+48 22 ', Türkiye: '+90 212 ' };

export function sheet(rows: number): string {
  let seed = 20;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const lines = ['Company,Country,Email,Phone,Contact'];
  for (let i = 0; i < rows; i++) {
    const [form, country] = FORMS[rand(FORMS.length)];
    // a made-up brand per buyer (as real sheets have), every 40th row the same buyer again with another legal form
    const id = i % 40 === 39 ? i - 17 : i;
    const brand = [id % 24, Math.floor(id / 24) % 24, Math.floor(id / 576) % 24, Math.floor(id / 13824) % 24].map((k) => SYLLABLES[k]).join('');
    const name = `${brand[0].toUpperCase()}${brand.slice(1)} ${TRADES[rand(TRADES.length)]} ${form}`;
    const phone = `${PHONES[country]}${String(3_000_000 + ((i * 7919) % 6_000_000))}`;
    const email = i % 97 === 3 ? 'not-an-email' : `buyer${i}@${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.com`;
    lines.push([`"${name.replace(/"/g, '""')}"`, i % 113 === 5 ? 'Narnia' : country, email, phone, `Contact ${i}`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export default async function run(args: string[]): Promise<void> {
  const rows = Number(args[0] ?? 50_000);
  const dbName = `quayside_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const config = loadConfig({ DATABASE_URL: url.toString(), DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent', DEFAULT_LOCALE: 'en' });
  const app = await createApp({ config, logger: createLogger('error'), adapters: [] });
  let failed = false;
  try {
    const db = app.database.prisma;
    const csv = Buffer.from(sheet(rows));
    console.log(`import: ${rows} rows, ${(csv.length / 1048576).toFixed(1)} MB CSV`);

    // Baseline: the same names and countries with one plain INSERT … unnest into a copy of the customers table.
    const table = await readTable('bench.csv', csv);
    await db.$executeRawUnsafe('CREATE TABLE bench_customers (LIKE customers INCLUDING DEFAULTS)');
    const b0 = performance.now();
    await db.$executeRaw`INSERT INTO bench_customers (id, name, normalized_name, country, source, status, created_at, updated_at)
      SELECT g, t.name, lower(t.name), left(t.country, 2), 'import', 'pool', now(), now()
      FROM unnest(${table.rows.map((r) => r[0])}::text[], ${table.rows.map((r) => r[1])}::text[]) WITH ORDINALITY AS t(name, country, g)`;
    const baseline = (performance.now() - b0) / 1000;

    const t0 = performance.now();
    let lastTick = 0;
    const parsed = await readTable('bench.csv', csv);
    const plan = await planImport(db, parsed, (phase, done, total) => {
      if (Math.abs(done - lastTick) >= 10_000 || done === total) {
        lastTick = done;
        process.stderr.write(`  ${phase === 'read' ? 'read' : 'checked'} ${done}/${total} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      }
    });
    const t1 = performance.now();
    const ids = await commitImport(db, plan, { ownerId: null, actorId: null, via: 'bench', fileName: 'bench.csv' });
    const t2 = performance.now();
    const seconds = (t2 - t0) / 1000;
    const s = summarize(plan, ids.length, false);
    console.log(`quayside import: ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s (read + check ${((t1 - t0) / 1000).toFixed(1)} s, write ${((t2 - t1) / 1000).toFixed(1)} s)`);
    console.log(`  created ${s.created}, duplicates ${s.duplicate}, possible ${s.possible_duplicate}, failed ${s.error}, warnings ${s.warnings}`);
    console.log(`baseline INSERT … unnest of the same rows (no checks, no contacts): ${baseline.toFixed(2)} s = ${Math.round(rows / baseline)} rows/s`);
    failed = seconds > TARGET_SECONDS * (rows / 50_000);
    console.log(`target: ${TARGET_SECONDS} s per 50,000 rows → ${failed ? 'MISSED' : 'met'}`);
  } finally {
    await app.stop();
    // The app's pool may still be closing its last connections: wait for them rather than kill them.
    for (let tries = 0; ; tries++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
        break;
      } catch (error) {
        if (tries >= 20) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await admin.end();
  }
  if (failed) process.exitCode = 1;
}
