// `npm run build`: src/ compiled to plain JavaScript in dist/ for production (`npm run start:prod`, `node dist/cli.js`).
// One esbuild bundle of our own code with code splitting, so each command's dynamic imports stay lazy; packages stay
// in node_modules (external), and files shipped beside the code (prisma/migrations) are found from the package root.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// data the code reads from beside itself (new URL('./…', import.meta.url)): in the bundle, beside the chunks
for (const file of ['src/domain/intent/model/intent-weights.json', 'src/domain/language/learned-words.json', 'src/domain/dedupe/city-places.tsv']) {
  copyFileSync(file, `dist/${file.split('/').pop()}`);
}
console.log('built dist/cli.js');
// the classifier's regex prefilters, built once here instead of at each start (text/prefilter-store.ts)
const prefilters = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-prefilters.ts'], { stdio: 'inherit' });
if (prefilters.status !== 0) process.exit(prefilters.status ?? 1);
// the embedded database, made once here instead of at each first start (a few seconds of initdb and migrations)
const template = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-embedded-template.ts'], { stdio: 'inherit' });
if (template.status !== 0) process.exit(template.status ?? 1);
