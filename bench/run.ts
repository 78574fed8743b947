// npm run bench -- <name> [args…]: runs bench/<name>.bench.ts, which prints its own figures and baseline.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\navailable: ${available.sort().join(', ')}`);
  process.exit(2);
}
// the load on the (shared) machine at both ends, so every figure a bench prints is read with the load it ran under
const loadavg = (when: string) => console.log(`${when}: cat /proc/loadavg → ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
const module = (await import(pathToFileURL(path.join(dir, `${name}.bench.ts`)).href)) as { default: (args: string[]) => Promise<void> };
loadavg(`${name} bench start`);
try {
  await module.default(args);
} catch (error) {
  process.exitCode = 1;
  throw error;
} finally {
  loadavg(`${name} bench end (exit code ${process.exitCode ?? 0})`);
}
