import { readFileSync } from 'node:fs';
import anyAscii from 'any-ascii';

// Two spellings of a city compare by letters; two cities by place. "Doral" and "Miami", "Getafe" and "Madrid",
// "Laval" and "Montréal" are one metro area a buyer's two records may name either way; "Osaka" and "Tokyo", "Lima" and
// "Arequipa" are two places, and the same name in both is two firms more often than one. GeoNames' towns of 5,000
// people or more (./city-places.tsv, written by scripts/build-city-places.ts, copied beside the bundle by the build;
// read the first time two records name cities that differ) tell which.

export type Place = { lat: number; lon: number; country: string; population: number };

/** The table as read (sorted by key) and where each line starts: searched in place, ~2 MB where objects took 25. */
let table: { text: string; starts: Int32Array } | undefined;

/** How a city name is looked up: ASCII letters only ("São Paulo" = "saopaulo", "Eminönü" = "eminonu"). */
export const geoKey = (name: string) => anyAscii(name).toLowerCase().replace(/[^a-z]/g, '');

function readTable(): { text: string; starts: Int32Array } {
  const text = readFileSync(new URL('./city-places.tsv', import.meta.url), 'utf8');
  const starts: number[] = [];
  for (let i = 0; i < text.length; ) {
    starts.push(i);
    const end = text.indexOf('\n', i);
    if (end < 0) break;
    i = end + 1;
  }
  return { text, starts: Int32Array.from(starts) };
}

const keyAt = (t: { text: string; starts: Int32Array }, line: number) => t.text.slice(t.starts[line], t.text.indexOf('\t', t.starts[line]));

function places(key: string): Place[] {
  table ??= readTable();
  const { text, starts } = table;
  // the first line whose key is not below `key`, then every line with that key
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(table, mid) < key) lo = mid + 1; else hi = mid;
  }
  const found: Place[] = [];
  for (let line = lo; line < starts.length && keyAt(table, line) === key; line++) {
    const end = text.indexOf('\n', starts[line]);
    const [, lat, lon, country, population] = text.slice(starts[line], end < 0 ? undefined : end).split('\t');
    found.push({ lat: Number(lat), lon: Number(lon), country, population: Number(population) });
  }
  return found;
}

export function km(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** The places a city's keys may name, in the record's country when it is known; at most the 20 most populous. */
export function cityPlaces(keys: string[], country?: string): Place[] {
  // "Parramatta NSW", "Porto Alegre RS": a state's code after the city is not part of its name.
  // "Al Khobar", "Al Ain": the map writes some towns without their Arabic article ("Khobar").
  const found = keys.flatMap((k) => {
    const whole = places(geoKey(k));
    if (whole.length || !k.includes(' ')) return whole;
    const stateless = places(geoKey(k.replace(/ [a-z]{2,3}$/, '')));
    return stateless.length || !/^(al|el|ad|ar|as|az|ash) /.test(k) ? stateless : places(geoKey(k.replace(/^[a-z]+ /, '')));
  });
  const inCountry = country ? found.filter((p) => p.country === country) : found;
  return inCountry.sort((x, y) => y.population - x.population).slice(0, 20);
}

/** Within one metro area (40 km), surely apart (every reading 100 km or more), or unknown (not found, or ambiguous). */
export function geoRelation(a: Place[], b: Place[]): 'near' | 'far' | 'unknown' {
  if (!a.length || !b.length) return 'unknown';
  let nearest = Infinity;
  for (const x of a) for (const y of b) nearest = Math.min(nearest, km(x, y));
  return nearest <= 40 ? 'near' : nearest >= 100 ? 'far' : 'unknown';
}
