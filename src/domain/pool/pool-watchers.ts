import type { DbClient } from '../db/client';
import { isLocale, type Locale } from '../i18n';
import { expandRegions } from '../team/regions';

export interface PoolWatcher {
  id: number;
  locale: Locale;
}

interface WatcherRow {
  id: number;
  role: string;
  regions: string[];
  locale: string;
  linked: boolean;
}

/**
 * Who hears about a lead in the public pool (active members only: one who is off is not watching) (one no rule could route, or a pool buyer writing again): the managers
 * whose regions cover the buyer's country (all managers when none does), among those with a linked chat account;
 * when no manager has one, the directors and admins with one; when nobody at all is linked, every manager, director
 * and admin (their notices wait in the outbox until they link a chat, instead of reaching nobody).
 */
export async function poolWatchers(db: DbClient, country: string | null): Promise<PoolWatcher[]> {
  const rows = await db.$queryRaw<WatcherRow[]>`
    SELECT m.id, m.role, m.regions, m.locale,
           EXISTS (SELECT 1 FROM channel_identities i WHERE i.team_member_id = m.id) AS linked
    FROM team_members m
    WHERE m.role IN ('manager', 'director', 'admin') AND m.status = 'active'
    ORDER BY m.id`;
  const managers = rows.filter((r) => r.role === 'manager');
  const covering = country ? managers.filter((m) => expandRegions(m.regions).includes(country)) : [];
  const pick = (list: WatcherRow[]) => list.map((r) => ({ id: r.id, locale: isLocale(r.locale) ? r.locale : 'en' }) as PoolWatcher);
  const linkedCovering = covering.filter((m) => m.linked);
  if (linkedCovering.length) return pick(linkedCovering);
  const linkedManagers = managers.filter((m) => m.linked);
  if (linkedManagers.length) return pick(linkedManagers);
  const linkedLeaders = rows.filter((r) => r.role !== 'manager' && r.linked);
  if (linkedLeaders.length) return pick(linkedLeaders);
  return pick(rows);
}
