// `node --import tsx --import ./tests/support/record-loads.mjs …`: writes every module the process loaded, one URL or
// path a line, to $RECORD_LOADS_FILE. ESM imports are seen by a load hook (it runs on the hooks thread, so it appends
// as it goes); CommonJS `require`s inside packages bypass that hook in Node 20, so require.cache is added at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.RECORD_LOADS_FILE;
if (file) {
  const hooks = `
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, nextLoad) {
      appendFileSync(${JSON.stringify(file)}, url + '\\n');
      return nextLoad(url, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(file, `${Object.keys(cache).join('\n')}\n`));
}
