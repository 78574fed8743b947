import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * E.164 from what reps and spreadsheets contain: "+86 755 2345 6789", "0086 755…", "0755-23456789" with country CN.
 * Returns undefined when the text is not a valid number for the given (or embedded) country.
 */
export function toE164(input: string, country?: string | null): string | undefined {
  const cleaned = input.trim().replace(/^00(?=[1-9])/, '+');
  if (!/\d{5,}/.test(cleaned.replace(/[\s().-]/g, ''))) return undefined;
  const parsed = parsePhoneNumberFromString(cleaned, (country ?? undefined) as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return undefined;
  return parsed.number;
}

/** True when the text looks like someone meant a phone number (digits with phone punctuation). */
export function looksLikePhone(input: string): boolean {
  const text = input.trim();
  return /^[+(]?\d[\d\s().\-/]*$/.test(text) && text.replace(/\D/g, '').length >= 3;
}

/** Readable international form for cards and reasons: "+86 755 2345 6789". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Country of an E.164 number, used when a buyer writes from WhatsApp without any other hint. */
export function phoneCountry(e164: string): string | undefined {
  return parsePhoneNumberFromString(e164)?.country;
}
