import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Why the embedded database could not be opened; the CLI prints `message` as one line (exit 1). */
export class EmbeddedDatabaseError extends Error {
  constructor(
    readonly code: 'DATABASE_LOCKED' | 'DATABASE_DAMAGED',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

export function isEmbeddedDatabaseError(error: unknown): error is EmbeddedDatabaseError {
  return error instanceof EmbeddedDatabaseError;
}

interface LockOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface EmbeddedLock {
  file: string;
  release(): void;
}

const LOCK_NAME = 'quayside.lock';

/**
 * PGlite has no lock of its own: two processes on one data directory each keep their own copy in memory and the
 * last to close overwrites the other's writes (or leaves files PGlite can no longer open). So one process at a time,
 * enforced with a lock file holding the owner's pid; a lock whose process is gone (killed, machine restarted) is stale
 * and taken over.
 */
export function acquireEmbeddedLock(dataDir: string, command = describeCommand()): EmbeddedLock {
  const file = path.join(path.resolve(dataDir), LOCK_NAME);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner && isAlive(owner)) throw lockedError(dataDir, owner);
      // stale (or half-written by a process that died at once): move it aside atomically and try again
      try {
        renameSync(file, `${file}.stale-${process.pid}`);
        unlinkSync(`${file}.stale-${process.pid}`);
      } catch {
        // another process took it over first; the next attempt sees its lock
      }
      continue;
    }
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), command, since: new Date().toISOString() };
    writeSync(fd, `${JSON.stringify(owner)}\n`);
    closeSync(fd);
    return lockHandle(file);
  }
  const owner = readOwner(file);
  throw lockedError(dataDir, owner ?? { pid: 0, host: os.hostname(), command: 'unknown', since: '' });
}

function lockHandle(file: string): EmbeddedLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      const owner = readOwner(file);
      if (owner?.pid === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  // process.exit() skips our close(); the lock must not outlive the process even then
  process.on('exit', release);
  return { file, release };
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: parsed.host ?? '', command: parsed.command ?? '', since: parsed.since ?? '' } : null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // a pid on another machine (a shared disk) cannot be checked: treat it as held
  if (owner.host && owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(dataDir: string, owner: LockOwner): EmbeddedDatabaseError {
  const what = owner.command ? ` ("${owner.command}"${owner.since ? ` since ${owner.since.slice(0, 16).replace('T', ' ')} UTC` : ''})` : '';
  const where = owner.host && owner.host !== os.hostname() ? ` on ${owner.host}` : '';
  return new EmbeddedDatabaseError(
    'DATABASE_LOCKED',
    `The embedded database in ${dataDir} is in use by process ${owner.pid}${where}${what}. ` +
      'Stop that process first (Ctrl-C in its terminal), or set DATABASE_URL to a PostgreSQL server to run several processes at once.',
  );
}

function describeCommand(): string {
  const args = process.argv.slice(2).filter((a) => !a.endsWith('.ts') && !a.endsWith('.js'));
  return ['crm', ...args].join(' ').slice(0, 80);
}
