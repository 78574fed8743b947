import { parseRecordId } from '../normalize/record-id';
import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.repository';
import { activeMembers, findMemberRef, openTaskCounts, type MemberRef } from '../team/member-ref.repository';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type DbClient, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { domainMessages, isLocale, type Locale } from '../i18n';
import type { MemberNotices } from '../notify/member-notices';
import { advanceOpportunity, type PipelineService } from '../pipeline/pipeline.service';
import { findQuoteById, findQuoteVersion, latestQuoteForCustomer, latestVersion, lockNumbering } from '../quotes/quote.repository';
import { parsePaymentTerms } from '../quotes/quote-terms';
import { splitPayment } from '../quotes/quote.service';
import { seesEverything, type Actor } from '../team/actor';
import { managedMemberIds } from '../team/team-member.repository';
import {
  buyerOrderUpdate, DUTIES, TELL_BUYER, FINAL_STATUSES, handoffNotice, handoffTitle, STATUS_NAMES, toOrderStatus, type Duty, type OrderStatus,
} from './order-messages';
import { addOrderEvent, createTaskOnce, findOrder, insertOrder, lastPiNumber, orderForQuote, updateOrderStatus, type OrderRecord } from './order.repository';

const DAY = 86_400_000;
/** Days until each hand-off task is due, from the order's confirmation. */
const HANDOFF_DUE_DAYS: Record<Duty, number> = { merchandiser: 2, warehouse: 7, finance: 3 };
const BL_NUMBER = /\b(?:B\/?L|提单)\s*(?:no\.?|#)?\s*[:：]?\s*([A-Z0-9][A-Z0-9-]{5,24})\b/i;

const localeOf = (m: MemberRef | null): Locale => (m && isLocale(m.locale) ? m.locale : 'en');

export interface QuoteSelector {
  customerRef: string;
  quoteNumber?: string;
  version?: number;
}

export function createOrderService(deps: { db: PrismaClient; customers: CustomerService; pipeline: PipelineService; notices: MemberNotices; logger: Logger; now?: () => Date }) {
  const { db, customers, pipeline, notices, logger } = deps;
  const now = deps.now ?? (() => new Date());

  /** The member of a duty with the fewest open tasks; null when nobody has it (the owner then does it). */
  async function assigneeFor(tx: DbClient, duty: Duty): Promise<MemberRef | null> {
    const members = await activeMembers(tx, { duty });
    if (!members.length) return null;
    const load = await openTaskCounts(tx, members.map((m) => m.id));
    return [...members].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.id - b.id)[0];
  }

  async function handOff(tx: DbClient, order: OrderRecord, key: Duty | 'balance', duty: Duty, due: Date, actorId: number) {
    const assignee = (await assigneeFor(tx, duty)) ?? (order.ownerId ? await findMemberRef(tx, order.ownerId) : null);
    if (!assignee) return null;
    const title = handoffTitle(key, order, localeOf(assignee));
    const created = await createTaskOnce(tx, { customerId: order.customerId, assigneeId: assignee.id, title, kind: 'order_handoff', dueAt: due, dedupeKey: `order:${order.id}:${key}`, createdById: actorId });
    return created ? { key: `order:${order.id}:${key}`, duty, memberId: assignee.id, name: assignee.displayName, title, due, locale: localeOf(assignee) } : null;
  }

  // under the hand-off task's own key: told once, retried by the outbox while the member's channel is down
  async function notifyHandoffs(order: { customerId: number }, handoffs: ({ key: string; memberId: number; title: string; due: Date; locale: Locale } | null)[]) {
    for (const h of handoffs) {
      if (!h) continue;
      await notices.tell(`${h.key}:${h.memberId}`, h.memberId, { text: handoffNotice(h.title, h.due, h.locale), customerId: order.customerId })
        .catch((err) => logger.warn({ err, memberId: h.memberId }, 'hand-off notice not delivered'));
    }
  }

  /** Who may move an order along: its owner and their managers, directors and admins, and anyone with an order duty. */
  async function mayUpdate(actor: Actor, order: OrderRecord): Promise<boolean> {
    if (seesEverything(actor) || order.ownerId === actor.id) return true;
    const me = await findMemberRef(db, actor.id);
    if (me && me.duties.some((d) => (DUTIES as readonly string[]).includes(d))) return true;
    return actor.role === 'manager' && order.ownerId !== null && (await managedMemberIds(db, actor.id)).includes(order.ownerId);
  }

  return {
    /** `/order Acme from quote v2`: an order from an approved quote version, with PI number, deposit, balance and hand-offs. */
    async createFromQuote(actor: Actor, via: string, selector: QuoteSelector) {
      const customer = await customers.resolveVisible(actor, selector.customerRef);
      if (actor.role === 'rep' && customer.ownerId !== actor.id) throw new DomainError('CUSTOMER_NOT_OWNED', { id: customer.id, name: customer.name, owner: customer.owner?.displayName ?? null });
      const number = selector.quoteNumber?.toUpperCase() ?? (await latestQuoteForCustomer(db, customer.id))?.number;
      const quote = number && (selector.version ? await findQuoteVersion(db, number, selector.version) : await latestVersion(db, number));
      const ref = `${number ?? ''}${selector.version ? ` v${selector.version}` : ''}`.trim() || customer.name;
      if (!quote || quote.customerId !== customer.id) throw new DomainError('QUOTE_NOT_FOUND', { ref });
      if (quote.status !== 'approved') throw new DomainError('QUOTE_NOT_APPROVED', { ref: `${quote.number} v${quote.version}`, status: quote.status });
      const terms = parsePaymentTerms(quote.paymentTerms ?? '');
      const { deposit, balance } = splitPayment(quote.total, terms.depositPct);
      const at = now();
      const result = await inTransaction(db, async (tx) => {
        const existing = await orderForQuote(tx, quote.id);
        if (existing) throw new DomainError('ORDER_EXISTS', { id: existing.id, pi: existing.piNumber });
        const prefix = `PI-${at.getUTCFullYear()}-`;
        await lockNumbering(tx, `order:${prefix}`);
        const last = await lastPiNumber(tx, prefix);
        const piNumber = `${prefix}${String((last ? Number(last.slice(prefix.length)) : 0) + 1).padStart(4, '0')}`;
        const order = await insertOrder(tx, {
          piNumber, customerId: customer.id, quoteId: quote.id, ownerId: customer.ownerId ?? actor.id, currency: quote.currency,
          amount: quote.total, amountBase: quote.totalBase, deposit, balance, createdAt: at,
        });
        await addOrderEvent(tx, { orderId: order.id, status: 'confirmed', note: `from ${quote.number} v${quote.version}`, byMemberId: actor.id, at });
        const stage = await advanceOpportunity(tx, { customerId: customer.id, ownerId: customer.ownerId, to: 'won', cause: 'order', byMemberId: actor.id, at, amount: quote.total, currency: quote.currency });
        const handoffs = [];
        for (const duty of DUTIES) {
          if (duty === 'finance' && Number(deposit) === 0) continue; // nothing to confirm before production
          handoffs.push(await handOff(tx, order, duty, duty, new Date(at.getTime() + HANDOFF_DUE_DAYS[duty] * DAY), actor.id));
        }
        await recordAudit(tx, {
          actorId: actor.id, via, action: 'create', entityType: 'order', entityId: order.id, customerId: customer.id,
          details: { piNumber, quote: quote.number, version: quote.version, amount: quote.total, currency: quote.currency, deposit, balance },
        });
        return { order, handoffs, move: stage.move };
      });
      await pipeline.announce(result.move);
      await notifyHandoffs(result.order, result.handoffs);
      return { order: result.order, quote, depositPct: terms.depositPct, handoffs: result.handoffs.filter((h) => h !== null) };
    },

    /** `/order 1042 shipped BL MSKU1234567`: logged as an order event; shipping sets the balance due date and hands it to finance. */
    async updateStatus(actor: Actor, via: string, ref: string, statusText: string, noteText?: string) {
      const trimmed = ref.trim().replace(/^#/, '');
      const order = /^\d+$/.test(trimmed) ? (parseRecordId(trimmed) === null ? null : await findOrder(db, { id: parseRecordId(trimmed)! })) : await findOrder(db, { piNumber: trimmed.toUpperCase() });
      if (!order || !(await mayUpdate(actor, order))) throw new DomainError('ORDER_NOT_FOUND', { ref });
      const status = toOrderStatus(statusText);
      if (!status) throw new DomainError('INVALID_ORDER_STATUS', { value: statusText, valid: Object.keys(STATUS_NAMES.en) });
      if ((FINAL_STATUSES as readonly string[]).includes(order.status)) throw new DomainError('ORDER_CLOSED', { pi: order.piNumber, status: order.status });
      const note = noteText?.trim() || null;
      const blNumber = status === 'shipped' && note ? BL_NUMBER.exec(note)?.[1]?.toUpperCase() : undefined;
      const at = now();
      const quoteTerms = order.quoteId ? parsePaymentTerms((await findQuoteById(db, order.quoteId))?.paymentTerms ?? '') : null;
      const balanceDueAt = status === 'shipped' ? new Date(at.getTime() + (quoteTerms?.paymentDays ?? 0) * DAY) : undefined;
      const result = await inTransaction(db, async (tx) => {
        if (!(await updateOrderStatus(tx, order.id, order.status, { status, blNumber, balanceDueAt }))) throw new DomainError('CONFLICT', { entity: 'order', id: order.id });
        await addOrderEvent(tx, { orderId: order.id, status, note, byMemberId: actor.id, at });
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'order', entityId: order.id, customerId: order.customerId, details: { from: order.status, to: status, note } });
        const updated = { ...order, status, blNumber: blNumber ?? order.blNumber, balanceDueAt: balanceDueAt ?? order.balanceDueAt };
        const handoff = status === 'shipped' && Number(order.balance) > 0 ? await handOff(tx, updated, 'balance', 'finance', balanceDueAt!, actor.id) : null;
        return { updated, handoff };
      });
      await notifyHandoffs(order, [result.handoff]);
      if (order.ownerId && order.ownerId !== actor.id) {
        const owner = await findMemberRef(db, order.ownerId);
        const locale = localeOf(owner);
        // one notice per status change (the change is conditional on the status before it, so it happens once)
        await notices.tell(`order-status:${order.id}:${order.status}:${status}:${at.getTime()}`, order.ownerId, {
          customerId: order.customerId,
          text: domainMessages(locale).orderStatus.changed({
            pi: order.piNumber, customer: order.customerName, status: STATUS_NAMES[locale][status], note, by: actor.displayName,
          }),
          buttons: [{ label: domainMessages(locale).orderStatus.tellBuyer, action: `${TELL_BUYER}${order.id}`, value: String(order.id) }],
        });
      }
      return { order: result.updated, from: order.status as OrderStatus, status, blNumber: blNumber ?? null, buyerMessage: buyerOrderUpdate(result.updated, null) };
    },

    /** The words for the buyer about an order's latest state; `inbox.reply` sends them on the buyer's chat. */
    async buyerUpdate(orderId: number): Promise<{ text: string; customerId: number }> {
      const order = await findOrder(db, { id: orderId });
      if (!order) throw new DomainError('ORDER_NOT_FOUND', { ref: String(orderId) });
      return { text: buyerOrderUpdate(order, null), customerId: order.customerId };
    },
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
