import { setTimeout as sleep } from 'node:timers/promises';
import type { DbClient } from '../db/client';
import { CONTACT_KEY_VERSION } from './contact-name-keys';
import { fillContactNameKeys, rereadContactNameKeys } from './contact-name-keys.repository';
import { normalizeCompanyName } from './normalize-company';

/**
 * Version of the rules behind `customers.normalized_name` (romanised, legal forms out, trade words in English, sorted).
 * Raise it whenever normalize-company.ts or company-lexicon.ts changes a key: the next start re-keys the stored rows,
 * so the candidate search (exact key and word look-ups on that column) finds what the new rules would match.
 */
export const NAME_KEY_VERSION = 21;
const SETTING = 'dedupe.name_key_version';
const CONTACT_SETTING = 'dedupe.contact_key_version';
const BATCH = 2000;

/**
 * How a refresh runs: `signal` stops it between batches or in a rest, with nothing recorded (the next start goes on;
 * in a rest it rejects with the abort); `pace` rests after each batch as long as it took, so a re-key in the
 * background leaves the machine's other core to the bot.
 */
export type RefreshOptions = { batch?: number; signal?: AbortSignal; pace?: boolean };

/**
 * At start-up: re-keys stored customers whose key the current rules write differently (once per version; returns how
 * many changed), and works out the contact-name keys of contacts not read yet (all of them after migration
 * contact_name_keys, then what imports wrote: see contact-name-keys.repository). The app runs it in the background:
 * at a million customers a new version took minutes, and the bot was down meanwhile. Until it ends, the check reads
 * the keys of the older rules, which still find nearly everything.
 */
export async function refreshNameKeys(db: DbClient, options: RefreshOptions = {}): Promise<number> {
  const rekeyed = await refreshCustomerNameKeys(db, options);
  await oncePerVersion(db, CONTACT_SETTING, CONTACT_KEY_VERSION, options, (after) => rereadContactNameKeys(db, after, options.batch ?? BATCH));
  if (!options.signal?.aborted) await fillContactNameKeys(db, { batch: options.batch });
  return rekeyed;
}

/**
 * Runs `step` from id 0 until it returns null (each call does one batch after the id it is given and returns the last
 * id it did), unless setting `key` already holds `version`; then records the version. Stopped by the signal, it
 * records nothing, and the next run starts over (every step is idempotent).
 */
async function oncePerVersion(db: DbClient, key: string, version: number, options: RefreshOptions, step: (after: number) => Promise<number | null>): Promise<void> {
  const row = await db.setting.findUnique({ where: { key } });
  if (row && row.value === version) return;
  for (let after: number | null = 0; after !== null; ) {
    if (options.signal?.aborted) return;
    const started = performance.now();
    after = await step(after);
    // (a stop during the rest ends it at once: the app gives the refresh half a second)
    if (options.pace) await sleep(performance.now() - started, undefined, { signal: options.signal });
  }
  await db.setting.upsert({ where: { key }, create: { key, value: version }, update: { value: version } });
}

async function refreshCustomerNameKeys(db: DbClient, options: RefreshOptions): Promise<number> {
  let changed = 0;
  await oncePerVersion(db, SETTING, NAME_KEY_VERSION, options, async (after) => {
    const rows = await db.customer.findMany({ where: { id: { gt: after } }, select: { id: true, name: true, normalizedName: true }, orderBy: { id: 'asc' }, take: options.batch ?? BATCH });
    if (!rows.length) return null;
    const stale = rows.map((r) => ({ id: r.id, key: normalizeCompanyName(r.name) })).filter((r, i) => r.key !== rows[i].normalizedName);
    if (stale.length) {
      changed += await db.$executeRaw`UPDATE customers c SET normalized_name = u.k
        FROM unnest(${stale.map((s) => s.id)}::int[], ${stale.map((s) => s.key)}::text[]) AS u(id, k) WHERE c.id = u.id`;
    }
    return rows[rows.length - 1].id;
  });
  return changed;
}
