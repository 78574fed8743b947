import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { JOBS_QUEUE } from '../../src/jobs/runner';
import { interleavedCycle } from '../../src/domain/assignment/weighted-round-robin';
import { createRoutingApp, makeLead, makeTeam, type RoutingApp } from '../domain/assignment/routing-fixture';
import { TEST_ENV, testQueuePrefix } from '../support/db';
import { eventually } from '../support/eventually';

const WORKER = fileURLToPath(new URL('./support/assign-worker.process.ts', import.meta.url));
const LEADS_PER_TEAM = 60;

let app: RoutingApp;
let prefix: string;
const workers: ChildProcess[] = [];
const notices: { notify: string; pid: number }[] = [];

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  workers.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const msg = JSON.parse(line) as { ready?: number; notify?: string; pid: number };
      if (msg.ready) resolve(child);
      else if (msg.notify) notices.push({ notify: msg.notify, pid: msg.pid });
    });
  });
}

beforeAll(async () => {
  app = await createRoutingApp();
  const latam = await makeTeam(app, 'latam', { alice: 3, bob: 2, carol: 1 });
  await makeTeam(app, 'europe', { dora: 2, emil: 1 });
  const admin = await app.services.team.add({ name: 'root', role: 'admin', locale: 'en' });
  await app.services.assignmentRules.add(admin, 'test', 'latam: country=MX,PE -> team:latam');
  await app.services.assignmentRules.add(admin, 'test', 'default -> team:europe');
  void latam;
  prefix = testQueuePrefix('assign2');
  // a few jobs at a time each, so that on a burst of 240 jobs both processes get work (with the default, the first to
  // wake could take them all); their batches still race for the same teams
  const env = { ...TEST_ENV, DATABASE_URL: app.databaseUrl, QUEUE_PREFIX: prefix, REDIS_URL: inject('redisUrl'), JOBS_CONCURRENCY: '8' };
  await Promise.all([startWorker(env), startWorker(env)]);
}, 60_000);

afterAll(async () => {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  await app.stop();
});

describe('assignment with two worker processes on one burst', () => {
  it('keeps each team’s exact interleaved order and never gives a lead two owners, even when every lead is queued twice', async () => {
    const db = app.database.prisma;
    const leads = [];
    for (let i = 0; i < LEADS_PER_TEAM; i += 1) {
      leads.push(await makeLead(app, `Burst MX ${i}`, { country: 'MX' }), await makeLead(app, `Burst DE ${i}`, { country: 'DE' }));
    }
    const queue = new Queue(JOBS_QUEUE, { connection: { url: inject('redisUrl') }, prefix });
    // each lead twice under different job ids: the second run must find the owner and change nothing
    await queue.addBulk(leads.flatMap((l) => [0, 1].map((copy) => ({ name: 'assign-lead', data: { customerId: l.id, context: { via: 'test' } }, opts: { jobId: `dup-${copy}-${l.id}` } }))));
    await queue.close();

    // done when every lead has an owner and no job is left (a job ends after its rep was told; schedules stay delayed)
    const busy = async () => Object.values(await counts.getJobCounts('active', 'waiting')).some((n) => n > 0);
    const counts = new Queue(JOBS_QUEUE, { connection: { url: inject('redisUrl') }, prefix });
    const ids = leads.map((l) => l.id);
    await eventually(async () => (await db.customer.count({ where: { id: { in: ids }, ownerId: null } })) === 0 && !(await busy()), 45_000, 200);
    await counts.close();
    const rows = await db.assignment.findMany({ where: { customerId: { in: leads.map((l) => l.id) } }, orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(leads.length);
    expect(new Set(rows.map((r) => r.customerId)).size).toBe(leads.length);

    const members = await db.teamMember.findMany({ include: { team: true }, orderBy: { id: 'asc' } });
    for (const team of ['latam', 'europe']) {
      const mine = members.filter((m) => m.team?.name === team);
      const cycle = interleavedCycle(mine);
      const observed = rows.filter((r) => mine.some((m) => m.id === r.memberId)).map((r) => r.memberId);
      expect(observed).toHaveLength(LEADS_PER_TEAM);
      expect(observed).toEqual(Array.from({ length: LEADS_PER_TEAM }, (_, i) => cycle[i % cycle.length]));
    }
    const owners = await db.customer.findMany({ where: { id: { in: leads.map((l) => l.id) } }, select: { id: true, ownerId: true } });
    for (const o of owners) expect(o.ownerId).toBe(rows.find((r) => r.customerId === o.id)!.memberId);
    // both processes did real work, and each lead's rep was told exactly once
    expect(new Set(notices.map((n) => n.pid)).size).toBe(2);
    expect(notices).toHaveLength(leads.length);
  }, 60_000);
});
