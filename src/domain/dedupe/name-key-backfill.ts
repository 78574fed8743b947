import type { DbClient } from '../db/client';
import { CONTACT_KEY_VERSION } from './contact-name-keys';
import { UNREAD_NAME_KEYS, fillContactNameKeys } from './contact-name-keys.repository';
import { normalizeCompanyName } from './normalize-company';

/**
 * Version of the rules behind `customers.normalized_name` (romanised, legal forms out, trade words in English, sorted).
 * Raise it whenever normalize-company.ts or company-lexicon.ts changes a key: the next start re-keys the stored rows,
 * so the candidate search (exact key and word look-ups on that column) finds what the new rules would match.
 */
export const NAME_KEY_VERSION = 8;
const SETTING = 'dedupe.name_key_version';
const CONTACT_SETTING = 'dedupe.contact_key_version';
const BATCH = 2000;

/**
 * At start-up: re-keys stored customers whose key the current rules write differently (once per version; returns how
 * many changed), and works out the contact-name keys of contacts not read yet (all of them after migration
 * contact_name_keys, then what imports wrote: see contact-name-keys.repository).
 */
export async function refreshNameKeys(db: DbClient, options: { batch?: number } = {}): Promise<number> {
  const rekeyed = await refreshCustomerNameKeys(db, options);
  await markContactKeysOfOlderRules(db);
  await fillContactNameKeys(db, { batch: options.batch });
  return rekeyed;
}

/** Once per CONTACT_KEY_VERSION: every live contact's keys are read again (the fill after this writes them). */
function markContactKeysOfOlderRules(db: DbClient): Promise<void> {
  return oncePerVersion(db, CONTACT_SETTING, CONTACT_KEY_VERSION, async () => {
    // name_keys alone changes: the trigger (on name and erased_at) leaves this update alone
    await db.$executeRaw`UPDATE contacts SET name_keys = ARRAY[${UNREAD_NAME_KEYS}]::text[] WHERE erased_at IS NULL`;
  });
}

/** Runs `work` unless setting `key` already holds `version`, then records the version. */
async function oncePerVersion(db: DbClient, key: string, version: number, work: () => Promise<void>): Promise<void> {
  const row = await db.setting.findUnique({ where: { key } });
  if (row && row.value === version) return;
  await work();
  await db.setting.upsert({ where: { key }, create: { key, value: version }, update: { value: version } });
}

async function refreshCustomerNameKeys(db: DbClient, options: { batch?: number }): Promise<number> {
  let changed = 0;
  await oncePerVersion(db, SETTING, NAME_KEY_VERSION, async () => {
    for (let after = 0; ; ) {
      const rows = await db.customer.findMany({ where: { id: { gt: after } }, select: { id: true, name: true, normalizedName: true }, orderBy: { id: 'asc' }, take: options.batch ?? BATCH });
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const stale = rows.map((r) => ({ id: r.id, key: normalizeCompanyName(r.name) })).filter((r, i) => r.key !== rows[i].normalizedName);
      if (stale.length) {
        changed += await db.$executeRaw`UPDATE customers c SET normalized_name = u.k
          FROM unnest(${stale.map((s) => s.id)}::int[], ${stale.map((s) => s.key)}::text[]) AS u(id, k) WHERE c.id = u.id`;
      }
    }
  });
  return changed;
}
