import type { App } from '../../../src/app';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { createTestDatabase, TEST_ENV } from '../../support/db';
import { createRecordingAdapter } from '../../support/recording-adapter';

export type RoutingApp = App & { recorder: ReturnType<typeof createRecordingAdapter>; databaseUrl: string };

/** An app on a fresh database whose notifications are recorded, with no job runner (leads are assigned in process). */
export async function createRoutingApp(env: Record<string, string> = {}): Promise<RoutingApp> {
  const { url } = await createTestDatabase();
  const recorder = createRecordingAdapter();
  const config = loadConfig({ ...TEST_ENV, DATABASE_URL: url, DEFAULT_LOCALE: 'en', ...env });
  const app = await createApp({ config, logger: createLogger('silent'), adapters: [recorder] });
  return Object.assign(app, { recorder, databaseUrl: url });
}

/** A team with members in id order and their weights; returns ids by name. */
export async function makeTeam(app: App, name: string, members: Record<string, number>, manager?: string) {
  const db = app.database.prisma;
  const ids: Record<string, number> = {};
  for (const member of [...Object.keys(members), ...(manager ? [manager] : [])]) {
    const existing = await db.teamMember.findUnique({ where: { name: member } });
    ids[member] = existing?.id ?? (await app.services.team.add({ name: member, role: member === manager ? 'manager' : 'rep', locale: 'en' })).id;
  }
  const team = await db.team.create({ data: { name, managerId: manager ? ids[manager] : null } });
  for (const [member, weight] of Object.entries(members)) await db.teamMember.update({ where: { id: ids[member] }, data: { teamId: team.id, weight } });
  return { team, ids };
}

/** An unowned inbound lead, as the channel inbox stores one. */
export async function makeLead(app: App, name: string, data: { country?: string; grade?: string; source?: string; groupId?: number } = {}) {
  return app.database.prisma.customer.create({
    data: { name, normalizedName: name.toLowerCase(), country: data.country ?? 'MX', grade: data.grade ?? 'C', source: data.source ?? 'whatsapp', groupId: data.groupId },
  });
}
