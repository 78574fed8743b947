import { Prisma as Sql } from '../../generated/prisma/client';
import type { DbClient, Prisma } from '../db/client';
import { escapeLike } from '../db/like';
import { isEncrypted, isUnbound, personalDataCipher, revealStored, sealContext } from '../crypto/personal-data-cipher';

/**
 * The only module that knows how a contact's personal details are stored. Everything that writes, finds or reads
 * a contact's email or phone goes through here.
 *
 * Storage: `email` / `phone` hold AES-256-GCM ciphertext (see privacy/personal-data-cipher); `email_hash` /
 * `phone_hash` hold a keyed blind index of the normalised value, so exact matches (duplicate checks, `/find
 * carlos@azteca.mx`, GDPR look-ups, tombstones) work without decrypting; `email_domain` stays in clear because a
 * company's domain is company data and drives company matching. Substring search on email/phone is not possible.
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

/** The form every email/phone takes before it is hashed: the same typed value always gives the same index. */
export function normalizeEmailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function normalizePhoneKey(phone: string): string {
  const trimmed = phone.trim();
  return `${trimmed.startsWith('+') || trimmed.startsWith('00') ? '+' : ''}${trimmed.replace(/^00/, '').replace(/\D/g, '')}`;
}

export function emailBlindIndex(email: string): string {
  return personalDataCipher().blindIndex('email', normalizeEmailKey(email));
}

export function phoneBlindIndex(phone: string): string {
  return personalDataCipher().blindIndex('phone', normalizePhoneKey(phone));
}

function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 ? normalizeEmailKey(email.slice(at + 1)) || null : null;
}

/** A contact's sealed email/phone is bound to its column and row: moved to another contact, it no longer decrypts. */
export function contactContext(column: 'email' | 'phone', id: number): string {
  return sealContext('contacts', column, id);
}

/** Ids for contacts about to be written, so their details can be sealed for their row before the insert. */
export async function allocateContactIds(db: DbClient, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('contacts', 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((r) => Number(r.id));
}

/** Column values for a new or changed contact `id`: ciphertext bound to the row, blind indexes and the email's domain. */
export function contactColumns(details: ContactDetails, id: number): Omit<Prisma.ContactUncheckedCreateInput, 'customerId'> & { id: number } {
  const cipher = personalDataCipher();
  const email = details.email ? normalizeEmailKey(details.email) : null;
  const phone = details.phone ? normalizePhoneKey(details.phone) : null;
  return {
    id,
    name: details.name,
    roles: details.roles,
    email: email ? cipher.encrypt(email, contactContext('email', id)) : null,
    emailHash: email ? emailBlindIndex(email) : null,
    emailDomain: email ? domainOf(email) : null,
    phone: phone ? cipher.encrypt(phone, contactContext('phone', id)) : null,
    phoneHash: phone ? phoneBlindIndex(phone) : null,
    language: details.language ?? null,
    timezone: details.timezone ?? null,
  };
}

/** A stored row with email and phone decrypted; every other field (and the row's type) unchanged. */
export function revealContactRow<T extends { id: number; email: string | null; phone: string | null }>(row: T): T {
  return { ...row, email: revealStored(row.email, contactContext('email', row.id)), phone: revealStored(row.phone, contactContext('phone', row.id)) };
}

/** Customers as loaded with their contacts, contacts decrypted (for cards, lists and duplicate warnings). */
export function revealCustomerContacts<T extends { contacts: { id: number; email: string | null; phone: string | null }[] }>(customer: T): T {
  return { ...customer, contacts: customer.contacts.map(revealContactRow) };
}

export function toContactView(row: ContactRow): ContactView {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    roles: row.roles,
    email: revealStored(row.email, contactContext('email', row.id)),
    phone: revealStored(row.phone, contactContext('phone', row.id)),
    language: row.language,
    timezone: row.timezone,
    optedOut: row.optedOut,
    erasedAt: row.erasedAt,
  };
}

/** A where-clause matching contacts with exactly one of these emails or phones (by blind index). */
export function contactMatchWhere(keys: { emails?: string[]; phones?: string[] }): Prisma.ContactWhereInput[] {
  const or: Prisma.ContactWhereInput[] = [];
  if (keys.emails?.length) or.push({ emailHash: { in: keys.emails.map(emailBlindIndex) } });
  if (keys.phones?.length) or.push({ phoneHash: { in: keys.phones.map(phoneBlindIndex) } });
  return or;
}

