/**
 * Work in lanes (a chat, a customer): a lane's work runs one at a time, in the order it was handed in, whether the
 * one before succeeded or not; different lanes run side by side. An idle lane is forgotten.
 */
export function createSerialLanes<K>() {
  const tails = new Map<K, Promise<unknown>>();
  return function inLane<T>(key: K, work: () => Promise<T>): Promise<T> {
    const run = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
