import { formatPhone } from '../normalize/phone';

// What a rep may learn about a buyer they may not see: that it exists, who owns it, and nothing that reaches the buyer.

/** "carlos.ramirez@azteca.mx" → "c•••@azteca.mx": the company domain stays (company data the rep typed to match it). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••@${email.slice(at + 1)}`;
}

/**
 * "carlos.ramirez@azteca.mx" → "c•••@a•••.mx": for a buyer the rep may not see, the domain is masked too, so a
 * clash reply never confirms the exact address or company domain that was typed.
 */
export function maskEmailHint(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${email[0]}•••@${domain[0]}•••${dot > 0 ? domain.slice(dot) : ''}`;
}

// legal forms say nothing about which company it is, and make the hint readable
const LEGAL_FORMS = new Set(['gmbh', 'ag', 'kg', 'spa', 'sa', 'srl', 'sl', 'sas', 'sarl', 'ltd', 'limited', 'co', 'inc', 'llc', 'corp', 'plc', 'pty', 'bv', 'nv', 'ab', 'as', 'oy', 'de', 'cv', 'sapi', 'ltda', 'eirl']);

/** "Lichttechnik Müller GmbH" → "L••• M••• GmbH": a hint to recognise a company one may not see, not to look it up. */
export function maskCompanyName(name: string): string {
  return name.split(/\s+/).filter(Boolean).map((w) => (LEGAL_FORMS.has(w.toLowerCase().replace(/[.,]/g, '')) ? w : `${[...w][0]}•••`)).join(' ');
}

/** "+56912345678" → "+56 •••• 78": country code and last two digits only. */
export function maskPhone(e164: string): string {
  const shown = formatPhone(e164);
  const country = /^\+\d+/.exec(shown)?.[0] ?? '';
  const digits = e164.replace(/\D/g, '');
  return `${country} •••• ${digits.slice(-2)}`.trim();
}

/** "Carlos Ramírez" → "C. R.": enough to recognise, not to look up. */
export function maskPersonName(name: string): string {
  return name.split(/\s+/).filter(Boolean).map((w) => `${[...w][0]}.`).join(' ');
}
