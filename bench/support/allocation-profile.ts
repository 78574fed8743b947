// Where one part of a bench allocates, garbage included (a heap-sampling profile; open it in Chrome's DevTools as a
// .heapprofile): under a small young generation, what a check allocates is what its scavenges cost.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function startAllocationSampling(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // every allocation is sampled, not only what is still alive when the profile is taken
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return session;
}

export async function stopAllocationSampling(session: Session, file: string): Promise<void> {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}
