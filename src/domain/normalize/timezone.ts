import ct from 'countries-and-timezones';
import { DateTime } from 'luxon';
import { domainMessages } from '../i18n';
import { lookupTable } from '../text/lookup-table';

// Where a country spans several zones, the business capital's zone; others use the country's only (or first) zone.
const MAIN_ZONE: Record<string, string> = lookupTable({
  US: 'America/New_York', CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo',
  AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago', RU: 'Europe/Moscow', AU: 'Australia/Sydney',
  ID: 'Asia/Jakarta', CN: 'Asia/Shanghai', KZ: 'Asia/Almaty', ES: 'Europe/Madrid', PT: 'Europe/Lisbon',
  DE: 'Europe/Berlin', EC: 'America/Guayaquil', CD: 'Africa/Kinshasa', MN: 'Asia/Ulaanbaatar', NZ: 'Pacific/Auckland',
  UA: 'Europe/Kyiv', MY: 'Asia/Kuala_Lumpur', PG: 'Pacific/Port_Moresby', GL: 'America/Nuuk', UZ: 'Asia/Tashkent',
});

/** The IANA zone to use for a buyer in this country, or undefined when the country is unknown. */
export function countryTimezone(country: string | null | undefined): string | undefined {
  // countries-and-timezones looks codes up in a plain object: "constructor" would find a function there.
  if (!country || !/^[A-Z]{2}$/.test(country)) return undefined;
  const main = MAIN_ZONE[country];
  if (main) return main;
  return ct.getCountry(country)?.timezones[0];
}

export function isValidTimezone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The zone a customer lives in: their own if valid, else their country's. */
export function resolveTimezone(zone: string | null | undefined, country: string | null | undefined): string | undefined {
  if (zone && isValidTimezone(zone)) return zone;
  return countryTimezone(country);
}

/** "09:14 (Tue)" in the given zone. */
export function localTime(zone: string, at: Date = new Date(), locale: 'zh' | 'en' = 'en'): string {
  return DateTime.fromJSDate(at).setZone(zone).setLocale(domainMessages(locale).time.luxonLocale).toFormat('HH:mm (ccc)');
}
