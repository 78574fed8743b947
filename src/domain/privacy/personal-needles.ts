import { formatPhone } from '../normalize/phone';

const NEUTRAL_NAME = /^(?:\[erased\]|\S+ (?:buyer|lead)(?: #\d+)?)$/i;

/** A name that is no one's: "[erased]", or the labels a chat lead gets ("Telegram buyer", "WhatsApp lead #12"). */
export function isPlaceholderName(name: string): boolean {
  return NEUTRAL_NAME.test(name.trim());
}

/**
 * Every form in which a rep or a platform may have written the person down in free text: their names (a contact
 * saved under the company's name, or under a neutral "Telegram buyer" label, is not a person's name), the display
 * names of their chat accounts, their emails, their phones as E.164, as formatted and as bare digits, and their handles.
 * Longest first, so "Pedro Gonzalez" is replaced before "Pedro".
 */
export function personalNeedles(
  contacts: { name: string; customer: { name: string } }[],
  identities: { displayName: string | null }[],
  subject: { email: string | null; phone: string | null }[],
  handles: string[],
  /** names of the other live contacts on the same customers: a first name they share is not the person's alone */
  otherNames: string[] = [],
): string[] {
  const names = contacts.filter((c) => c.name.length >= 3 && c.name !== c.customer.name && !NEUTRAL_NAME.test(c.name)).map((c) => c.name);
  const displayNames = identities.flatMap((i) => (i.displayName && i.displayName.trim().length >= 3 ? [i.displayName.trim()] : []));
  // reps and buyers write "Pedro" as often as "Pedro Gonzalez": the first name too, when no colleague of theirs has it
  const taken = new Set(otherNames.map((n) => firstName(n).toLowerCase()));
  const firstNames = [...names, ...displayNames].map(firstName).filter((f) => f.length >= 4 && !taken.has(f.toLowerCase()));
  const phones = subject.flatMap((c) => (c.phone ? [c.phone, formatPhone(c.phone), c.phone.replace(/\D/g, '')] : []));
  const emails = subject.flatMap((c) => (c.email ? [c.email] : []));
  const all = [...names, ...displayNames, ...firstNames, ...emails, ...phones, ...handles].filter((v) => v.length >= 3);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
