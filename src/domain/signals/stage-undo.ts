import { recordAudit } from '../audit/audit.repository';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import { recordStageChange } from '../pipeline/opportunity.repository';
import type { Actor } from '../team/actor';
import {
  confirmPendingWon,
  findOpportunityForConfirm,
  findStageChange,
  markStageChangeUndone,
  revertOpportunityStage,
} from './signals.repository';

/**
 * The rep's last word on a move a buyer's message made: undo it (the deal goes back to where it was), or confirm
 * a win an order confirmation proposed. Only someone who may see the customer can do either.
 */
export function createStageUndo(deps: { db: PrismaClient; events: EventBus; customers: CustomerService; now: () => Date }) {
  const { db, events, customers, now } = deps;

  return {
    async undoStageChange(actor: Actor, via: string, stageChangeId: number) {
      const change = await findStageChange(db, stageChangeId);
      // only moves made by intents are undone here; a rep's own move is corrected with /stage
      if (!change || change.cause !== 'intent' || !change.fromStage) throw new DomainError('STAGE_CHANGE_NOT_FOUND', { id: stageChangeId });
      const customer = await customers.resolveVisible(actor, `#${change.opportunity.customerId}`);
      if (change.undoneAt) throw new DomainError('STAGE_CHANGE_NOT_FOUND', { id: stageChangeId, undoneAt: change.undoneAt.toISOString() });
      const { fromStage: back, toStage: current } = change;
      const stale = () => new DomainError('STAGE_MOVED_SINCE', { id: stageChangeId, customer: `#${customer.id} ${customer.name}`, stage: change.opportunity.stage });
      if (change.opportunity.stage !== current) throw stale();
      const at = now();
      await inTransaction(db, async (tx) => {
        if (!(await markStageChangeUndone(tx, change.id, at))) throw new DomainError('STAGE_CHANGE_NOT_FOUND', { id: stageChangeId, undoneAt: at.toISOString() });
        if (!(await revertOpportunityStage(tx, change.opportunity.id, current, back))) throw stale();
        await recordStageChange(tx, { opportunityId: change.opportunity.id, fromStage: current, toStage: back, byMemberId: actor.id, cause: 'undo', at });
        await recordAudit(tx, {
          actorId: actor.id, via, action: 'stage', entityType: 'opportunity', entityId: change.opportunity.id, customerId: customer.id,
          details: { undo: change.id, from: current, to: back, communicationId: change.communicationId },
        });
      });
      await events.emit('opportunity.stage', { opportunityId: change.opportunity.id, customerId: customer.id, from: current, to: back });
      return { customer: { id: customer.id, name: customer.name }, from: current, to: back };
    },

    async confirmWon(actor: Actor, via: string, opportunityId: number) {
      const opportunity = await findOpportunityForConfirm(db, opportunityId);
      if (!opportunity) throw new DomainError('WON_NOT_PENDING', { id: opportunityId });
      const customer = await customers.resolveVisible(actor, `#${opportunity.customerId}`);
      const notPending = () => new DomainError('WON_NOT_PENDING', { id: opportunityId, customer: `#${customer.id} ${customer.name}`, stage: opportunity.stage });
      if (opportunity.stage !== 'won' || !opportunity.pendingWon) throw notPending();
      await inTransaction(db, async (tx) => {
        if (!(await confirmPendingWon(tx, opportunity.id))) throw notPending();
        await recordAudit(tx, {
          actorId: actor.id, via, action: 'stage', entityType: 'opportunity', entityId: opportunity.id, customerId: customer.id,
          details: { confirmed: 'won' },
        });
      });
      return { customer: { id: customer.id, name: customer.name } };
    },
  };
}
