import { parseRecordId } from '../normalize/record-id';
import type { DbClient, Prisma } from '../db/client';
import { escapeLike } from '../db/like';
import { allocateContactIds, contactColumns, contactMatchWhere, contactSearchWhere, revealCustomerContacts, type ContactDetails } from '../contacts/contact.repository';
import type { CustomerScope } from '../access/visibility';
import { NEWEST_FIRST } from '../db/timeline-order';

const CARD_INCLUDE = {
  owner: true,
  group: { include: { customers: { select: { id: true, name: true, ownerId: true } } } },
  contacts: { where: { erasedAt: null }, orderBy: { id: 'asc' } },
  tags: { orderBy: { id: 'asc' } },
  opportunities: { orderBy: { updatedAt: 'desc' }, take: 3 },
  communications: { orderBy: NEWEST_FIRST, take: 10, where: { deletedAt: null } },
} satisfies Prisma.CustomerInclude;

export type CustomerCard = Prisma.CustomerGetPayload<{ include: typeof CARD_INCLUDE }>;
export type CustomerWithOwner = Prisma.CustomerGetPayload<{ include: { owner: true } }>;
export type CustomerWithContacts = Prisma.CustomerGetPayload<{ include: { owner: true; contacts: true } }>;

export function scopeWhere(scope: CustomerScope): Prisma.CustomerWhereInput {
  if (scope.kind === 'all') return { mergedIntoId: null };
  return {
    mergedIntoId: null,
    OR: [{ ownerId: { in: scope.ownerIds } }, { ownerId: null, country: { in: scope.unownedCountries } }],
  };
}

export type NewContactData = ContactDetails;

export interface NewCustomerData {
  name: string;
  normalizedName: string;
  aliases?: string[];
  country?: string | null;
  timezone?: string | null;
  website?: string | null;
  websiteDomain?: string | null;
  industry?: string | null;
  grade?: string;
  status?: string;
  source?: string;
  ownerId?: number | null;
  createdById?: number | null;
  productLines?: string[];
  contacts?: NewContactData[];
}

export async function createCustomer(db: DbClient, data: NewCustomerData): Promise<CustomerWithContacts> {
  const { contacts, ...customer } = data;
  // contact ids first: their email/phone are sealed for their row
  const ids = await allocateContactIds(db, contacts?.length ?? 0);
  return revealCustomerContacts(await db.customer.create({
    data: {
      ...customer,
      ownedSince: customer.ownerId ? new Date() : null,
      contacts: contacts?.length ? { create: contacts.map((c, i) => contactColumns(c, ids[i])) } : undefined,
    },
    include: { owner: true, contacts: true },
  }));
}

/** Free-text search over names, aliases, contacts' names, emails and phones, and the country code. */
export async function searchCustomers(
  db: DbClient,
  scope: CustomerScope,
  query: { text: string; country?: string; phone?: string },
  limit = 10,
): Promise<Prisma.CustomerGetPayload<{ include: { owner: true; contacts: true } }>[]> {
  const text = query.text.trim();
  const or: Prisma.CustomerWhereInput[] = [
    { name: { contains: escapeLike(text), mode: 'insensitive' } },
    { aliases: { has: text } },
    { contacts: { some: contactSearchWhere(text) } },
  ];
  if (query.phone) for (const match of contactMatchWhere({ phones: [query.phone] })) or.push({ contacts: { some: match } });
  if (query.country) or.push({ country: query.country });
  const found = await db.customer.findMany({
    where: { AND: [scopeWhere(scope), { OR: or }] },
    include: { owner: true, contacts: true },
    orderBy: [{ lastContactAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: limit,
  });
  return found.map(revealCustomerContacts);
}

/** By id ("42", "#42") or by name; exact names first. Unscoped: the caller checks visibility. */
export async function findCustomersByRef(db: DbClient, ref: string, limit = 5): Promise<CustomerWithOwner[]> {
  const trimmed = ref.trim().replace(/^#/, '');
  if (/^\d+$/.test(trimmed)) {
    const id = parseRecordId(trimmed);
    const byId = id === null ? null : await db.customer.findUnique({ where: { id }, include: { owner: true } });
    if (byId) return [byId];
  }
  const exact = await db.customer.findMany({
    where: { mergedIntoId: null, OR: [{ name: { equals: trimmed, mode: 'insensitive' } }, { aliases: { has: trimmed } }] },
    include: { owner: true },
    take: limit,
  });
  if (exact.length) return exact;
  return db.customer.findMany({
    where: { mergedIntoId: null, name: { contains: escapeLike(trimmed), mode: 'insensitive' } },
    include: { owner: true },
    orderBy: { id: 'asc' },
    take: limit,
  });
}

export async function getCustomerCard(db: DbClient, id: number): Promise<CustomerCard | null> {
  const card = await db.customer.findUnique({ where: { id }, include: CARD_INCLUDE });
  return card && revealCustomerContacts(card);
}

/** Several cards with one query per relation instead of one set per card (a burst of assignment notices). */
export async function getCustomerCards(db: DbClient, ids: number[]): Promise<Map<number, CustomerCard>> {
  const cards = await db.customer.findMany({ where: { id: { in: ids } }, include: CARD_INCLUDE });
  return new Map(cards.map((card) => [card.id, revealCustomerContacts(card)]));
}


export function touchCustomerContact(
  db: DbClient,
  id: number,
  at: Date,
  direction: 'inbound' | 'outbound' | 'internal',
): Promise<unknown> {
  return db.$executeRaw`UPDATE customers SET
      last_contact_at = GREATEST(last_contact_at, ${at}),
      first_contact_at = COALESCE(first_contact_at, ${at}),
      last_inbound_at = CASE WHEN ${direction} = 'inbound' THEN GREATEST(last_inbound_at, ${at}) ELSE last_inbound_at END,
      last_outbound_at = CASE WHEN ${direction} = 'outbound' THEN GREATEST(last_outbound_at, ${at}) ELSE last_outbound_at END,
      first_response_at = CASE WHEN ${direction} = 'outbound' AND first_response_at IS NULL AND last_inbound_at IS NOT NULL
                               THEN ${at} ELSE first_response_at END,
      status = CASE WHEN status = 'dormant' THEN 'active' ELSE status END,
      updated_at = now()
    WHERE id = ${id}`;
}

/** Marks customers with no communication since `before` as dormant; returns how many changed. */
export function markDormant(db: DbClient, before: Date): Promise<number> {
  return db.$executeRaw`UPDATE customers SET status = 'dormant', updated_at = now()
    WHERE status IN ('lead', 'active') AND merged_into_id IS NULL
      AND COALESCE(last_contact_at, created_at) < ${before}`;
}

/** Names a lead made from a chat after its id is known ("Telegram lead #123"). */
export async function renameLead(db: DbClient, customerId: number, name: string, normalizedName: string): Promise<void> {
  await db.customer.update({ where: { id: customerId }, data: { name, normalizedName } });
}

/** The buyer's postal address (printed on proforma invoices); null clears it. */
export async function setCustomerAddress(db: DbClient, customerId: number, address: string | null): Promise<void> {
  await db.customer.update({ where: { id: customerId }, data: { address } });
}
