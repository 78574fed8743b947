import type { DbClient } from '../db/client';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'changes_requested' | 'cancelled';

export interface ApprovalRecord {
  id: number;
  quoteId: number;
  step: number;
  approverRole: string;
  approverId: number | null;
  escalatedToId: number | null;
  status: string;
  comment: string | null;
  decidedById: number | null;
  decidedVia: string | null;
  decidedAt: Date | null;
  remindedAt: Date | null;
  escalatedAt: Date | null;
  createdAt: Date;
}

export async function insertApprovals(
  db: DbClient,
  quoteId: number,
  steps: { step: number; approverRole: string; approverId: number }[],
  at: Date,
): Promise<ApprovalRecord[]> {
  await db.approval.createMany({ data: steps.map((s) => ({ ...s, quoteId, createdAt: at })) });
  return approvalsForQuote(db, quoteId);
}

export function approvalsForQuote(db: DbClient, quoteId: number): Promise<ApprovalRecord[]> {
  return db.approval.findMany({ where: { quoteId }, orderBy: { step: 'asc' } });
}

export function findApproval(db: DbClient, id: number): Promise<ApprovalRecord | null> {
  return db.approval.findUnique({ where: { id } });
}

/**
 * The decision, applied only if the approval is still pending, the actor is its approver (or the one it was escalated
 * to), the quote is still awaiting approval and every earlier step is approved. Returns false when any of that is not
 * so: a second press, a stale button or someone else's press changes nothing.
 */
export async function decideApproval(
  db: DbClient,
  input: { id: number; step: number; actorId: number; status: Exclude<ApprovalStatus, 'pending' | 'cancelled'>; comment: string | null; via: string; at: Date },
): Promise<boolean> {
  const { count } = await db.approval.updateMany({
    where: {
      id: input.id,
      status: 'pending',
      OR: [{ approverId: input.actorId }, { escalatedToId: input.actorId }],
      quote: { status: 'pending', approvals: { none: { step: { lt: input.step }, status: { not: 'approved' } } } },
    },
    data: { status: input.status, comment: input.comment, decidedById: input.actorId, decidedVia: input.via, decidedAt: input.at },
  });
  return count === 1;
}

export async function cancelPendingApprovals(db: DbClient, quoteId: number): Promise<void> {
  await db.approval.updateMany({ where: { quoteId, status: 'pending' }, data: { status: 'cancelled' } });
}

/** Pending steps whose turn it is (every earlier step approved) on quotes still awaiting approval. */
export async function currentPendingApprovals(db: DbClient): Promise<ApprovalRecord[]> {
  const rows = await db.approval.findMany({
    where: { status: 'pending', quote: { status: 'pending' } },
    orderBy: [{ quoteId: 'asc' }, { step: 'asc' }],
  });
  const seen = new Set<number>();
  return rows.filter((r) => (seen.has(r.quoteId) ? false : (seen.add(r.quoteId), true)));
}

/** Claims the reminder (once per approval, even if the job runs twice). */
export async function claimReminder(db: DbClient, id: number, at: Date): Promise<boolean> {
  const { count } = await db.approval.updateMany({ where: { id, status: 'pending', remindedAt: null }, data: { remindedAt: at } });
  return count === 1;
}

export async function claimEscalation(db: DbClient, id: number, toId: number, at: Date): Promise<boolean> {
  const { count } = await db.approval.updateMany({
    where: { id, status: 'pending', escalatedAt: null },
    data: { escalatedAt: at, escalatedToId: toId },
  });
  return count === 1;
}
