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
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 2 });
  // The engine reads pg_catalog columns of type "char" (OID 18) and name (OID 19), which adapter-pg refuses to map
  // (prisma/orm#27403): report them as text.
  const query = pool.query.bind(pool);
  pool.query = async (...args) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  };
  return { factory: bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)), close: () => pool.end() };
}

const datamodel = (content) => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });

async function diff(connectionString, toSchema, from) {
  enginePromise ??= loadGlue();
  const glue = await enginePromise;
  const adapter = await adapterFactory(connectionString);
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: [['schema.prisma', toSchema]] }, () => undefined, adapter.factory);
    const result = await engine.diff({
      from: from(toSchema),
      to: datamodel(toSchema),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const script = result.stdout ?? '';
    return /^\s*(--\s*This is an empty migration\.)?\s*$/.test(script) ? '' : script;
  } finally {
    await adapter.close();
  }
}

const defaultUrl = () => process.env.TEST_PG_ADMIN_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * The SQL that turns an empty database into `toSchema`. `connectionString`: any reachable PostgreSQL (the engine
 * asks it for its version; nothing is written).
 * @param {{ toSchema: string, connectionString?: string }} options
 */
export function schemaCreateScript({ toSchema, connectionString = defaultUrl() }) {
  return diff(connectionString, toSchema, () => ({ tag: 'empty' }));
}

/**
 * The SQL that turns the database at `connectionString` into `toSchema`; '' when it already matches.
 * @param {{ toSchema: string, connectionString: string }} options
 */
export function schemaDiffFromDatabase({ toSchema, connectionString }) {
  return diff(connectionString, toSchema, (content) => ({ tag: 'schemaDatasource', files: [{ path: 'schema.prisma', content }], configDir: process.cwd() }));
}
