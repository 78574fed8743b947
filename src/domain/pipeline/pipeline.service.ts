import { recordAudit } from '../audit/audit.repository';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type DbClient, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import type { Actor } from '../team/actor';
import {
  createOpportunity,
  findOpenOpportunity,
  moveOpportunityStage,
  recordStageChange,
  type OpportunityRecord,
} from './opportunity.repository';
import { LOST_REASONS, stageRank, toLostReason, toStage, STAGES, type Stage } from './stages';

/** A stage move made inside a transaction, announced as 'opportunity.stage' once it is committed. */
export interface StageMove {
  opportunityId: number;
  customerId: number;
  from: string | null;
  to: Stage;
}

export type StageCause = 'manual' | 'quote' | 'order' | 'intent';

/**
 * The customer's live opportunity, made if there is none. Moves it forward to `to` (never back: a quote after
 * samples leaves it at sample). Runs inside the caller's transaction; the caller emits the move after commit.
 */
export async function advanceOpportunity(
  tx: DbClient,
  input: { customerId: number; ownerId: number | null; to: Stage; cause: StageCause; byMemberId: number | null; at: Date; amount?: string; currency?: string },
): Promise<{ opportunity: OpportunityRecord; move: StageMove | null }> {
  const opportunity = (await findOpenOpportunity(tx, input.customerId)) ?? (await createOpportunity(tx, { customerId: input.customerId, ownerId: input.ownerId }));
  const money = input.amount ? { amount: input.amount, currency: input.currency } : {};
  if (stageRank(opportunity.stage) >= stageRank(input.to)) {
    if (input.amount) await moveOpportunityStage(tx, opportunity.id, opportunity.stage, opportunity.stage, money);
    return { opportunity, move: null };
  }
  const closedAt = input.to === 'won' || input.to === 'lost' ? input.at : null;
  if (!(await moveOpportunityStage(tx, opportunity.id, opportunity.stage, input.to, { ...money, closedAt }))) {
    throw new DomainError('CONFLICT', { entity: 'opportunity', id: opportunity.id });
  }
  await recordStageChange(tx, { opportunityId: opportunity.id, fromStage: opportunity.stage, toStage: input.to, byMemberId: input.byMemberId, cause: input.cause, at: input.at });
  return {
    opportunity: { ...opportunity, stage: input.to },
    move: { opportunityId: opportunity.id, customerId: input.customerId, from: opportunity.stage, to: input.to },
  };
}

export function createPipelineService(deps: { db: PrismaClient; customers: CustomerService; events: EventBus; now?: () => Date }) {
  const { db, customers, events } = deps;
  const now = deps.now ?? (() => new Date());

  async function announce(move: StageMove | null) {
    if (move) await events.emit('opportunity.stage', move);
  }

  return {
    announce,

    /** `/stage <customer> sample` or `/stage <customer> lost price`. Manual moves may go back (a rep corrects a mistake). */
    async move(actor: Actor, via: string, customerRef: string, stageText: string, reasonText?: string) {
      const to = toStage(stageText);
      if (!to) throw new DomainError('INVALID_STAGE', { value: stageText, valid: STAGES });
      let lostReason: string | null = null;
      if (to === 'lost') {
        lostReason = reasonText ? toLostReason(reasonText) : null;
        if (!lostReason) throw new DomainError('LOST_REASON_REQUIRED', { value: reasonText ?? '', valid: LOST_REASONS });
      } else if (reasonText) {
        throw new DomainError('BAD_ARGUMENTS', { value: reasonText });
      }
      const customer = await customers.resolveVisible(actor, customerRef);
      const at = now();
      const result = await inTransaction(db, async (tx) => {
        const opportunity = (await findOpenOpportunity(tx, customer.id)) ?? (await createOpportunity(tx, { customerId: customer.id, ownerId: customer.ownerId }));
        if (opportunity.stage === to) return { customer, opportunity, move: null };
        const closedAt = to === 'won' || to === 'lost' ? at : null;
        if (!(await moveOpportunityStage(tx, opportunity.id, opportunity.stage, to, { lostReason, closedAt }))) {
          throw new DomainError('CONFLICT', { entity: 'opportunity', id: opportunity.id });
        }
        await recordStageChange(tx, { opportunityId: opportunity.id, fromStage: opportunity.stage, toStage: to, byMemberId: actor.id, cause: 'manual', at });
        await recordAudit(tx, {
          actorId: actor.id, via, action: 'stage', entityType: 'opportunity', entityId: opportunity.id, customerId: customer.id,
          details: { from: opportunity.stage, to, lostReason },
        });
        const move: StageMove = { opportunityId: opportunity.id, customerId: customer.id, from: opportunity.stage, to };
        return { customer, opportunity: { ...opportunity, stage: to, lostReason }, move };
      });
      await announce(result.move);
      return { customer: result.customer, stage: to, from: result.move?.from ?? to, lostReason, changed: result.move !== null };
    },
  };
}

export type PipelineService = ReturnType<typeof createPipelineService>;
