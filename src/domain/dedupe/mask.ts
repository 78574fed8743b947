import { formatPhone } from '../normalize/phone';

// What a rep may learn about a buyer they may not see: that it exists, who owns it, and nothing that reaches the buyer.

/** "carlos.ramirez@azteca.mx" → "c•••@azteca.mx": the company domain stays (company data the rep typed to match it). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••@${email.slice(at + 1)}`;
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
