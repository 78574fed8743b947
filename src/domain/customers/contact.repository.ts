import type { DbClient, Prisma } from '../db/client';

/**
 * The only module that knows how a contact's personal details are stored. Everything that writes, finds or reads
 * a contact's email or phone goes through here, so storage (e.g. encryption at rest with a blind index) changes in one place.
 */
export interface ContactDetails {
  name: string;
  roles: string[];
  email?: string | null;
  phone?: string | null;
  language?: string | null;
  timezone?: string | null;
}

/** What a caller sees of a stored contact: details in clear. */
export interface ContactView {
  id: number;
  customerId: number;
  name: string;
  roles: string[];
  email: string | null;
  phone: string | null;
  language: string | null;
  timezone: string | null;
  optedOut: boolean;
  erasedAt: Date | null;
}

type ContactRow = Prisma.ContactGetPayload<object>;

/** Column values for a new or changed contact. */
export function contactColumns(details: ContactDetails): Omit<Prisma.ContactUncheckedCreateInput, 'customerId'> {
  return {
    name: details.name,
    roles: details.roles,
    email: details.email ?? null,
    phone: details.phone ?? null,
    language: details.language ?? null,
    timezone: details.timezone ?? null,
  };
}

export function toContactView(row: ContactRow): ContactView {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    roles: row.roles,
    email: row.email,
    phone: row.phone,
    language: row.language,
    timezone: row.timezone,
    optedOut: row.optedOut,
    erasedAt: row.erasedAt,
  };
}

/** A where-clause matching contacts with exactly one of these (normalised) emails or phones. */
export function contactMatchWhere(keys: { emails?: string[]; phones?: string[] }): Prisma.ContactWhereInput[] {
  const or: Prisma.ContactWhereInput[] = [];
  if (keys.emails?.length) or.push({ email: { in: keys.emails } });
  if (keys.phones?.length) or.push({ phone: { in: keys.phones } });
  return or;
}

/** Free-text search over live contacts: name, and parts of email or phone. */
export function contactSearchWhere(text: string): Prisma.ContactWhereInput {
  return {
    erasedAt: null,
    OR: [
      { name: { contains: text, mode: 'insensitive' } },
      { email: { contains: text.toLowerCase() } },
      { phone: { contains: text.replace(/[\s()-]/g, '') } },
    ],
  };
}

export async function createContact(db: DbClient, customerId: number, details: ContactDetails): Promise<ContactView> {
  return toContactView(await db.contact.create({ data: { customerId, ...contactColumns(details) } }));
}

/** Live (not erased) contacts with this exact email or phone. */
export async function findContactsByDetail(db: DbClient, keys: { emails?: string[]; phones?: string[] }): Promise<ContactView[]> {
  const or = contactMatchWhere(keys);
  if (!or.length) return [];
  const rows = await db.contact.findMany({ where: { erasedAt: null, OR: or }, orderBy: { id: 'asc' } });
  return rows.map(toContactView);
}

export async function findContactById(db: DbClient, id: number): Promise<ContactView | null> {
  const row = await db.contact.findUnique({ where: { id } });
  return row ? toContactView(row) : null;
}
