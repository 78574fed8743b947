import { parse as parseYaml } from 'yaml';
import type { Logger } from '../../logger';
import { recordAudit } from '../audit/audit.repository';
import { inTransaction, type DbClient, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { isLocale, type Locale } from '../i18n';
import { RISK_INTENTS } from '../intent/risk';
import type { OutboundFile } from '../channel-contract';
import type { MemberNotices } from '../notify/member-notices';
import type { Notifier } from '../outbound/notifier';
import { dec, toNumber } from '../rates/decimal';
import { readSetting, writeSetting } from '../settings/settings.repository';
import type { Actor } from '../team/actor';
import { countVersions, findQuoteById, setQuoteStatus, type QuoteRecord } from '../quotes/quote.repository';
import { sendToBuyerButton } from '../quotes/send-button';
import { approvalButtons, approvalRequestText, decisionText, type Decision } from './approval-messages';
import {
  APPROVAL_RULES_KEY,
  approvalRulesSchema,
  requiredApprovers,
  storedApprovalRulesSchema,
  type ApprovalRules,
  type Dimension,
} from './approval-rules';
import {
  approvalsForQuote,
  cancelPendingApprovals,
  decideApproval,
  findApproval,
  insertApprovals,
  type ApprovalRecord,
} from './approval.repository';
import { findMemberRef, type MemberRef } from '../team/member-ref.repository';
import { resolveApprover } from './approvers';
import { customerHistory } from './summary.repository';

const HISTORY_DAYS = 90;
/** Risk signals shown to approvers: the risk intents, plus repeated requests for revised quotes. */
const SIGNAL_INTENTS = [...RISK_INTENTS, 'quote_revision'];

export interface ApprovalServiceDeps {
  db: PrismaClient;
  notifier: Notifier;
  notices: MemberNotices;
  logger: Logger;
  /** the quote's PDF, sent to the rep with the final approval */
  renderQuoteFile: (quote: QuoteRecord, locale: Locale) => Promise<OutboundFile>;
  now?: () => Date;
}

const localeOf = (m: MemberRef | null): Locale => (m && isLocale(m.locale) ? m.locale : 'en');

export function createApprovalService(deps: ApprovalServiceDeps) {
  const { db, notifier, notices, logger } = deps;
  const now = deps.now ?? (() => new Date());

  const rules = (tx: DbClient = db): Promise<ApprovalRules> => readSetting(tx, APPROVAL_RULES_KEY, storedApprovalRulesSchema);

  /** Tells the approver whose turn it is (and whoever it was escalated to). */
  async function notifyCurrent(quoteId: number, escalatedFrom?: string): Promise<void> {
    const quote = await findQuoteById(db, quoteId);
    const approvals = await approvalsForQuote(db, quoteId);
    const current = approvals.find((a) => a.status === 'pending');
    if (!quote || !current || quote.status !== 'pending') return;
    const rep = await findMemberRef(db, quote.createdById);
    const since = new Date(now().getTime() - HISTORY_DAYS * 86_400_000);
    const history = await customerHistory(db, quote.customerId, since, SIGNAL_INTENTS);
    const versions = await countVersions(db, quote.number);
    const plan = requiredApprovers(await rules(), factsOf(quote));
    const because = plan.find((p) => p.role === current.approverRole)?.because ?? [];
    const targets = escalatedFrom && current.escalatedToId ? [current.escalatedToId] : [current.approverId];
    for (const memberId of targets) {
      if (!memberId) continue;
      const locale = localeOf(await findMemberRef(db, memberId));
      const text = approvalRequestText(
        { quote, repName: rep?.displayName ?? '?', step: current.step, steps: approvals.length, because: because as Dimension[], history, versions, escalatedFrom },
        locale,
      );
      if (!(await notifier.reachable(memberId))) logger.warn({ approvalId: current.id, memberId }, 'approver could not be reached now; the card waits in the outbox');
      // one card per approval step and approver (an escalation is a new card for the one it escalates to)
      const key = `approval:${current.id}:${escalatedFrom ? 'escalated:' : ''}${memberId}`;
      await notices.tell(key, memberId, { text, buttons: approvalButtons(current.id, locale), customerId: quote.customerId });
    }
  }

  /** Loads an approval the actor may decide now, or says exactly why not. Nothing is changed. */
  async function decidable(actor: Actor, approvalId: number) {
    const approval = await findApproval(db, approvalId);
    if (!approval) throw new DomainError('APPROVAL_NOT_FOUND', { id: approvalId });
    if (approval.approverId !== actor.id && approval.escalatedToId !== actor.id) throw new DomainError('APPROVAL_NOT_YOURS', { id: approvalId });
    const quote = await findQuoteById(db, approval.quoteId);
    if (!quote) throw new DomainError('APPROVAL_NOT_FOUND', { id: approvalId });
    if (approval.status !== 'pending' || quote.status !== 'pending') throw await alreadyDecided(approval, quote);
    const earlier = (await approvalsForQuote(db, quote.id)).filter((a) => a.step < approval.step && a.status !== 'approved');
    if (earlier.length) throw new DomainError('APPROVAL_NOT_YOUR_TURN', { quote: `${quote.number} v${quote.version}` });
    return { approval, quote };
  }

  async function alreadyDecided(approval: ApprovalRecord, quote: QuoteRecord) {
    const fresh = (await findApproval(db, approval.id)) ?? approval;
    const by = fresh.decidedById ? (await findMemberRef(db, fresh.decidedById))?.displayName : null;
    return new DomainError('APPROVAL_ALREADY_DECIDED', {
      quote: `${quote.number} v${quote.version}`,
      status: fresh.status === 'pending' ? quote.status : fresh.status,
      by,
      at: fresh.decidedAt?.toISOString() ?? null,
    });
  }

  return {
    rules: () => rules(),
    notifyCurrent,
    decidable,

    /** An admin replaces the rule set (YAML or JSON). A gap, an overlap or an unknown field refuses it whole. */
    async setRules(actor: Actor, via: string, text: string): Promise<ApprovalRules> {
      if (actor.role !== 'admin') throw new DomainError('FORBIDDEN');
      let raw: unknown;
      try {
        raw = parseYaml(text);
      } catch (error) {
        throw new DomainError('INVALID_APPROVAL_RULES', { problems: [(error as Error).message.split('\n')[0]] });
      }
      const parsed = approvalRulesSchema.safeParse(raw);
      if (!parsed.success) {
        throw new DomainError('INVALID_APPROVAL_RULES', { problems: parsed.error.issues.map((i) => (i.code === 'custom' ? i.message : `${i.path.join('.')}: ${i.message}`)) });
      }
      return inTransaction(db, async (tx) => {
        const saved = await writeSetting(tx, APPROVAL_RULES_KEY, approvalRulesSchema, parsed.data);
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'setting', entityId: APPROVAL_RULES_KEY, details: saved });
        return saved;
      });
    },

    /**
     * Inside the quote's transaction: the steps this version needs, each with its approver, and the quote's status
     * (approved at once when no step is needed). Notifying happens after commit (notifyCurrent).
     */
    async plan(tx: DbClient, quote: QuoteRecord, at: Date): Promise<{ auto: boolean; approvals: ApprovalRecord[] }> {
      const rep = await findMemberRef(tx, quote.createdById);
      if (!rep) throw new DomainError('MEMBER_NOT_FOUND', { name: String(quote.createdById) });
      const steps: { step: number; approverRole: string; approverId: number }[] = [];
      for (const { role } of requiredApprovers(await rules(tx), factsOf(quote))) {
        const approver = await resolveApprover(tx, role, rep);
        // covered by the rep's own authority, or the same person already approves an earlier step
        if (!approver || steps.some((s) => s.approverId === approver.id)) continue;
        steps.push({ step: steps.length + 1, approverRole: role, approverId: approver.id });
      }
      const auto = steps.length === 0;
      await setQuoteStatus(tx, quote.id, ['draft'], auto ? 'approved' : 'pending');
      if (auto) {
        await recordAudit(tx, {
          actorId: null, via: 'rules', action: 'approve', entityType: 'quote', entityId: quote.id, customerId: quote.customerId,
          details: { number: quote.number, version: quote.version, auto: true },
        });
      }
      return { auto, approvals: steps.length ? await insertApprovals(tx, quote.id, steps, at) : [] };
    },

    /**
     * Approve, reject or ask for a change. Applied only while the approval is pending and the actor is its approver;
     * every decision is audited with who, when, the channel and the quote version. The rep hears of it in their channel.
     */
    async decide(actor: Actor, via: string, approvalId: number, decision: Decision, comment?: string) {
      const text = comment?.trim() || null;
      if (decision !== 'approved' && !text) throw new DomainError('COMMENT_REQUIRED');
      const { approval, quote } = await decidable(actor, approvalId);
      const at = now();
      const outcome = await inTransaction(db, async (tx) => {
        const applied = await decideApproval(tx, { id: approval.id, step: approval.step, actorId: actor.id, status: decision, comment: text, via, at });
        if (!applied) return null;
        const rest = (await approvalsForQuote(tx, quote.id)).filter((a) => a.status === 'pending');
        const final = decision !== 'approved' || rest.length === 0;
        if (decision !== 'approved') await cancelPendingApprovals(tx, quote.id);
        if (final && !(await setQuoteStatus(tx, quote.id, ['pending'], decision))) throw new DomainError('CONFLICT', { entity: 'quote', id: quote.id });
        await recordAudit(tx, {
          actorId: actor.id, via, action: decision === 'approved' ? 'approve' : decision === 'rejected' ? 'reject' : 'request_change',
          entityType: 'quote', entityId: quote.id, customerId: quote.customerId,
          details: { number: quote.number, version: quote.version, approvalId: approval.id, step: approval.step, role: approval.approverRole, comment: text, escalated: approval.escalatedToId === actor.id, at: at.toISOString() },
        });
        return { final, next: rest[0] ?? null };
      });
      if (!outcome) throw await alreadyDecided(approval, quote);
      const rep = await findMemberRef(db, quote.createdById);
      const repLocale = localeOf(rep);
      const nextApprover = outcome.next?.approverId ? (await findMemberRef(db, outcome.next.approverId))?.displayName : undefined;
      const fresh = (await findQuoteById(db, quote.id)) ?? quote;
      const approvedNow = decision === 'approved' && outcome.final;
      const files = approvedNow ? [await deps.renderQuoteFile(fresh, repLocale)] : undefined;
      await notices.tell(`approval-decided:${approval.id}`, quote.createdById, {
        customerId: quote.customerId,
        text: decisionText({ quote: fresh, decision, by: actor.displayName, comment: text, final: outcome.final, nextApprover }, repLocale),
        files,
        // the approved PDF can go to the buyer from here with one press
        buttons: approvedNow ? [sendToBuyerButton(fresh.id, repLocale)] : undefined,
      });
      if (!outcome.final) await notifyCurrent(quote.id);
      return { quote: fresh, decision, final: outcome.final, nextApprover: nextApprover ?? null };
    },
  };
}

/** The numbers approval rules look at. */
export function factsOf(quote: QuoteRecord) {
  return {
    amountBase: toNumber(dec(quote.totalBase)),
    discountPct: quote.discountPct ? toNumber(dec(quote.discountPct)) : 0,
    marginPct: quote.marginPct === null ? null : toNumber(dec(quote.marginPct)),
    paymentDays: quote.paymentDays ?? 0,
  };
}

export type ApprovalService = ReturnType<typeof createApprovalService>;
