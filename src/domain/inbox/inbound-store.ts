import type { DbClient } from '../db/client';
import {
  findBuyersByIdentities,
  storeInboundBatch,
  storeInboundOnce,
  type InboundRow,
  type StoredInbound,
} from './inbox.repository';
import { createAccountLookup, createMicroBatcher } from '../micro-batcher';

/** Rows per INSERT: large enough for bursts, small enough that one statement stays a few milliseconds. */
const BATCH_SIZE = 200;

type StoreOutcome = { ok: true; stored: StoredInbound } | { ok: false; error: unknown };

/**
 * The inbox's hot path to the database, batched: messages being received at the same time (the inbound worker runs
 * many) look their senders up with one query per channel and are stored with one statement. Each caller still gets
 * its own result or error, so each queued message is acknowledged, or retried, on its own.
 */
export function createInboundStore(db: DbClient) {
  /**
   * If the batch statement fails, each row is tried on its own, so a bad row (or a lock crossing another instance's
   * batch) fails only its own message; while the database is down every one of them fails and goes back to the queue.
   */
  async function storeRows(rows: InboundRow[]): Promise<StoreOutcome[]> {
    // keys must be distinct in one statement: a repeat within the batch is the first one's duplicate
    const firstOf = new Map<string, number>();
    const unique: InboundRow[] = [];
    const slot = rows.map((row) => {
      const key = `${row.channel}\u0000${row.externalId}`;
      let at = firstOf.get(key);
      if (at === undefined) {
        at = unique.push(row) - 1;
        firstOf.set(key, at);
        return { at, repeat: false };
      }
      return { at, repeat: true };
    });
    let outcomes: StoreOutcome[];
    try {
      outcomes = (await storeInboundBatch(db, unique)).map((stored) => ({ ok: true, stored }));
    } catch (error) {
      if (unique.length === 1) throw error;
      outcomes = await Promise.all(
        unique.map((row) =>
          storeInboundOnce(db, row).then(
            (stored): StoreOutcome => ({ ok: true, stored }),
            (rowError: unknown): StoreOutcome => ({ ok: false, error: rowError }),
          ),
        ),
      );
    }
    return slot.map(({ at, repeat }) => {
      const outcome = outcomes[at];
      return repeat && outcome.ok ? { ok: true, stored: { ...outcome.stored, created: false } } : outcome;
    });
  }
  const stores = createMicroBatcher<InboundRow, StoreOutcome>({ run: storeRows, maxSize: BATCH_SIZE });

  const lookupBuyer = createAccountLookup((channel, ids) => findBuyersByIdentities(db, channel, ids));

  return {
    /** storeInboundOnce, batched with the messages stored at the same time */
    async store(row: InboundRow): Promise<StoredInbound> {
      const outcome = await stores.add(row);
      if (!outcome.ok) throw outcome.error;
      return outcome.stored;
    },
    /** findBuyerByIdentity, batched with the lookups made at the same time */
    lookupBuyer,
  };
}
