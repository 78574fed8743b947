import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_CATALOGUES } from '../../src/domain/i18n';
import { en } from '../../src/domain/i18n/en';

type Leaf = string | ((params: Record<string, unknown>) => string);

/** Every leaf of a catalogue by its dotted key: `reports.noLeads` → value. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
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
const reference = leaves(en);
const locales = Object.keys(DOMAIN_CATALOGUES) as (keyof typeof DOMAIN_CATALOGUES)[];

describe('domain message catalogues', () => {
  it('has a catalogue for every locale, English among them', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh']));
  });

  it.each(locales)('%s has exactly the keys of en, each of the same kind', (locale) => {
    const entries = leaves(DOMAIN_CATALOGUES[locale]);
    expect([...entries.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, value] of reference) expect(`${key}: ${typeof entries.get(key)}`).toBe(`${key}: ${typeof value}`);
  });

  it.each(locales)('%s has no empty message', (locale) => {
    const empty = [...leaves(DOMAIN_CATALOGUES[locale])].filter(([, value]) => !render(value as Leaf).text.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(locales)('%s uses every parameter that en shows', (locale) => {
    const entries = leaves(DOMAIN_CATALOGUES[locale]);
    const missing: string[] = [];
    for (const [key, value] of reference) {
      if (typeof value !== 'function') continue;
      const want = render(value as Leaf);
      const got = render(entries.get(key) as Leaf);
      for (const name of want.read) if (!got.read.has(name)) missing.push(`${key} reads no ${name}`);
      for (const marker of markers(want.text)) if (!got.text.includes(marker)) missing.push(`${key} shows no ${marker}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the domain keeps its words in the catalogues', () => {
  // `locale === 'zh' ? … : …`, `zh ? … : …`: a third language could not fit in a ternary
  const TERNARY = /(?:===\s*'(?:zh|en)'|\bzh)\s*\?(?![?.])/g;

  it('no domain module picks its text with a locale ternary', () => {
    const dir = 'src/domain';
    const found: string[] = [];
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.startsWith('i18n')) continue;
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(TERNARY)) found.push(`${file}:${text.slice(0, m.index).split('\n').length}`);
    }
    expect(found).toEqual([]);
  });

  it('the scan would catch one', () => {
    expect("ctx.locale === 'zh' ? '好' : 'OK'".match(TERNARY)).toHaveLength(1);
    expect("const zh = true; zh\n ? '好' : 'OK'".match(TERNARY)).toHaveLength(1);
  });
});
