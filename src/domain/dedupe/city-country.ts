import { cityPlaces } from './city-geo';
import type { PreparedCity } from './city';

/**
 * The country a record without one is in by its city, where the city says so beyond doubt: a big city (half a million
 * people or more) that no town of another country of more than a few per cent its size shares the name with ("Brisbane",
 * "Melbourne"; not "Alexandria" nor "London", Ontario). Evidence against a record of another country, as a country typed would be.
 */
export function countryByCity(city: PreparedCity): string | undefined {
  const found = cityPlaces(city.keys);
  const big = found[0];
  if (!big || big.population < 500_000) return undefined;
  return found.every((p) => p.country === big.country || p.population < big.population * 0.03) ? big.country : undefined;
}
