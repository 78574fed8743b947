import type Bottleneck from 'bottleneck';

/**
 * How many inbound messages this process is storing right now, so that work competing with them for the CPU and the
 * database pool can give way during a burst. Process-local on purpose: only an inbound worker in the same process
 * competes with it.
 */
type Listener = (running: number) => void;

const listeners = new Set<Listener>();
let running = 0;

function changed(): void {
  for (const listener of listeners) listener(running);
}

export const inboundLoad = {
  started(): void {
    running += 1;
    changed();
  },
  finished(): void {
    running -= 1;
    changed();
  },
  get running(): number {
    return running;
  },
  /** Called on every change; returns the unsubscribe. */
  onChange(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export interface GiveWayOptions {
  /** the limiter's own concurrency, restored when the burst has passed */
  slots: number;
  /** messages being stored at once from which a burst is under way */
  burstAt: number;
  /** and at or below which it has passed (lower than burstAt, so the setting does not flap) */
  calmAt: number;
}

/**
 * While a burst of inbound messages is being stored, `limiter` runs one task at a time; then `slots` again. One slot
 * stays, so a long flood never starves what it limits. Returns the unsubscribe.
 */
export function giveWayDuringBursts(limiter: Bottleneck, options: GiveWayOptions): () => void {
  let givingWay = false;
  const apply = (storing: number) => {
    if (!givingWay && storing >= options.burstAt) {
      givingWay = true;
      limiter.updateSettings({ maxConcurrent: 1 });
    } else if (givingWay && storing <= options.calmAt) {
      givingWay = false;
      limiter.updateSettings({ maxConcurrent: options.slots });
    }
  };
  apply(inboundLoad.running);
  return inboundLoad.onChange(apply);
}
