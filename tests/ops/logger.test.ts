import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { wantsPrettyLogs } from '../../src/logger';

/** Logs one line from a real process, as `crm` would, and returns its stderr. */
function logFrom(options: string, env: Record<string, string> = {}) {
  const script = `import { createLogger } from './src/logger.ts'; createLogger('info', ${options}).info({ customerId: 7 }, 'lead assigned');`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return run.stderr;
}

describe('logs', () => {
  it('are JSON for a log collector and readable lines on a terminal or beside the terminal channel', () => {
    expect(wantsPrettyLogs({}, false)).toBe(false);
    expect(wantsPrettyLogs({}, true)).toBe(true);
    expect(wantsPrettyLogs({ terminalChannel: true }, false)).toBe(true);
    expect(wantsPrettyLogs({ format: 'json', terminalChannel: true }, true)).toBe(false);
    expect(wantsPrettyLogs({ format: 'pretty' }, false)).toBe(true);
  });

  it('production: one JSON object a line', () => {
    const out = logFrom('{}').trim();
    expect(JSON.parse(out)).toMatchObject({ level: 30, msg: 'lead assigned', customerId: 7 });
  });

  it('beside the terminal channel: one readable line, never raw JSON', () => {
    const out = logFrom('{ terminalChannel: true }');
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/^\{/);
    expect(lines[0]).toMatch(/INFO.*lead assigned.*customerId.*7/);
  });
});
