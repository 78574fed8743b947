import type { DbClient } from '../db/client';

export interface OpportunityRecord {
  id: number;
  customerId: number;
  ownerId: number | null;
  stage: string;
  lostReason: string | null;
}

const SELECT = { id: true, customerId: true, ownerId: true, stage: true, lostReason: true } as const;

/** The customer's live deal (not won or lost), newest first. */
export function findOpenOpportunity(db: DbClient, customerId: number): Promise<OpportunityRecord | null> {
  return db.opportunity.findFirst({
    where: { customerId, stage: { notIn: ['won', 'lost'] } },
    orderBy: { id: 'desc' },
    select: SELECT,
  });
}

export function createOpportunity(db: DbClient, data: { customerId: number; ownerId: number | null; title?: string }): Promise<OpportunityRecord> {
  return db.opportunity.create({ data: { ...data, stage: 'lead' }, select: SELECT });
}

/** Moves the stage only from the one the caller saw (two moves at once never both apply). */
export async function moveOpportunityStage(
  db: DbClient,
  id: number,
  from: string,
  to: string,
  fields: { lostReason?: string | null; closedAt?: Date | null; amount?: string; currency?: string },
): Promise<boolean> {
  const { count } = await db.opportunity.updateMany({ where: { id, stage: from }, data: { stage: to, ...fields } });
  return count === 1;
}

export async function recordStageChange(
  db: DbClient,
  data: { opportunityId: number; fromStage: string | null; toStage: string; byMemberId: number | null; cause: string; at: Date },
): Promise<void> {
  await db.stageChange.create({ data });
}

