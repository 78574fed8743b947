import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerRulesCommand } from '../../src/cli/rules.command';
import { TEST_ENV } from '../support/db';
import { createRoutingApp, type RoutingApp } from '../domain/assignment/routing-fixture';

let app: RoutingApp;
const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-rules-'));

async function crm(...args: string[]): Promise<{ out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    const program = new Command('crm').exitOverride();
    registerRulesCommand(program);
    await program.parseAsync(['node', 'crm', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  return { out: out.join(''), err: err.join('') };
}

const GOOD = `teams:
  latam:
    manager: maria
    timezone: America/Mexico_City
    members: { alice: 3, bob: 2 }
    holidays: [2026-12-25]
rules:
  - name: latam-lighting
    country: [MX, CO, PE]
    product: lighting
    to: team:latam
  - name: rest
    default: true
    to: team:latam
`;

beforeAll(async () => {
  app = await createRoutingApp();
  for (const name of ['alice', 'bob', 'maria']) await app.services.team.add({ name, role: name === 'maria' ? 'manager' : 'rep', locale: 'en' });
  Object.assign(process.env, { ...TEST_ENV, DATABASE_URL: app.databaseUrl, DEFAULT_LOCALE: 'en' });
});
afterAll(async () => app.stop());

describe('crm rules import', () => {
  it('imports teams, weights and rules from YAML', async () => {
    writeFileSync(path.join(dir, 'rules.yaml'), GOOD);
    const { out } = await crm('rules', 'import', path.join(dir, 'rules.yaml'));
    expect(out).toContain('imported 2 rules and 1 teams');
    const team = await app.database.prisma.team.findFirstOrThrow({ where: { name: 'latam' }, include: { members: { orderBy: { name: 'asc' } } } });
    expect(team.members.map((m) => [m.name, m.weight])).toEqual([['alice', 3], ['bob', 2]]);
    expect(team.holidays).toEqual(['2026-12-25']);
    expect((await crm('rules', 'list')).out).toContain('1. latam-lighting: country=MX,CO,PE product=lighting → team latam');
  });

  it('reports a typo by line and field and changes nothing', async () => {
    const typo = GOOD.replace('    product: lighting', '    prodcut: lighting').replace('rest', 'everything');
    writeFileSync(path.join(dir, 'typo.yaml'), typo);
    const { err } = await crm('rules', 'import', path.join(dir, 'typo.yaml'));
    expect(err).toContain('typo.yaml: nothing was changed');
    expect(err).toContain('line 10 rules.0.prodcut: unknown field "prodcut"');
    const unknown = GOOD.replace('to: team:latam\n  - name: rest', 'to: team:latin\n  - name: rest').replace('bob: 2', 'bobby: 2');
    writeFileSync(path.join(dir, 'unknown.yaml'), unknown);
    const second = await crm('rules', 'import', path.join(dir, 'unknown.yaml'));
    expect(second.err).toContain('"latin" is not a team');
    expect(second.err).toContain('"bobby" is not a team member');
    expect((await app.database.prisma.assignmentRule.findMany()).map((r) => r.name).sort()).toEqual(['latam-lighting', 'rest']);
    process.exitCode = 0;
  });

  it('answers a YAML alias bomb and a 50 MB file with one clear line each, and changes nothing', async () => {
    const before = (await app.database.prisma.assignmentRule.findMany()).map((r) => r.name).sort();
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(path.join(dir, 'bomb.yaml'), `${levels.join('\n')}\nrules: [*i]\n`);
    const bomb = await crm('rules', 'import', path.join(dir, 'bomb.yaml'));
    expect(bomb.err.trim().split('\n')).toEqual(['bomb.yaml: more than 100 YAML aliases (*name) to expand, as in an "alias bomb"; nothing was changed.']);
    writeFileSync(path.join(dir, 'huge.yaml'), `rules:\n${'  - { name: x, to: team:latam }\n'.repeat(1_700_000)}`);
    const huge = await crm('rules', 'import', path.join(dir, 'huge.yaml'));
    expect(huge.err.trim().split('\n')).toHaveLength(1);
    expect(huge.err).toMatch(/huge\.yaml: 5\d\.\d MB is more than this file may have \(1\.0 MB\); nothing was changed\./);
    rmSync(path.join(dir, 'huge.yaml'));
    // the domain refuses it too, whoever calls it
    await expect(app.services.assignmentRules.importFile(null, 'test', 'big.yaml', 'x'.repeat(2 * 1024 * 1024))).rejects.toMatchObject({ code: 'RULES_FILE_INVALID', details: { reason: 'too_large' } });
    expect((await app.database.prisma.assignmentRule.findMany()).map((r) => r.name).sort()).toEqual(before);
    process.exitCode = 0;
  });
});
