import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A library that only some messages need, loaded the first time one does: Cantonese readings (63 MB resident),
 * Mandarin pinyin (18 MB), Traditional→Simplified tables and the date parser (22 MB) were loaded by every start
 * though most never meet a Chinese company name or a typed date. `import type` keeps the types; the returned getter
 * loads the package (CommonJS, synchronous) once and keeps it.
 */
export function loadWhenUsed<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
