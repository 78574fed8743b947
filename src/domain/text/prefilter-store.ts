// The classifier's regex prefilters, built once by `npm run build` (scripts/build-prefilters.ts writes
// dist/regex-prefilters.json) rather than at every start: working out the literals of two thousand pattern lines and
// building the automata over them took ~40% of a one-line `crm classify`. A prefilter is keyed by a digest of its
// regexes' flags and sources, so a list changed since the build is simply not found and built as before; in
// development (tsx, no file beside the code) every one is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A regular expression to prefilter, as source and flags (the flags it will run with). */
export interface RegexSource { source: string; flags: string }

/** A built prefilter: the automaton's arrays (see LiteralAutomaton), which regexes each literal admits, and those always run. */
export interface FrozenPrefilter {
  edgeStart: Int32Array<ArrayBuffer>;
  edgeChar: Uint16Array<ArrayBuffer>;
  edgeTarget: Int32Array<ArrayBuffer>;
  fail: Int32Array<ArrayBuffer>;
  outStart: Int32Array<ArrayBuffer>;
  outIds: Int32Array<ArrayBuffer>;
  rootAscii: Int32Array<ArrayBuffer>;
  admitStart: Int32Array<ArrayBuffer>;
  admitIds: Int32Array<ArrayBuffer>;
  always: Uint8Array<ArrayBuffer>;
}

type Typed = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;
const KINDS = { edgeStart: Int32Array, edgeChar: Uint16Array, edgeTarget: Int32Array, fail: Int32Array, outStart: Int32Array, outIds: Int32Array, rootAscii: Int32Array, admitStart: Int32Array, admitIds: Int32Array, always: Uint8Array } as const;
export type Stored = Record<string, Record<keyof FrozenPrefilter, string>>;

const FILE = new URL('./regex-prefilters.json', import.meta.url);
let stored: Stored | undefined;
/** What this process built itself, for the build script to store. */
const built = new Map<string, FrozenPrefilter>();

function load(): Stored {
  try {
    return JSON.parse(readFileSync(FILE, 'latin1')) as Stored;
  } catch {
    return {};
  }
}

function keyOf(regexes: ReadonlyArray<RegexSource>): string {
  const hash = createHash('sha1');
  for (const { source, flags } of regexes) hash.update(`${flags}/${source}\u0000`);
  return hash.digest('base64url');
}

// base64 of the array's bytes (this machine's byte order: the file is built where it runs, by the build beside it)
const encode = (a: Typed) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function decode<K extends keyof FrozenPrefilter>(kind: K, text: string): FrozenPrefilter[K] {
  // a copy, aligned for the typed array (a Buffer from base64 may start anywhere in a shared pool)
  const bytes = Uint8Array.from(Buffer.from(text, 'base64'));
  return new KINDS[kind](bytes.buffer) as FrozenPrefilter[K];
}

/** The prefilter of these regexes as the build stored it, or undefined. */
export function builtPrefilter(regexes: ReadonlyArray<RegexSource>): FrozenPrefilter | undefined {
  stored ??= load();
  const key = keyOf(regexes);
  const entry = stored[key];
  if (!entry) return undefined;
  // read once: each list is one prefilter, and its text need not stay in memory
  delete stored[key];
  return Object.fromEntries((Object.keys(KINDS) as Array<keyof FrozenPrefilter>).map((k) => [k, decode(k, entry[k])])) as unknown as FrozenPrefilter;
}

/** Reads prefilters from `file` as stored (tests, and the build checking the file it wrote) in place of the bundle's. */
export function useStoredPrefilters(file: Stored): void {
  stored = file;
}

/** Records a prefilter this process built (the build script stores them all). */
export function keepBuiltPrefilter(regexes: ReadonlyArray<RegexSource>, prefilter: FrozenPrefilter): void {
  built.set(keyOf(regexes), prefilter);
}

/** Every prefilter this process built, as the file stores them. */
export function builtPrefiltersToStore(): Stored {
  const out: Stored = {};
  for (const [key, f] of built) out[key] = Object.fromEntries((Object.keys(KINDS) as Array<keyof FrozenPrefilter>).map((k) => [k, encode(f[k])])) as Stored[string];
  return out;
}
