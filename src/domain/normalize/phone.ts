import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';

/**
 * A phone number as people write it, read with the full metadata:
 * - `valid`: a number of an assigned range;
 * - `unverified`: the right length for its country, but in a range the metadata does not (yet) know — new ranges,
 *   old metadata, numbers typed with a digit missing in the local part — kept, normalised, and flagged;
 * - `impossible`: not a phone number at all (too short, too long, no country).
 */
export type ParsedPhone =
  | { kind: 'valid' | 'unverified'; e164: string; extension: string | null; country: string | null }
  | { kind: 'impossible' };

// Bidi marks and other invisible characters WhatsApp and web pages put around numbers ("‪+971 50 123 4567‬").
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// "ext 12", "ext. 12", "x12", "#12", "转 8021", "分机 8021", "內線 12", "доб. 12", "ramal 12"
const EXTENSION = /\s*(?:,|;)?\s*(?:ext(?:ension)?\.?|x|#|转|轉|分机|分機|内线|內線|доб\.?|ramal|poste|durchwahl|dw\.?)\s*[:：.]?\s*(\d{1,7})\s*$/iu;

function defaultCountry(country?: string | null): CountryCode | undefined {
  const code = country?.trim().toUpperCase();
  return code && /^[A-Z]{2}$/.test(code) && isSupportedCountry(code) ? (code as CountryCode) : undefined;
}

/** Reads one phone number; never throws. */
export function parsePhone(input: string, country?: string | null): ParsedPhone {
  let text = String(input ?? '').normalize('NFKC').replace(INVISIBLE, '').trim();
  let extension: string | null = null;
  const ext = EXTENSION.exec(text);
  if (ext && ext.index > 0) {
    extension = ext[1];
    text = text.slice(0, ext.index).trim();
  }
  // "0086-755-…", "(0086) 755…", "+0086 …" are the international prefix written out; "(+86)" is "+86".
  text = text.replace(/^\(?\+?\s*00\s*(?=[1-9])/, '+').replace(/^\(\s*\+\s*(\d{1,3})\s*\)/, '+$1 ');
  // A phone has only digits and phone punctuation; "(0)" after the country code is a trunk prefix to drop.
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return { kind: 'impossible' };
  text = text.replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 17) return { kind: 'impossible' };
  const home = defaultCountry(country);
  const parsed = parsePhoneNumberFromString(text, home) ?? (home && !text.startsWith('+') ? parsePhoneNumberFromString(`+${digits}`) : undefined);
  if (!parsed) return { kind: 'impossible' };
  const tooLong = !parsed.isPossible() && validatePhoneNumberLength(parsed.number) === 'TOO_LONG';
  // Metadata drops old number plans ("+234 1 234 5678", Lagos' 8-digit landlines) that buyers still print on their
  // cards: a national number of 7+ digits under a real country code is kept as unverified, not thrown away.
  if (!parsed.isPossible() && (tooLong || parsed.nationalNumber.length < 7)) return { kind: 'impossible' };
  return { kind: parsed.isValid() ? 'valid' : 'unverified', e164: parsed.number, extension: extension ?? parsed.ext ?? null, country: parsed.country ?? null };
}

/**
 * E.164 from what reps and spreadsheets contain: "+86 755 2345 6789", "0086 755…", "0755-23456789" with country CN,
 * "+971 4 123 4567 ext 12". Possible-but-unverified numbers are returned too (see parsePhone); undefined only for
 * impossible ones.
 */
export function toE164(input: string, country?: string | null): string | undefined {
  const parsed = parsePhone(input, country);
  return parsed.kind === 'impossible' ? undefined : parsed.e164;
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
