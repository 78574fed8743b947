import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Files shipped beside the code (migrations, data) are found from the package root, so the same lookup works from
// src/ under tsx and from the bundled dist/ of `npm run build`, wherever the caller's module ended up.
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'prisma'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Quayside's package root (with prisma/) not found above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the installed package, e.g. `projectFile('prisma', 'migrations')`. */
export function projectFile(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}
