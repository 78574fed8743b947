import { lookupTable } from '../text/lookup-table';
// Sales regions as export teams name them; a member's `regions` may hold these names or plain country codes.
const REGIONS: Record<string, readonly string[]> = lookupTable({
  LATAM: ['MX', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU', 'DO', 'PR', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR', 'UY', 'PY', 'BR'],
  NA: ['US', 'CA'],
  EU: ['DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'AT', 'IE', 'DK', 'SE', 'FI', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'EE', 'LV', 'LT', 'CY', 'MT'],
  EUROPE: ['DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'AT', 'IE', 'DK', 'SE', 'FI', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'EE', 'LV', 'LT', 'CY', 'MT', 'GB', 'CH', 'NO', 'IS', 'RS', 'UA', 'BY', 'MD', 'AL', 'MK', 'BA', 'ME'],
  CIS: ['RU', 'BY', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'AM', 'AZ', 'GE', 'MD'],
  MENA: ['AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'JO', 'LB', 'SY', 'IL', 'PS', 'EG', 'LY', 'TN', 'DZ', 'MA', 'IR', 'TR'],
  AFRICA: ['NG', 'GH', 'KE', 'TZ', 'UG', 'ET', 'ZA', 'CI', 'SN', 'CM', 'AO', 'MZ', 'ZM', 'ZW', 'RW', 'EG', 'MA', 'DZ', 'TN'],
  SEA: ['VN', 'TH', 'MY', 'SG', 'ID', 'PH', 'MM', 'KH', 'LA', 'BN'],
  SOUTH_ASIA: ['IN', 'PK', 'BD', 'LK', 'NP'],
  EAST_ASIA: ['JP', 'KR', 'TW', 'HK', 'MO', 'MN', 'CN'],
  OCEANIA: ['AU', 'NZ', 'FJ', 'PG'],
});

/** The country codes a list of regions and codes covers. */
export function expandRegions(regions: readonly string[]): string[] {
  const out = new Set<string>();
  for (const region of regions) {
    const key = region.trim().toUpperCase();
    const members = REGIONS[key];
    if (members) members.forEach((c) => out.add(c));
    else if (/^[A-Z]{2}$/.test(key)) out.add(key);
  }
  return [...out];
}

/** The region names a member's `regions` may hold besides country codes. */
export function regionNames(): string[] {
  return Object.keys(REGIONS);
}

export function isKnownRegion(name: string): boolean {
  const key = name.trim().toUpperCase();
  return key in REGIONS;
}
