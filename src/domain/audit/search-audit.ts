import { looksLikeEmail, normalizeEmail } from '../normalize/email';
import { looksLikePhone, toE164 } from '../normalize/phone';
import { personalDataCipher } from '../crypto/personal-data-cipher';

const EMAIL_IN_TEXT = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
// six or more digits with the usual separators: a phone number, or part of one
const DIGITS_IN_TEXT = /\+?\d[\d\s().-]{4,}\d/g;

/** "t.mueller@lichttechnik-mueller.de" → "t.m***@l***.de": enough for an auditor to tell searches apart, not to read them. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot) : '';
  return `${local.slice(0, Math.min(3, Math.max(1, local.length - 1)))}***@${domain.slice(0, 1)}***${tld}`;
}

/** "+52 55 9999 0000" → "+52***00": country code and the last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${phone.trim().startsWith('+') ? `+${digits.slice(0, 2)}` : ''}***${digits.slice(-2)}`;
}

/** Emails and phone-like digit runs inside free text masked; the rest (company names, countries) kept readable. */
export function maskPersonalDetails(text: string): string {
  return text.replace(EMAIL_IN_TEXT, maskEmail).replace(DIGITS_IN_TEXT, maskPhone);
}

/** The form a search text is keyed in: an email or phone normalised as contacts store them, else trimmed lower case. */
export function searchKey(text: string): string {
  const trimmed = text.trim();
  if (looksLikeEmail(trimmed)) return normalizeEmail(trimmed) ?? trimmed.toLowerCase();
  if (looksLikePhone(trimmed)) return toE164(trimmed) ?? trimmed.replace(/[^\d+]/g, '');
  return trimmed.toLowerCase();
}

/** Keyed hash of a search text: the erase finds the searches for a person's email or phone by it, without storing them. */
export function searchHash(text: string): string {
  return personalDataCipher().blindIndex('search', searchKey(text));
}

/** What the audit log keeps of a search: the masked text and its keyed hash, never the typed email or phone. */
export function auditedSearch(text: string): { text: string; textHash: string } {
  return { text: maskPersonalDetails(text), textHash: searchHash(text) };
}
