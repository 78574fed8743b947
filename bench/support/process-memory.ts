import { readFileSync } from 'node:fs';

/** A running process's resident memory now (VmRSS) and at its peak (VmHWM), in MB; zeros once it has exited. */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(/\d+/.exec(status.split('\n').find((l) => l.startsWith(field)) ?? '0')?.[0] ?? 0);
    return { rssMb: kb('VmRSS:') / 1024, peakMb: kb('VmHWM:') / 1024 };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}
