// npm run bench -- <name> [args…]: runs bench/<name>.bench.ts, which prints its own figures and baseline.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\navailable: ${available.sort().join(', ')}`);
  process.exit(2);
}
const module = (await import(pathToFileURL(path.join(dir, `${name}.bench.ts`)).href)) as { default: (args: string[]) => Promise<void> };
await module.default(args);
