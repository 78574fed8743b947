import type { DbClient } from '../db/client';
import { allocateCommunicationIds } from '../customers/communication.repository';
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
type ReservedRow = { row: InboundRow; id: number };

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
  async function storeRows(reserved: ReservedRow[]): Promise<StoreOutcome[]> {
    // keys must be distinct in one statement: a repeat within the batch is the first one's duplicate
    const firstOf = new Map<string, number>();
    const unique: ReservedRow[] = [];
    const slot = reserved.map(({ row }, i) => {
      const key = `${row.channel}\u0000${row.externalId}`;
      let at = firstOf.get(key);
      if (at === undefined) {
        at = unique.push(reserved[i]) - 1;
        firstOf.set(key, at);
        return { at, repeat: false };
      }
      return { at, repeat: true };
    });
    let outcomes: StoreOutcome[];
    try {
      outcomes = (await storeInboundBatch(db, unique.map((r) => r.row), unique.map((r) => r.id))).map((stored) => ({ ok: true, stored }));
    } catch (error) {
      if (unique.length === 1) throw error;
      outcomes = await Promise.all(
        unique.map(({ row, id }) =>
          storeInboundOnce(db, row, id).then(
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
  // Only the INSERT runs one batch at a time (its customer updates must not cross another batch's locks). Taking
  // ids is a sequence read that locks nothing: it runs beside the sender's look-up (see reserveId), so a message
  // waits for one statement fewer before its row is committed.
  const reserveIds = createMicroBatcher<null, number>({ run: (items) => allocateCommunicationIds(db, items.length), maxSize: BATCH_SIZE, maxInFlight: 2 });
  const stores = createMicroBatcher<ReservedRow, StoreOutcome>({ run: storeRows, maxSize: BATCH_SIZE });

  const lookupBuyer = createAccountLookup((channel, ids) => findBuyersByIdentities(db, channel, ids));

  return {
    /**
     * The id a message's row will have, taken before the row is ready to be written (its sealed handles are bound
     * to it); an id a message ends up not using is a gap in the sequence, nothing more.
     */
    reserveId: (): Promise<number> => reserveIds.add(null),
    /** storeInboundOnce with a reserved id, batched with the messages stored at the same time */
    async store(row: InboundRow, id: number): Promise<StoredInbound> {
      const outcome = await stores.add({ row, id });
      if (!outcome.ok) throw outcome.error;
      return outcome.stored;
    },
    /** findBuyerByIdentity, batched with the lookups made at the same time */
    lookupBuyer,
  };
}