/**
 * Search over live contacts: name (substring), an exact email or phone (blind index), or an email domain
 * ("azteca.mx", "@azteca.mx"). Parts of an email or phone cannot match: they are encrypted.
 */
export function contactSearchWhere(text: string): Prisma.ContactWhereInput {
  const trimmed = text.trim();
  const or: Prisma.ContactWhereInput[] = [{ name: { contains: escapeLike(trimmed), mode: 'insensitive' } }];
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) or.push({ emailHash: emailBlindIndex(trimmed) });
  const domain = /^@?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})$/u.exec(trimmed)?.[1];
  if (domain) or.push({ emailDomain: normalizeEmailKey(domain).replace(/^www\./, '') });
  if (trimmed.startsWith('@') && !domain && trimmed.length > 1) or.push({ emailDomain: normalizeEmailKey(trimmed.slice(1)) });
  if (/^[+(]?\d[\d\s().-]{5,}$/.test(trimmed) && trimmed.startsWith('+')) or.push({ phoneHash: phoneBlindIndex(trimmed) });
  return { erasedAt: null, OR: or };
}

export async function createContact(db: DbClient, customerId: number, details: ContactDetails): Promise<ContactView> {
  const [id] = await allocateContactIds(db, 1);
  return toContactView(await db.contact.create({ data: { customerId, ...contactColumns(details, id) } }));
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

/** The blind indexes a contact is known by: what a GDPR tombstone keeps so an import does not bring them back. */
export function contactBlindIndexes(contact: Pick<ContactView, 'email' | 'phone'>): { kind: 'email' | 'phone'; hash: string }[] {
  const out: { kind: 'email' | 'phone'; hash: string }[] = [];
  if (contact.email) out.push({ kind: 'email', hash: emailBlindIndex(contact.email) });
  if (contact.phone) out.push({ kind: 'phone', hash: phoneBlindIndex(contact.phone) });
  return out;
}

/** Removes the personal data from a contact row (GDPR erase); the row stays so history keeps its shape. */
export async function eraseContactRow(db: DbClient, id: number, at: Date): Promise<void> {
  await db.contact.update({
    where: { id },
    data: { name: '[erased]', email: null, emailHash: null, emailDomain: null, phone: null, phoneHash: null, language: null, timezone: null, roles: [], erasedAt: at },
  });
}

/** Emails/phones that belong to an erased person (tombstoned): imports and captures must not re-create them. */
export async function tombstonedDetails(db: DbClient, keys: { emails?: string[]; phones?: string[] }): Promise<string[]> {
  const byHash = new Map<string, string>();
  for (const e of keys.emails ?? []) byHash.set(emailBlindIndex(e), e);
  for (const p of keys.phones ?? []) byHash.set(phoneBlindIndex(p), p);
  if (!byHash.size) return [];
  const rows = await db.tombstone.findMany({ where: { hash: { in: [...byHash.keys()] } }, select: { hash: true } });
  return rows.map((r) => byHash.get(r.hash)!);
}

/**
 * Rows written before encryption existed (or by a plain SQL import) are encrypted and indexed in place, in batches;
 * returns how many changed. Run at start-up, so a database is never left half in clear.
 */
export async function encryptPlainContacts(db: DbClient, batch = 500): Promise<number> {
  let changed = 0;
  // in clear, or sealed before values were bound to their row (enc:v1)
  const stale = (v: string | null) => v !== null && (!isEncrypted(v) || isUnbound(v));
  for (let afterId = 0; ;) {
    const rows = await db.contact.findMany({
      where: { id: { gt: afterId }, OR: [{ email: { not: { startsWith: 'enc:v2:' } } }, { phone: { not: { startsWith: 'enc:v2:' } } }] },
      select: { id: true, name: true, roles: true, email: true, phone: true, language: true, timezone: true },
      orderBy: { id: 'asc' },
      take: batch,
    });
    if (!rows.length) return changed;
    afterId = rows[rows.length - 1].id;
    for (const row of rows.filter((r) => stale(r.email) || stale(r.phone))) {
      const plain = revealContactRow(row);
      const { email, emailHash, emailDomain, phone, phoneHash } = contactColumns({ name: row.name, roles: row.roles, email: plain.email, phone: plain.phone }, row.id);
      await db.contact.update({ where: { id: row.id }, data: { email, emailHash, emailDomain, phone, phoneHash } });
      changed++;
    }
  }
}

// ─── Duplicate check ───────────────────────────────────────────────

/** Customers with a live contact whose email is at one of these (company) domains, by `contacts.email_domain` (in clear). */
export async function findCustomersByEmailDomain(db: DbClient, domains: string[], limit = 200): Promise<{ customerId: number; domain: string }[]> {
  if (!domains.length) return [];
  const rows = await db.contact.findMany({
    where: { erasedAt: null, emailDomain: { in: domains } },
    select: { customerId: true, emailDomain: true },
    orderBy: { customerId: 'asc' },
    take: limit,
  });
  const seen = new Set<string>();
  return rows
    .map((r) => ({ customerId: r.customerId, domain: r.emailDomain ?? '' }))
    .filter((r) => !seen.has(`${r.customerId}@${r.domain}`) && !!seen.add(`${r.customerId}@${r.domain}`));
}

/*
 * The same look-ups as pieces of a caller's larger statement (the duplicate check gathers every blocking key and its
 * candidates in one round trip): each selects `customer_id` rows of live contacts; null when there is nothing to find.
 */

/** Customers whose live contacts have one of these emails or phones (by blind index). */
export function customersByDetailSql(keys: { emails: string[]; phones: string[] }): Prisma.Sql | null {
  const emailHashes = keys.emails.map(emailBlindIndex);
  const phoneHashes = keys.phones.map(phoneBlindIndex);
  if (!emailHashes.length && !phoneHashes.length) return null;
  return Sql.sql`SELECT customer_id FROM contacts
    WHERE erased_at IS NULL AND (email_hash = ANY(${emailHashes}::text[]) OR phone_hash = ANY(${phoneHashes}::text[]))`;
}

/** Customers with a live contact at one of these company email domains, at most `limit` contact rows. */
export function customersByEmailDomainSql(domains: string[], limit: number): Prisma.Sql | null {
  if (!domains.length) return null;
  return Sql.sql`SELECT customer_id FROM contacts
    WHERE erased_at IS NULL AND email_domain = ANY(${domains}::text[]) ORDER BY customer_id LIMIT ${limit}`;
}

/** The live contacts of the customer `customerId` names, as one JSON array (email and phone still sealed: revealContactRow). */
export function liveContactsJsonSql(customerId: Prisma.Sql): Prisma.Sql {
  return Sql.sql`(SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'roles', k.roles, 'email', k.email, 'phone', k.phone,
      'language', k.language, 'timezone', k.timezone, 'optedOut', k.opted_out) ORDER BY k.id)
    FROM contacts k WHERE k.customer_id = ${customerId} AND k.erased_at IS NULL)`;
}

/** Live contacts of these customers, details in clear (the duplicate check scores them). */
export async function findContactsOfCustomers(db: DbClient, customerIds: number[]): Promise<ContactView[]> {
  if (!customerIds.length) return [];
  const rows = await db.contact.findMany({ where: { erasedAt: null, customerId: { in: customerIds } }, orderBy: { id: 'asc' } });
  return rows.map(toContactView);
}

/** Bulk insert for imports: one INSERT … unnest per batch, values from contactColumns (encrypted, blind-indexed). */
export async function insertContactsBulk(db: DbClient, rows: { customerId: number; details: ContactDetails }[], batch = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const ids = await allocateContactIds(db, slice.length);
    const part = slice.map((r, j) => ({ customerId: r.customerId, ...contactColumns(r.details, ids[j]) }));
    const col = <K extends keyof (typeof part)[number]>(k: K) => part.map((p) => p[k] ?? null);
    await db.$executeRaw`INSERT INTO contacts (id, customer_id, name, roles, email, email_hash, email_domain, phone, phone_hash, language, timezone)
      SELECT t.id, t.customer_id, t.name, '{}'::text[], t.email, t.email_hash, t.email_domain, t.phone, t.phone_hash, t.language, t.timezone
      FROM unnest(${col('id')}::int[], ${col('customerId')}::int[], ${col('name')}::text[], ${col('email')}::text[], ${col('emailHash')}::text[], ${col('emailDomain')}::text[],
                  ${col('phone')}::text[], ${col('phoneHash')}::text[], ${col('language')}::text[], ${col('timezone')}::text[])
        AS t(id, customer_id, name, email, email_hash, email_domain, phone, phone_hash, language, timezone)`;
  }
}
