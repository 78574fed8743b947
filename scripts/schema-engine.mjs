// Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), for machines that cannot download the native
// binary. Only the `diff` between two datamodels is used: it needs no database, so no shadow database either.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

let enginePromise;

async function loadGlue() {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const glue = await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href);
  // Node 20 cannot import .wasm: instantiate it by hand with the bindings' glue as its import object.
  const module = new WebAssembly.Module(readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`schema engine panic: ${message}`) };
  return glue;
}

async function adapterFactory(connectionString) {
  // The engine opens a connection even for a diff between two datamodels (it only asks the server's version).
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  return bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
}

/**
 * The SQL that turns `fromSchema` (or an empty database when omitted) into `toSchema`; '' when they match.
 * `connectionString`: any reachable PostgreSQL (nothing is written to it).
 * @param {{ fromSchema?: string, toSchema: string, connectionString?: string }} schemas
 */
export async function schemaDiffScript({ fromSchema, toSchema, connectionString }) {
  connectionString ??= process.env.DATABASE_URL ?? process.env.TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  enginePromise ??= loadGlue();
  const glue = await enginePromise;
  const engine = await glue.SchemaEngine.new({ datamodels: [['schema.prisma', toSchema]] }, () => undefined, await adapterFactory(connectionString));
  const target = (content) => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });
  const result = await engine.diff({
    from: fromSchema === undefined ? { tag: 'empty' } : target(fromSchema),
    to: target(toSchema),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const script = result.stdout ?? '';
  return /^\s*(--\s*This is an empty migration\.)?\s*$/.test(script) ? '' : script;
}
