// npm run db:migration -- <name> [--from <old schema.prisma>]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL from the committed schema (git HEAD, or
// --from) to the working prisma/schema.prisma. The migration-drift test then proves the history matches the schema.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDiffScript } from './schema-engine.mjs';

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--from');
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <snake_case_name> [--from <old schema.prisma>]');
  process.exit(2);
}
const fromIndex = args.indexOf('--from');
const fromSchema = fromIndex >= 0
  ? readFileSync(args[fromIndex + 1], 'utf8')
  : execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { encoding: 'utf8' });
const toSchema = readFileSync('prisma/schema.prisma', 'utf8');
const script = await schemaDiffScript({ fromSchema, toSchema });
if (!script) {
  console.log('schema.prisma has no changes: no migration written');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), script);
console.log(`wrote ${dir}/migration.sql`);
