import { recordAudit } from '../audit/audit.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import { domainMessages, isLocale, type Locale } from '../i18n';
import type { MemberNotices } from '../notify/member-notices';
import type { Notifier } from '../outbound/notifier';
import { seesEverything, type Actor } from '../team/actor';
import { findMemberById, managedMemberIds } from '../team/team-member.repository';
import { customerScope, scopeAllows, type VisibilityPolicy } from '../access/visibility';
import {
  createTransferRequest, decideTransfer, findPendingTransfer, findTransfer, findTransferCustomer, moveOwnership, teamManagerId, wasBlockedOn,
} from './transfer.repository';

export const TRANSFER_APPROVE = 'transfer.approve';
export const TRANSFER_DECLINE = 'transfer.decline';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '—');
// members without a known locale hear Chinese, the team's default
const localeOf = (m: { locale: string }): Locale => (isLocale(m.locale) ? m.locale : 'zh');

/**
 * Ownership transfers after a clash (撞单): the rep who met someone else's customer asks; the owner and the owner's
 * manager get approve/decline buttons in chat; the first decision wins; every step is audited.
 */
export function createTransferService(deps: { db: PrismaClient; policy: VisibilityPolicy; notifier: Notifier; notices: MemberNotices; events: EventBus; now?: () => Date }) {
  const { db, policy, notifier, notices, events } = deps;
  const now = deps.now ?? (() => new Date());

  async function deciders(ownerId: number): Promise<number[]> {
    const owner = await findMemberById(db, ownerId);
    const managerId = owner?.managerId ?? (owner?.teamId ? await teamManagerId(db, owner.teamId) : null);
    return [...new Set([ownerId, ...(managerId && managerId !== ownerId ? [managerId] : [])])];
  }

  return {
    /** Asks for a customer owned by someone else. The requester may not see the customer: only its name and owner are told. */
    async request(actor: Actor, via: string, customerId: number) {
      const customer = await findTransferCustomer(db, customerId);
      if (!customer || customer.mergedIntoId) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${customerId}` });
      // a rep learns of someone else's customer only through a clash reply: no asking by guessed ids
      const visible = scopeAllows(await customerScope(db, actor, policy), customer);
      if (!visible && !(await wasBlockedOn(db, actor.id, customerId))) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${customerId}` });
      if (customer.ownerId === actor.id) throw new DomainError('TRANSFER_NOT_NEEDED', { id: customerId, reason: 'own' });
      if (!customer.ownerId || customer.status === 'pool') throw new DomainError('TRANSFER_NOT_NEEDED', { id: customerId, reason: 'pool' });
      const pending = await findPendingTransfer(db, customerId, actor.id);
      if (pending) throw new DomainError('TRANSFER_NOT_NEEDED', { id: customerId, reason: 'pending', since: pending.createdAt.toISOString() });
      const request = await inTransaction(db, async (tx) => {
        const created = await createTransferRequest(tx, { customerId, fromId: customer.ownerId, toId: actor.id });
        await recordAudit(tx, { actorId: actor.id, via, action: 'transfer_request', entityType: 'transfer_request', entityId: created.id, customerId, details: { from: customer.ownerId, to: actor.id } });
        return created;
      });
      const notified: number[] = [];
      for (const memberId of await deciders(customer.ownerId)) {
        const member = await findMemberById(db, memberId);
        if (!member) continue;
        const m = domainMessages(localeOf(member)).transfer;
        const whose = memberId === customer.ownerId ? m.you : customer.owner!.displayName;
        const text = m.request({
          id: request.id, requester: actor.displayName, customerId: customer.id, customer: customer.name, owner: whose,
          since: day(customer.ownedSince), lastContact: day(customer.lastContactAt),
        });
        await notices.tell(`transfer-request:${request.id}:${memberId}`, memberId, {
          text, customerId: customer.id,
          buttons: [
            { label: m.approve, action: TRANSFER_APPROVE, value: String(request.id), style: 'primary' },
            { label: m.decline, action: TRANSFER_DECLINE, value: String(request.id), style: 'danger' },
          ],
        });
        if (await notifier.reachable(memberId)) notified.push(memberId);
      }
      return { request, customer: { id: customer.id, name: customer.name, owner: customer.owner?.displayName ?? null }, notified };
    },

    /** The owner, the owner's manager, or a director/admin approves or declines; the first decision wins. */
    async decide(actor: Actor, via: string, requestId: number, decision: 'approve' | 'decline') {
      const request = await findTransfer(db, requestId);
      if (!request) throw new DomainError('TRANSFER_NOT_FOUND', { id: requestId });
      if (request.status !== 'pending') throw new DomainError('TRANSFER_NOT_FOUND', { id: requestId, status: request.status });
      const customer = await findTransferCustomer(db, request.customerId);
      if (!customer) throw new DomainError('TRANSFER_NOT_FOUND', { id: requestId });
      const ownerId = customer.ownerId;
      const allowed = seesEverything(actor) || actor.id === ownerId || (ownerId !== null && actor.role !== 'rep' && (await managedMemberIds(db, actor.id)).includes(ownerId));
      if (!allowed) throw new DomainError('FORBIDDEN');
      const at = now();
      const status = decision === 'approve' ? 'approved' : 'declined';
      await inTransaction(db, async (tx) => {
        if (!(await decideTransfer(tx, requestId, status, actor.id, at))) throw new DomainError('TRANSFER_NOT_FOUND', { id: requestId, status: 'decided' });
        if (decision === 'approve') await moveOwnership(tx, customer.id, ownerId, request.toId, at);
        await recordAudit(tx, {
          actorId: actor.id, via, action: 'transfer', entityType: 'transfer_request', entityId: requestId, customerId: customer.id,
          details: { decision: status, from: ownerId, to: request.toId },
        });
      });
      if (decision === 'approve') await events.emit('customer.assigned', { customerId: customer.id, memberId: request.toId, reason: 'transfer' });
      const requester = await findMemberById(db, request.toId);
      if (requester) {
        const m = domainMessages(localeOf(requester)).transfer;
        const said = { by: actor.displayName, customerId: customer.id, customer: customer.name };
        await notices.tell(`transfer-decided:${requestId}:${requester.id}`, requester.id, {
          customerId: customer.id,
          text: decision === 'approve' ? m.approved(said) : m.declined(said),
        });
      }
      return { request: { ...request, status }, customer: { id: customer.id, name: customer.name }, requester: requester?.displayName ?? null };
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
