// A CPU profile of one part of a bench (open the file in Chrome's DevTools): the part, not the seeding around it.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return session;
}

export async function stopProfiler(session: Session, file: string): Promise<void> {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}
