import type { DbClient } from '../db/client';
import { insertContactsBulk, type ContactDetails } from '../contacts/contact.repository';

export interface ImportedCustomer {
  name: string;
  normalizedName: string;
  country: string | null;
  timezone: string | null;
  website: string | null;
  websiteDomain: string | null;
  groupId: number | null;
  contacts: ContactDetails[];
  /** marks for someone to check ("phone-unverified", "country-unknown"), stored as customer tags with source "import" */
  tags: string[];
}

/**
 * Bulk insert of imported customers and their contacts (INSERT … unnest, not row by row): ids are reserved from the
 * sequence first, so contacts can point at their customer; contacts go through the contact data module (encrypted,
 * blind-indexed).
 */
export async function insertImportedCustomers(
  db: DbClient,
  rows: ImportedCustomer[],
  owner: { ownerId: number | null; status: string; at: Date; createdById: number | null },
): Promise<number[]> {
  if (!rows.length) return [];
  const reserved = await db.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence('customers', 'id'))::int AS id FROM generate_series(1, ${rows.length})`;
  const ids = reserved.map((r) => Number(r.id));
  const col = <T>(f: (r: ImportedCustomer) => T) => rows.map(f);
  await db.$executeRaw`INSERT INTO customers (id, name, normalized_name, country, timezone, website, website_domain, group_id,
      source, status, owner_id, owned_since, created_by_id, created_at, updated_at)
    SELECT t.id, t.name, t.nn, t.country, t.tz, t.website, t.wd, t.gid, 'import', ${owner.status}, ${owner.ownerId}::int,
      ${owner.ownerId ? owner.at : null}::timestamp, ${owner.createdById}::int, ${owner.at}::timestamp, ${owner.at}::timestamp
    FROM unnest(${ids}::int[], ${col((r) => r.name)}::text[], ${col((r) => r.normalizedName)}::text[], ${col((r) => r.country)}::text[],
                ${col((r) => r.timezone)}::text[], ${col((r) => r.website)}::text[], ${col((r) => r.websiteDomain)}::text[], ${col((r) => r.groupId)}::int[])
      AS t(id, name, nn, country, tz, website, wd, gid)`;
  const tagged = rows.flatMap((r, i) => r.tags.map((tag) => ({ id: ids[i], tag })));
  if (tagged.length) {
    await db.$executeRaw`INSERT INTO customer_tags (customer_id, tag, source)
      SELECT t.id, t.tag, 'import' FROM unnest(${tagged.map((t) => t.id)}::int[], ${tagged.map((t) => t.tag)}::text[]) AS t(id, tag)`;
  }
  await insertContactsBulk(db, rows.flatMap((r, i) => r.contacts.map((details) => ({ customerId: ids[i], details }))));
  return ids;
}
