// Two cities of their own a short drive apart: Suwon and Seoul, Zarqa and Amman, Sharjah and Dubai, Foshan and
// Guangzhou. The map puts them within one metro area's 40 km (city-geo.ts), where a suburb and its city ("Doral" /
// "Miami", "Getafe" / "Madrid") are one address as far as a buyer goes. A city of half a million people or more is no
// suburb: it has its own trading streets and its own firms of every common name, and a rep who writes it means it.
// Neither the same town nor surely another (a firm does move, and one may write the bigger neighbour): unknown.
import { km, type Place } from './city-geo';

/** The population from which a place is a city of its own, not a quarter of its neighbour's metro area. */
export const OWN_CITY_POPULATION = 500_000;
/** Closer than this, two readings are one place listed twice (a city and its municipality), not two cities. */
const ONE_PLACE_KM = 5;

/** The nearest readings of the two cities are two places, each a city of its own. */
export function twoCitiesOfTheirOwn(a: Place[], b: Place[]): boolean {
  let nearest: [Place, Place] | undefined;
  let best = Infinity;
  for (const x of a) for (const y of b) {
    const d = km(x, y);
    if (d < best) { best = d; nearest = [x, y]; }
  }
  return !!nearest && best > ONE_PLACE_KM && nearest.every((p) => p.population >= OWN_CITY_POPULATION);
}
