import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTerminalScript } from '../support/terminal-harness';
import { TEST_ENV } from '../support/db';
import { createRoutingApp, makeTeam, type RoutingApp } from '../domain/assignment/routing-fixture';

let app: RoutingApp;
const run = (user: string, lines: string[]) => runTerminalScript(app.databaseUrl, user, lines, { ...TEST_ENV });

beforeAll(async () => {
  app = await createRoutingApp();
  await makeTeam(app, 'latam', { alice: 1, bob: 1 }, 'maria');
  await app.database.prisma.teamMember.update({ where: { name: 'bob' }, data: { locale: 'zh' } });
});
afterAll(async () => app.stop());

describe('rules, weights and the pool from chat', () => {
  it('lets a manager add rules and refuses bad ones with a specific message, changing nothing', async () => {
    const out = await run('maria', [
      '/rule add contry=MX -> team:latam',
      '/rule add country=Narnia -> team:latam',
      '/rule add country=MX -> team:nowhere',
      '/rule add country=MX,CO,PE product=lighting -> team:latam',
      '/rule add country=MX product=lighting -> team:latam',
      '/rules',
      '/rule test country=DE',
      '/rule test country=PE product=lighting',
    ]);
    expect(out).toContain('contry: "contry=MX" is not a field');
    expect(out).toContain('"Narnia" is not a country code');
    expect(out).toContain('"nowhere" is not a team');
    expect(out).toContain('Added rule latam: country=MX,CO,PE product=lighting → team:latam');
    expect(out).toContain('can never match');
    expect(out).toMatch(/1\. latam: country=MX,CO,PE product=lighting → team latam/);
    expect(out).toContain('No rule matches country=DE and there is no default rule');
    expect(out).toContain('country=PE product=lighting → rule latam (team latam)');
    expect(await app.database.prisma.assignmentRule.count()).toBe(1);
  });

  it('refuses rule changes from a rep', async () => {
    expect(await run('alice', ['/rule add default -> team:latam'])).toContain('You do not have permission');
  });

  it('sets weights by hand, refusing 0 and negatives without changing any', async () => {
    const out = await run('maria', ['/weights alice=3 bob=0', '/weights bob=-1', '/weights alice=3 bob=2', '/weights']);
    expect(out).toContain('Weights not changed: "bob=0" is not valid');
    expect(out).toContain('"bob=-1" is not valid');
    expect(out).toContain('Order: alice-bob-alice-bob-alice');
    const weights = await app.database.prisma.teamMember.findMany({ where: { name: { in: ['alice', 'bob'] } }, orderBy: { name: 'asc' } });
    expect(weights.map((w) => w.weight)).toEqual([3, 2]);
  });

  it('lists the pool and lets one rep claim; the next claim hears only that it is no longer in the pool, in Chinese', async () => {
    const pooled = await app.database.prisma.customer.create({
      data: { name: 'Quito Luz', normalizedName: 'quito luz', country: 'EC', status: 'pool', productLines: ['lighting'], releasedAt: new Date() },
    });
    const alice = await run('alice', ['/pool EC lighting', `/claim #${pooled.id}`]);
    expect(alice).toMatch(new RegExp(`#${pooled.id} Quito Luz · 🇪🇨 EC · grade C · lighting`));
    expect(alice).toContain('Claims left: today 5/5');
    expect(alice).toContain(`Claimed #${pooled.id} Quito Luz; you are the owner`);
    const bob = await run('bob', [`/claim #${pooled.id}`, '/claim', '/pool Narnia']);
    // a customer no longer in the pool is not named, nor its owner (walking the ids revealed the book)
    expect(bob).toContain(`"#${pooled.id}" 不在公海中`);
    expect(bob).not.toContain('alice');
    expect(bob).toContain('用法：/claim');
    expect(bob).toContain('公海中没有符合条件的客户'); // an unknown place is read as a product word
  });
});
