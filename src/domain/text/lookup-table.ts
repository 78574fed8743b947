/**
 * A lookup table keyed by user text. A plain object literal inherits `constructor`, `toString`, `__proto__`… from
 * Object.prototype, so `TABLE["constructor"]` would return a function; this copy has a null prototype and is frozen,
 * so any word that is not an entry finds `undefined`.
 */
export function lookupTable<V>(entries: Record<string, V>): Record<string, V> {
  const table = Object.create(null) as Record<string, V>;
  for (const key of Object.keys(entries)) table[key] = entries[key];
  return Object.freeze(table);
}
