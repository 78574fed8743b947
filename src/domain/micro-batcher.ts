/**
 * Group commit for hot paths (the inbound store, lead assignment): each caller adds one item and awaits its own
 * result; items that arrive while a batch is running go together in the next one. No timer: when quiet, an item goes
 * out on the next turn of the event loop (latency stays one round trip), and batches grow only with load. A failed batch rejects every item in it, so
 * nothing is acknowledged that was not done.
 */
export interface MicroBatcherOptions<In, Out> {
  /** does the work for a batch; returns one result per item, in the same order */
  run(items: In[]): Promise<Out[]>;
  maxSize: number;
  /** batches running at once (1: strictly one after another, which also keeps their row locks from crossing) */
  maxInFlight?: number;
}

export function createMicroBatcher<In, Out>(options: MicroBatcherOptions<In, Out>) {
  type Entry = { item: In; resolve: (value: Out) => void; reject: (error: unknown) => void };
  const maxInFlight = options.maxInFlight ?? 1;
  let pending: Entry[] = [];
  let inFlight = 0;
  let scheduled = false;

  function pump(): void {
    while (inFlight < maxInFlight && pending.length) {
      const batch = pending.slice(0, options.maxSize);
      pending = pending.slice(batch.length);
      inFlight += 1;
      void Promise.resolve()
        .then(() => options.run(batch.map((entry) => entry.item)))
        .then((results) => {
          if (results.length !== batch.length) throw new Error(`batch returned ${results.length} results for ${batch.length} items`);
          batch.forEach((entry, i) => entry.resolve(results[i]));
        })
        .catch((error: unknown) => batch.forEach((entry) => entry.reject(error)))
        .finally(() => {
          inFlight -= 1;
          pump();
        });
    }
  }

  return {
    add(item: In): Promise<Out> {
      return new Promise<Out>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (scheduled) return;
        scheduled = true;
        // items added in the same turn (a worker's burst of jobs) leave together
        setImmediate(() => {
          scheduled = false;
          pump();
        });
      });
    },
  };
}

export type MicroBatcher<In, Out> = ReturnType<typeof createMicroBatcher<In, Out>>;

/**
 * The same group commit, one lane per key (a team's leads, say): batches of different keys run side by side, one
 * key's batches one after another. Keys are expected to be few (teams, a fixed name); a lane stays once made.
 */
export function createKeyedBatcher<K, In, Out>(run: (key: K, items: In[]) => Promise<Out[]>, maxSize = 100) {
  const lanes = new Map<K, MicroBatcher<In, Out>>();
  return {
    submit(key: K, item: In): Promise<Out> {
      let lane = lanes.get(key);
      if (!lane) {
        lane = createMicroBatcher<In, Out>({ run: (items) => run(key, items), maxSize });
        lanes.set(key, lane);
      }
      return lane.add(item);
    },
  };
}

export type KeyedBatcher<K, In, Out> = ReturnType<typeof createKeyedBatcher<K, In, Out>>;

/**
 * Look-ups of platform accounts (channel + account id) made at the same time, as one query per channel: `find` gets
 * a channel's distinct ids and returns what it found by id; an id it leaves out is answered with null.
 */
export function createAccountLookup<T>(find: (channel: string, ids: string[]) => Promise<Map<string, T>>, maxSize = 200) {
  const batcher = createMicroBatcher<{ channel: string; id: string }, T | null>({
    maxSize,
    maxInFlight: 2,
    async run(asked) {
      const byChannel = new Map<string, Set<string>>();
      for (const a of asked) byChannel.set(a.channel, (byChannel.get(a.channel) ?? new Set()).add(a.id));
      const found = new Map<string, Map<string, T>>();
      for (const [channel, ids] of byChannel) found.set(channel, await find(channel, [...ids]));
      return asked.map((a) => found.get(a.channel)?.get(a.id) ?? null);
    },
  });
  return (channel: string, id: string): Promise<T | null> => batcher.add({ channel, id });
}
