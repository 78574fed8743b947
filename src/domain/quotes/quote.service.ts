import { recordAudit } from '../audit/audit.repository';
import type { CustomerService } from '../customers/customer.service';
import { inTransaction, type DbClient, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { findMemberRef } from '../team/member-ref.repository';
import { advanceOpportunity, type PipelineService } from '../pipeline/pipeline.service';
import { compare, dec, div, mul, round, sub, sum, toFixed, toPlain, type Dec } from '../rates/decimal';
import { toCurrencyCode, type RateService } from '../rates/rate.service';
import type { Actor } from '../team/actor';
import { toIncoterm } from './incoterms';
import {
  findQuoteById,
  insertQuote,
  lastQuoteNumber,
  latestVersion,
  lockNumbering,
  supersedeEarlierVersions,
  type QuoteRecord,
} from './quote.repository';
import { amountText, parsePaymentTerms, percentText, type QuoteInput } from './quote-terms';
import { checkField } from '../documents/document-fields';
import type { QuoteShipping } from './quote-details';

const MAX_LINES = 50;
const DEFAULT_VALID_DAYS = 30;
export const QUOTE_NUMBER = /^Q-\d{4}-\d{4,}$/i;

/** Exact totals of a quote: line amounts, discount, total in its currency, and in base currency at the frozen rate. */
export function computeTotals(input: Pick<QuoteInput, 'lines' | 'discountPct' | 'marginPct'>, rate: Dec) {
  const amounts = input.lines.map((l) => mul(dec(l.quantity), dec(l.unitPrice)));
  const subtotal = sum(amounts);
  const discount = input.discountPct ? dec(input.discountPct) : dec('0');
  const total = round(div(mul(subtotal, sub(dec('100'), discount)), dec('100'), 4), 2);
  const totalBase = round(mul(total, rate), 2);
  let marginPct: string | null = input.marginPct ?? null;
  if (input.lines.every((l) => l.unitCost !== undefined) && compare(total, dec('0')) > 0) {
    const cost = sum(input.lines.map((l) => mul(dec(l.quantity), dec(l.unitCost!))));
    marginPct = toFixed(div(mul(sub(total, cost), dec('100')), total, 2), 2);
  }
  return { subtotal, total, totalBase, marginPct };
}

/** Cleans and checks what the rep typed (the one-line parser and the guided flow both end here). */
function validate(input: QuoteInput): QuoteInput {
  if (!input.lines.length) throw new DomainError('BAD_ARGUMENTS', { missing: 'lines' });
  if (input.lines.length > MAX_LINES) throw new DomainError('BAD_ARGUMENTS', { value: `${input.lines.length} lines (max ${MAX_LINES})` });
  const lines = input.lines.map((l) => {
    const product = l.product.trim();
    if (!product || product.length > 200) throw new DomainError('BAD_ARGUMENTS', { value: product.slice(0, 40) });
    return {
      product,
      spec: l.spec === undefined ? undefined : checkField('spec', l.spec),
      hsCode: l.hsCode === undefined ? undefined : checkField('hsCode', l.hsCode),
      unit: l.unit?.trim().slice(0, 20) || undefined,
      quantity: amountText(l.quantity, 'quantity'),
      unitPrice: amountText(l.unitPrice, 'price'),
      unitCost: l.unitCost === undefined ? undefined : amountText(l.unitCost, 'cost', true),
    };
  });
  const discountPct = input.discountPct ? percentText(input.discountPct, 'discount') : undefined;
  if (discountPct && compare(dec(discountPct), dec('100')) >= 0) throw new DomainError('INVALID_AMOUNT', { field: 'discount', value: discountPct });
  if (input.marginPct !== undefined && !/^-?\d{1,3}(\.\d{1,2})?$/.test(input.marginPct.trim())) throw new DomainError('INVALID_AMOUNT', { field: 'margin', value: input.marginPct });
  if ((input.notes?.length ?? 0) > 2000) throw new DomainError('TEXT_TOO_LONG', { max: 2000, length: input.notes!.length });
  // the guided flow and other callers reach here without the one-line parser: the same checks, once more
  const shipping: QuoteShipping = {};
  for (const key of ['portOfLoading', 'portOfDestination', 'leadTime', 'packing'] as const) {
    if (input[key] !== undefined) shipping[key] = checkField(key, input[key]!);
  }
  return {
    ...input,
    ...shipping,
    lines,
    discountPct,
    currency: toCurrencyCode(input.currency),
    incoterm: toIncoterm(input.incoterm),
    port: input.port?.trim().slice(0, 100) || undefined,
  };
}

/**
 * What a new quote version asks of approvals (domain/approvals implements it): a plan made in the quote's transaction,
 * then, after commit, the first approver told. Quotes never import approvals, which read quotes.
 */
export interface QuoteApprovals {
  plan(tx: DbClient, quote: QuoteRecord, at: Date): Promise<{ auto: boolean; approvals: { approverRole: string; approverId: number | null }[] }>;
  notifyCurrent(quoteId: number): Promise<void>;
}

export function createQuoteService(deps: {
  db: PrismaClient;
  customers: CustomerService;
  rates: RateService;
  approvals: QuoteApprovals;
  pipeline: PipelineService;
  baseCurrency: string;
  now?: () => Date;
}) {
  const { db, customers, rates, approvals, pipeline, baseCurrency } = deps;
  const now = deps.now ?? (() => new Date());

  /** The customer a quote is for: by name/id, or by an earlier quote's number (a revision). Reps quote only their own. */
  async function target(actor: Actor, ref: string) {
    let previous: QuoteRecord | null = null;
    let customerRef = ref;
    if (QUOTE_NUMBER.test(ref.trim())) {
      previous = await latestVersion(db, ref.trim().toUpperCase());
      if (!previous) throw new DomainError('QUOTE_NOT_FOUND', { ref });
      customerRef = `#${previous.customerId}`;
    }
    const customer = await customers.resolveVisible(actor, customerRef).catch((error: unknown) => {
      // a quote number the actor may not see is "not found", like the customer behind it
      if (previous && error instanceof DomainError && error.code === 'CUSTOMER_NOT_FOUND') throw new DomainError('QUOTE_NOT_FOUND', { ref });
      throw error;
    });
    const owns = customer.ownerId === actor.id || (actor.role !== 'rep' && customer.ownerId !== null);
    if (!owns) throw new DomainError('CUSTOMER_NOT_OWNED', { id: customer.id, name: customer.name, owner: customer.owner?.displayName ?? null });
    return { customer, previous };
  }

  return {
    /** Checks up front that the actor may quote for this customer (the guided flow asks before six questions, not after). */
    async checkTarget(actor: Actor, ref: string) {
      const { customer, previous } = await target(actor, ref);
      return { id: customer.id, name: customer.name, revising: previous ? previous.number : null };
    },

    /**
     * A new quote (a new number), or the next version of the quote number given. The rate is
     * looked up and frozen; the opportunity moves to quoted; approval starts for this version only.
     */
    async create(actor: Actor, via: string, ref: string, raw: QuoteInput) {
      const input = validate(raw);
      const { customer, previous } = await target(actor, ref);
      const rate = await rates.rate(input.currency, baseCurrency);
      const totals = computeTotals(input, rate);
      const payment = input.paymentTerms ? parsePaymentTerms(input.paymentTerms) : null;
      const at = now();
      const validDays = input.validDays ?? DEFAULT_VALID_DAYS;

      const result = await inTransaction(db, async (tx) => {
        let number: string;
        let version = 1;
        // a new quote is a new number; only a quote number given by the rep (`/quote Q-2026-0001: …`) is revised
        const base = previous;
        if (base) {
          await lockNumbering(tx, `quote:${base.number}`);
          number = base.number;
          version = ((await latestVersion(tx, base.number))?.version ?? 0) + 1;
        } else {
          const prefix = `Q-${at.getUTCFullYear()}-`;
          await lockNumbering(tx, `quote:${prefix}`);
          const last = await lastQuoteNumber(tx, prefix);
          number = `${prefix}${String((last ? Number(last.slice(prefix.length)) : 0) + 1).padStart(4, '0')}`;
        }
        const stage = await advanceOpportunity(tx, {
          customerId: customer.id, ownerId: customer.ownerId, to: 'quoted', cause: 'quote', byMemberId: actor.id, at,
          amount: toFixed(totals.total, 2), currency: input.currency,
        });
        const quote = await insertQuote(tx, {
          number, version, customerId: customer.id, opportunityId: base?.opportunityId ?? stage.opportunity.id, createdById: actor.id,
          currency: input.currency, incoterm: input.incoterm, port: input.port ?? null,
          portOfLoading: input.portOfLoading ?? null, portOfDestination: input.portOfDestination ?? null,
          leadTime: input.leadTime ?? null, packing: input.packing ?? null,
          paymentTerms: payment?.text ?? null, paymentDays: payment?.paymentDays ?? null,
          validUntil: new Date(at.getTime() + validDays * 86_400_000), notes: input.notes?.trim() || null,
          discountPct: input.discountPct ?? null, marginPct: totals.marginPct,
          total: toFixed(totals.total, 2), baseCurrency, rate: toPlain(rate), totalBase: toFixed(totals.totalBase, 2), status: 'draft',
          lines: input.lines.map((l) => ({
            product: l.product, spec: l.spec ?? null, hsCode: l.hsCode ?? null,
            quantity: l.quantity, unit: l.unit ?? null, unitPrice: l.unitPrice, unitCost: l.unitCost ?? null,
          })),
        });
        if (version > 1) await supersedeEarlierVersions(tx, number, version);
        const plan = await approvals.plan(tx, quote, at);
        await recordAudit(tx, {
          actorId: actor.id, via, action: 'create', entityType: 'quote', entityId: quote.id, customerId: customer.id,
          details: { number, version, total: quote.total, currency: quote.currency, rate: quote.rate, totalBase: quote.totalBase },
        });
        return { quote, plan, move: stage.move };
      });
      await pipeline.announce(result.move);
      if (!result.plan.auto) await approvals.notifyCurrent(result.quote.id);
      const quote = (await findQuoteById(db, result.quote.id)) ?? result.quote;
      const approvers = [];
      for (const a of result.plan.approvals) approvers.push({ role: a.approverRole, name: (a.approverId && (await findMemberRef(db, a.approverId))?.displayName) || '?' });
      return { quote, auto: result.plan.auto, approvers };
    },

    async byId(id: number) {
      return findQuoteById(db, id);
    },
  };
}

/** Used by orders: deposit and balance of a total, from the quote's payment terms. */
export function splitPayment(total: string, depositPct: number): { deposit: string; balance: string } {
  const deposit = round(div(mul(dec(total), dec(String(depositPct))), dec('100'), 4), 2);
  return { deposit: toFixed(deposit, 2), balance: toFixed(sub(dec(total), deposit), 2) };
}

export type QuoteService = ReturnType<typeof createQuoteService>;
