import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../../src/config';
import { processRoles } from '../../src/ops/roles';

// The images cannot be built here (no registry): check what can be checked without Docker.

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  image?: string;
}

const compose = parse(readFileSync('compose.yaml', 'utf8'), { merge: true }) as { services: Record<string, Service> };
const settings = new Set(Object.keys(configSchema.shape));
const quaysideServices = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith('quayside'));

function crmHelp(...args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args, '--help'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LOG_LEVEL: 'silent' } });
  expect(run.status).toBe(0);
  return run.stdout;
}

let help: string;
let startHelp: string;
beforeAll(() => {
  help = crmHelp();
  startHelp = crmHelp('start');
}, 120_000);

describe('deployment recipe', () => {
  it('compose.yaml: PostgreSQL, Redis without eviction and with AOF, one gateway, workers, one scheduler, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'postgres', 'redis', 'scheduler', 'worker']);
    const redis = compose.services.redis.command!.join(' ');
    expect(redis).toContain('--maxmemory-policy noeviction');
    expect(redis).toContain('--appendonly yes');
    for (const [name, service] of Object.entries(compose.services)) expect(service.healthcheck?.test, name).toBeTruthy();
    expect(compose.services.gateway.deploy?.replicas ?? 1).toBe(1);
    expect(compose.services.worker.deploy?.replicas).toBeGreaterThanOrEqual(1);
  });

  it('every Quayside service runs a real `crm` command and role, with settings the config schema knows', () => {
    expect(quaysideServices.map(([name]) => name).sort()).toEqual(['gateway', 'scheduler', 'worker']);
    const commands = [...help.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
    expect(startHelp).toContain('--role <role>');
    for (const [name, service] of quaysideServices) {
      const [command, ...args] = service.command!;
      expect(commands, `${name}: ${command}`).toContain(command);
      const role = args[args.indexOf('--role') + 1];
      expect(processRoles, name).toContain(role);
      expect(startHelp).toContain(role);
      for (const key of Object.keys(service.environment ?? {})) expect(settings.has(key), `${name}: ${key}`).toBe(true);
      expect(service.environment?.HEALTH_PORT, name).toBe('9464');
    }
  });

  it('.env.example lists every setting of the config schema, and nothing else', () => {
    const keys = readFileSync('.env.example', 'utf8').split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]);
    expect(new Set(keys)).toEqual(settings);
    expect(keys.length).toBe(settings.size);
  });

  it('the Dockerfile builds in stages and runs the compiled build', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toContain('npm run build');
    expect(dockerfile).toMatch(/ENTRYPOINT \[.*"bin\/crm"\]/);
    expect(dockerfile).toMatch(/^COPY bin \.\/bin$/m);
    expect(dockerfile).toMatch(/CMD \["start", "--role", "all"\]/);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.build).toBeTruthy();
  });

  it('bin/crm, every production entry point, is valid shell that runs the compiled build with the lean settings', () => {
    expect(spawnSync('sh', ['-n', 'bin/crm']).status).toBe(0);
    const launcher = readFileSync('bin/crm', 'utf8');
    expect(launcher).toMatch(/exec node .*dist\/cli\.js" "\$@"/);
    expect(launcher).toContain('MALLOC_ARENA_MAX');
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts['start:prod']).toBe('bin/crm start');
  });

  it('bin/crm bounds the heap’s growth and collects on one thread for the long-lived `start` only, and the environment overrides each setting', () => {
    // a stand-in `node` first on PATH prints the arguments the launcher gives it
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-launcher-'));
    writeFileSync(path.join(dir, 'node'), '#!/bin/sh\necho "$MALLOC_ARENA_MAX $*"\n', { mode: 0o755 });
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync('sh', ['bin/crm', ...args], { encoding: 'utf8', env: { PATH: `${dir}:${process.env.PATH}`, ...env } }).stdout.trim();
    expect(run(['start', '--role', 'worker'])).toMatch(/^2 --max-semi-space-size=1 --heap-growing-percent=25 --liftoff-only --single-threaded-gc \S*dist\/cli\.js start --role worker$/);
    expect(run(['start'], { QUAYSIDE_PARALLEL_GC: '1' })).toMatch(/^2 --max-semi-space-size=1 --heap-growing-percent=25 --liftoff-only \S*dist\/cli\.js start$/);
    expect(run(['classify'])).toMatch(/^2 --max-semi-space-size=1 --liftoff-only \S*dist\/cli\.js classify$/);
    expect(run(['classify'], { QUAYSIDE_HEAP_GROWING_PERCENT: '50', QUAYSIDE_WASM_OPTIMIZE: '1', MALLOC_ARENA_MAX: '4' })).toMatch(/^4 --max-semi-space-size=1 --heap-growing-percent=50 \S*dist\/cli\.js classify$/);
  });

  it('bin/crm prints the setting it would run a command under, for the benches to run as production runs', () => {
    const printed = (args: string[], env: Record<string, string> = {}) =>
      spawnSync('sh', ['bin/crm', ...args], { encoding: 'utf8', env: { ...process.env, MALLOC_ARENA_MAX: '', QUAYSIDE_SEMI_SPACE_MB: '', QUAYSIDE_PARALLEL_GC: '', ...env, QUAYSIDE_PRINT_NODE_FLAGS: '1' } }).stdout.trim();
    expect(printed(['start', '--role', 'worker'])).toBe('MALLOC_ARENA_MAX=2 --max-semi-space-size=1 --heap-growing-percent=25 --liftoff-only --single-threaded-gc');
    expect(printed(['classify'], { QUAYSIDE_SEMI_SPACE_MB: '8' })).toBe('MALLOC_ARENA_MAX=2 --max-semi-space-size=8 --liftoff-only');
  });

  it('scripts/local-cluster.sh is valid shell and starts the same roles', () => {
    expect(spawnSync('bash', ['-n', 'scripts/local-cluster.sh']).status).toBe(0);
    const script = readFileSync('scripts/local-cluster.sh', 'utf8');
    for (const role of ['gateway', 'worker', 'scheduler']) expect(script).toContain(`start --role ${role}`);
  });
});
