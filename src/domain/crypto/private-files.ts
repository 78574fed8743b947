import { chmod, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files and folders Quayside makes from now on are its own user's only (0600 / 0700): the database, its WAL, saved files. */
export function restrictNewFiles(): void {
  process.umask(0o077);
}

/**
 * An existing data folder (made before, or by another tool with a wider umask) is closed to other users: folders 0700,
 * files 0600. The embedded database's WAL and pages hold message text in clear.
 */
export async function restrictToOwner(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    if ((info.mode & 0o077) !== 0) await chmod(dir, 0o600);
    return;
  }
  if ((info.mode & 0o077) !== 0) await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue;
    await restrictToOwner(path.join(dir, entry.name));
  }
}
