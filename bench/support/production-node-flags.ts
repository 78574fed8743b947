// A bench that times code a production process runs should run under that process's V8 flags: the 1M duplicate
// check's p99 was 25 ms under V8's defaults and 81 ms under bin/crm's 1 MB young generation, whose scavenges and
// early promotions fell inside the slowest checks. The flags are read from bin/crm itself, so the two cannot drift.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RERUN_MARK = 'QUAYSIDE_BENCH_UNDER_PRODUCTION_FLAGS';

export interface NodeSetting {
  env: Record<string, string>;
  flags: string[];
}

/** What bin/crm would give `crm <crmArgs>`: its environment defaults and node's flags. */
export function productionNodeSetting(crmArgs: string[]): NodeSetting {
  const printed = execFileSync('sh', [path.join(root, 'bin/crm'), ...crmArgs], {
    env: { ...process.env, QUAYSIDE_PRINT_NODE_FLAGS: '1' },
    encoding: 'utf8',
  });
  const words = printed.trim().split(/\s+/).filter(Boolean);
  const env = Object.fromEntries(words.filter((w) => !w.startsWith('--')).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  return { env, flags: words.filter((w) => w.startsWith('--')) };
}

/**
 * Runs this bench again in a child node under production's setting for `crm <crmArgs>` and resolves to its exit code,
 * or to null when this process is already that child (or `--node-defaults` asks for V8's defaults): then the caller
 * measures here.
 */
export async function rerunUnderProductionFlags(bench: string, args: string[], crmArgs: string[]): Promise<number | null> {
  if (process.env[RERUN_MARK] === '1' || args.includes('--node-defaults')) {
    console.log(`node flags: ${process.execArgv.filter((a) => a.startsWith('--') && !a.startsWith('--import') && !a.startsWith('--require')).join(' ') || '(V8 defaults)'}`);
    return null;
  }
  const setting = productionNodeSetting(crmArgs);
  console.log(`re-running under bin/crm ${crmArgs.join(' ')}'s setting: ${Object.entries(setting.env).map(([k, v]) => `${k}=${v}`).join(' ')} ${setting.flags.join(' ')} (--node-defaults: V8's own)`);
  const child = spawn(process.execPath, [...setting.flags, '--import', 'tsx', path.join(root, 'bench/run.ts'), bench, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...setting.env, [RERUN_MARK]: '1' },
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
