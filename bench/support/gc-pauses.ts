// This process's garbage-collection pauses over a stretch of a bench, from the runtime's own 'gc' performance entries
// (no flag needed): a pause inside a timed call is time the call spent waiting, whatever the code did.
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

export interface GcPauses {
  count: number;
  /** ms paused in all */
  total: number;
  /** the three largest pauses, ms */
  largestPauses: number[];
  /** count and ms by the collector's kind ("minor 12 / 30.1 ms, major 1 / 284.5 ms") */
  byKind: string;
  /** ms of pause inside [start, start + duration) (performance.now() time) */
  within(start: number, duration: number): number;
}

/** Starts collecting this process's GC pauses; `stop` ends it and gives them. */
export function watchGcPauses(): { stop(): Promise<GcPauses> } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      // entries are delivered asynchronously: let the last ones arrive
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      const durations = entries.map((e) => e.duration).sort((a, b) => b - a);
      return {
        count: entries.length,
        total: durations.reduce((a, b) => a + b, 0),
        largestPauses: durations.slice(0, 3),
        byKind: byKind(entries),
        within(start, duration) {
          let paused = 0;
          for (const e of entries) {
            const overlap = Math.min(e.startTime + e.duration, start + duration) - Math.max(e.startTime, start);
            if (overlap > 0) paused += overlap;
          }
          return paused;
        },
      };
    },
  };
}

// the kinds node reports (perf_hooks constants NODE_PERFORMANCE_GC_*)
const KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };

function byKind(entries: PerformanceEntry[]): string {
  const kinds = new Map<string, { count: number; ms: number }>();
  for (const e of entries) {
    const kind = KINDS[((e as { detail?: { kind?: number } }).detail)?.kind ?? 0] ?? 'other';
    const k = kinds.get(kind) ?? { count: 0, ms: 0 };
    k.count++;
    k.ms += e.duration;
    kinds.set(kind, k);
  }
  return [...kinds].map(([kind, k]) => `${kind} ${k.count} / ${k.ms.toFixed(1)} ms`).join(', ') || 'none';
}
