import type { DbClient } from '../db/client';

export function activeManagers(db: DbClient) {
  return db.teamMember.findMany({ where: { role: 'manager', status: { not: 'left' } }, orderBy: { id: 'asc' } });
}
