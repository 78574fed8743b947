import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Leaf = string | ((params: Record<string, unknown>) => string);

/** Every leaf of a catalogue by its dotted key: `snooze.notYours` → value. */
export function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

/** Calls a message with a probe for params: each param reads as a marker `⟦name⟧`, and the names read are recorded. */
function render(message: Leaf): { text: string; read: Set<string> } {
  if (typeof message === 'string') return { text: message, read: new Set() };
  const read = new Set<string>();
  const probe = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? (read.add(name), `⟦${name}⟧`) : undefined) });
  return { text: message(probe), read };
}

const markers = (text: string) => new Set(text.match(/⟦[^⟧]+⟧/g) ?? []);

/** Keys whose message renders empty. */
export function emptyMessages(catalogue: unknown): string[] {
  return [...leaves(catalogue)].filter(([, value]) => !render(value as Leaf).text.trim()).map(([key]) => key);
}

/** Each parameter the reference (en) reads or shows that the other catalogue's message does not. */
export function missingParameters(reference: unknown, catalogue: unknown): string[] {
  const entries = leaves(catalogue);
  const missing: string[] = [];
  for (const [key, value] of leaves(reference)) {
    if (typeof value !== 'function') continue;
    const want = render(value as Leaf);
    const got = render(entries.get(key) as Leaf);
    for (const name of want.read) if (!got.read.has(name)) missing.push(`${key} reads no ${name}`);
    for (const marker of markers(want.text)) if (!got.text.includes(marker)) missing.push(`${key} shows no ${marker}`);
  }
  return missing;
}

/** `locale === 'zh' ? … : …`, `zh ? … : …`: a third language could not fit in a ternary. */
export const LOCALE_TERNARY = /(?:===\s*'(?:zh|en)'|\bzh)\s*\?(?![?.])/g;

/** `file:line` of every locale ternary in the .ts files under `dir` (its i18n folder excepted). */
export function localeTernariesIn(dir: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.startsWith('i18n')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(LOCALE_TERNARY)) found.push(`${file}:${text.slice(0, m.index).split('\n').length}`);
  }
  return found;
}
