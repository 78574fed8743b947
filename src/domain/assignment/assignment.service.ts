import type { Logger } from '../../logger';
import { formatCustomerCard } from '../cards/customer-card.format';
import { getCustomerCards } from '../customers/customer.repository';
import type { DbClient, PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import { domainMessages, isLocale, type Locale } from '../i18n';
import type { OutboxService } from '../outbox/outbox.service';
import type { Notifier } from '../outbound/notifier';
import type { Actor } from '../team/actor';
import { listRules } from './assignment-rule.repository';
import { createRoutingCache, type RoutingCache } from './routing-cache';
import { findTeamById } from './team-routing.repository';
import { poolWatchers } from '../pool/pool-watchers';
import { unroutedNotice } from '../pool/pool-notices';
import { formatReason, type AssignmentReason } from './assignment-reason';
import {
  ASSIGNED_NOTICE_KEY, loadLead, loadLeads, lockTeam, parkInPool, routingMember, teamRoutingMembers, untoldAssignment, writeAssignment,
  type LeadRow,
} from './assignment.repository';
import { createMicroBatcher } from '../micro-batcher';
import { createTeamRoundRobin } from './team-round-robin';
import { unavailability } from './availability';
import type { AssignContext } from './lead-queue';
import { firstMatchingRule, type LeadFacts, type RoutingRule } from './rule-match';
import { interleavedCycle, pickNext } from './weighted-round-robin';

export type AssignOutcome =
  | { status: 'assigned'; customerId: number; memberId: number; assignmentId: number; reason: AssignmentReason; fallback: boolean }
  | { status: 'kept'; customerId: number; memberId: number | null }
  | { status: 'pooled'; customerId: number; why: 'no_rule' | 'team_unavailable'; detail: string }
  | { status: 'skipped'; customerId: number };

type Decision = { memberId: number; reason: AssignmentReason; team?: { id: number; nextCursor: number }; fallback: boolean; locale: string };

/** an assignment's notice missing after this long is missing for good (a live process writes it within moments) */
const UNTOLD_AFTER_MS = 5_000;
/** and older assignments are history: their owners long knew (or the notice predates the outbox) */
const UNTOLD_WINDOW_MS = 60 * 60_000;
/** `at`: when the decision was made on the app's clock (the outbox row is due then, not on this host's clock) */
type Notice = { memberId: number; locale: string; customerId: number; reason: AssignmentReason; assignmentId: number; at: Date };

/** Thrown inside the routing transaction when nobody (not even the manager) can take the lead. */
class NobodyAvailable extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export function createAssignmentService(deps: {
  db: PrismaClient;
  events: EventBus;
  notifier: Notifier;
  logger: Logger;
  cache?: RoutingCache;
  /** the new owner's notice leaves through it (one row per assignment: durable, retried, never twice) */
  outbox?: () => OutboxService;
  /** the app's business clock: the default "now" of a decision, and so of its notices (tests move it) */
  now?: () => Date;
}) {
  const { db, events, notifier, logger } = deps;
  const clock = deps.now ?? (() => new Date());
  const cache = deps.cache ?? createRoutingCache(db, 0);
  const teamRoundRobin = createTeamRoundRobin(db);
  // a burst of queued leads: the jobs running at the same moment share one read of their leads (see micro-batcher)
  const leads = createMicroBatcher<number, LeadRow | null>({
    maxSize: 200,
    async run(ids) {
      const byId = new Map((await loadLeads(db, [...new Set(ids)])).map((l) => [l.id, l]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  });
  // and their reps' notices go out together: one read of the cards and of each rep's chat accounts per batch
  const notices = createMicroBatcher<Notice, string | null | Error>({
    maxSize: 200,
    async run(list) {
      const cards = await getCustomerCards(db, [...new Set(list.map((n) => n.customerId))]);
      const texts = list.map((n) => {
        const lang: Locale = isLocale(n.locale) ? n.locale : 'en';
        const card = cards.get(n.customerId);
        const head = domainMessages(lang).leads.assignedToYou({ reason: formatReason(n.reason, lang) });
        return card ? `${head}\n${formatCustomerCard(card, lang)}` : head;
      });
      const outbox = deps.outbox?.();
      if (!outbox) return notifier.notifyMembers(list.map((n, i) => ({ memberId: n.memberId, notification: { text: texts[i] } })));
      return Promise.all(list.map((n, i) =>
        outbox
          .notifyLater(`${ASSIGNED_NOTICE_KEY}${n.assignmentId}`, n.memberId, { text: texts[i], customerId: n.customerId, kind: 'notice' }, n.at)
          .then((outcome) => outcome as string, (error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
      ));
    },
  });

  async function decideForMember(tx: DbClient, rule: RoutingRule, now: Date): Promise<Decision> {
    const member = await routingMember(tx, rule.targetId);
    if (!member || member.status === 'left') throw new NobodyAvailable(`rule ${rule.name}: its member no longer works here`);
    const why = unavailability(member, now);
    if (!why) return { memberId: member.id, reason: { kind: 'direct', rule: rule.name }, fallback: false, locale: member.locale };
    const manager = member.managerId ? await routingMember(tx, member.managerId) : null;
    if (!manager || unavailability({ ...manager, maxOpenLeads: null }, now)) {
      throw new NobodyAvailable(`rule ${rule.name}: ${member.name} is ${why} and has no available manager`);
    }
    return { memberId: manager.id, reason: { kind: 'member_fallback', rule: rule.name, member: member.name, why }, fallback: true, locale: manager.locale };
  }

  async function notifyAssigned(notice: Notice) {
    const sent = await notices.add(notice);
    if (sent instanceof Error) throw sent;
  }

  /**
   * A lead nobody could take waits in the pool, and the pool's watchers hear about it in chat through the outbox
   * (never silently "not assigned"): the managers of the buyer's region, else the linked leadership (see poolWatchers).
   */
  async function toPool(lead: LeadRow, why: 'no_rule' | 'team_unavailable', detail: string, now: Date): Promise<AssignOutcome> {
    const parked = await parkInPool(db, lead.id, detail, now);
    if (parked) {
      await events.emit('customer.released', { customerId: lead.id, previousOwnerId: null, reason: detail });
      const outbox = deps.outbox?.();
      for (const watcher of await poolWatchers(db, lead.country)) {
        const notice = unroutedNotice(lead, why, detail, watcher.locale);
        if (outbox) await outbox.notifyLater(`pooled:${lead.id}:${now.getTime()}:${watcher.id}`, watcher.id, { text: notice.text, customerId: lead.id, kind: 'notice' }, now);
        else await notifier.notifyMember(watcher.id, notice);
      }
    }
    logger.info({ customerId: lead.id, why, detail }, 'lead parked in the public pool; its watchers were told');
    return { status: 'pooled', customerId: lead.id, why, detail };
  }

  async function keptBySomeoneElse(lead: LeadRow): Promise<AssignOutcome> {
    const current = await loadLead(db, lead.id);
    return { status: 'kept', customerId: lead.id, memberId: current?.ownerId ?? null };
  }

  /**
   * A job run again after its process died between the assignment's commit and the owner's notice finds the lead
   * owned: the notice is written now, under the same key (so never twice), with the reason as stored. Only for an
   * assignment at least a few seconds old: a live process writes its own notice within moments of the commit.
   */
  async function tellOwnerIfUntold(customerId: number, ownerId: number, now: Date): Promise<void> {
    if (!deps.outbox?.()) return;
    const untold = await untoldAssignment(db, customerId, ownerId, new Date(now.getTime() - UNTOLD_WINDOW_MS), new Date(now.getTime() - UNTOLD_AFTER_MS));
    if (!untold) return;
    const owner = await routingMember(db, ownerId);
    logger.warn({ customerId, assignmentId: untold.id }, 'assignment found without its owner notice; telling the owner now');
    await notifyAssigned({ memberId: ownerId, locale: owner?.locale ?? 'en', customerId, reason: { kind: 'recorded', text: untold.reason }, assignmentId: untold.id, at: now });
  }

  /** After the commit: tell the rep, then the rest of the domain. A null id means someone was faster; their owner stays. */
  async function finish(lead: LeadRow, decision: Decision, assignmentId: number | null, now: Date): Promise<AssignOutcome> {
    if (assignmentId === null) return keptBySomeoneElse(lead);
    await notifyAssigned({ memberId: decision.memberId, locale: decision.locale, customerId: lead.id, reason: decision.reason, assignmentId, at: now }).catch((err) =>
      logger.error({ err, customerId: lead.id, memberId: decision.memberId }, 'assignment notice failed'),
    );
    await events.emit('customer.assigned', { customerId: lead.id, memberId: decision.memberId, reason: formatReason(decision.reason, 'en') });
    return { status: 'assigned', customerId: lead.id, memberId: decision.memberId, assignmentId, reason: decision.reason, fallback: decision.fallback };
  }

  /** Round robin in the team's next batch (see team-round-robin); the team's manager when nobody can take it. */
  async function assignInTeam(lead: LeadRow, rule: RoutingRule, context: AssignContext, now: Date, expectedOwnerId: number | null): Promise<AssignOutcome> {
    const result = await teamRoundRobin.assign({
      teamId: rule.targetId, ruleId: rule.id, ruleName: rule.name, customerId: lead.id, expectedOwnerId, at: now, actorId: context.actorId ?? null, via: context.via,
    });
    if (result.kind === 'assigned') {
      return finish(lead, { memberId: result.memberId, reason: result.reason, fallback: false, locale: result.locale }, result.assignmentId, now);
    }
    if (result.kind === 'taken') return keptBySomeoneElse(lead);
    const team = result.teamExists ? await findTeamById(db, rule.targetId) : null;
    const manager = team?.managerId ? await routingMember(db, team.managerId) : null;
    const managerWhy = manager && unavailability({ ...manager, maxOpenLeads: null }, now);
    if (!team || !manager || managerWhy) {
      const detail = team ? `team ${team.name}: nobody available${manager ? `, manager ${manager.name} ${managerWhy}` : ', no manager'}` : `rule ${rule.name}: its team no longer exists`;
      return toPool(lead, 'team_unavailable', detail, now);
    }
    const decision: Decision = {
      memberId: manager.id, reason: { kind: 'manager_fallback', rule: rule.name, team: team.name, skipped: result.unavailable }, fallback: true, locale: manager.locale,
    };
    const id = await writeAssignment(db, {
      customerId: lead.id, memberId: manager.id, ruleId: rule.id, reason: formatReason(decision.reason, 'en'), expectedOwnerId, actorId: context.actorId ?? null, via: context.via, at: now,
    });
    return finish(lead, decision, id, now);
  }

  /** Routes with the rules: a team rule by round robin, a member rule to that member (or their manager). */
  async function route(lead: LeadRow, context: AssignContext, now: Date, expectedOwnerId: number | null): Promise<AssignOutcome> {
    const facts: LeadFacts = { country: lead.country, productLines: lead.productLines, text: context.text, source: context.source ?? lead.source, grade: lead.grade };
    const rule = firstMatchingRule(await cache.rules(), facts);
    if (!rule) return toPool(lead, 'no_rule', 'no rule matched, and no default rule', now);
    if (rule.targetType === 'team') return assignInTeam(lead, rule, context, now, expectedOwnerId);
    let written: { decision: Decision; id: number | null };
    try {
      written = await db.$transaction(
        async (tx) => {
          const decision = await decideForMember(tx, rule, now);
          const id = await writeAssignment(tx, {
            customerId: lead.id, memberId: decision.memberId, ruleId: rule.id, reason: formatReason(decision.reason, 'en'), expectedOwnerId,
            actorId: context.actorId ?? null, via: context.via, at: now,
          });
          return { decision, id };
        },
        { maxWait: 10_000, timeout: 15_000 },
      );
    } catch (error) {
      if (error instanceof NobodyAvailable) return toPool(lead, 'team_unavailable', error.detail, now);
      throw error;
    }
    return finish(lead, written.decision, written.id, now);
  }

  return {
    /**
     * Gives an unowned lead its owner: the owner it already has (sticky), its group's owner, else the first matching
     * rule (round robin inside a team). Safe to call twice or from several processes: a lead never gets two owners.
     */
    async assignLead(customerId: number, context: AssignContext, now: Date = clock()): Promise<AssignOutcome> {
      const lead = await leads.add(customerId);
      if (!lead || lead.mergedIntoId !== null) return { status: 'skipped', customerId };
      if (lead.ownerId !== null && lead.ownerStatus !== 'left') {
        await tellOwnerIfUntold(lead.id, lead.ownerId, now);
        return { status: 'kept', customerId, memberId: lead.ownerId };
      }
      if (lead.groupOwnerId !== null && lead.groupOwnerId !== lead.ownerId) {
        const owner = await routingMember(db, lead.groupOwnerId);
        if (owner && owner.status !== 'left') {
          const decision: Decision = { memberId: owner.id, reason: { kind: 'group_owner', group: lead.groupName ?? `#${lead.groupId}` }, fallback: false, locale: owner.locale };
          const id = await writeAssignment(db, {
            customerId, memberId: decision.memberId, ruleId: null, reason: formatReason(decision.reason, 'en'), expectedOwnerId: lead.ownerId,
            actorId: context.actorId ?? null, via: context.via, at: now,
          });
          return finish(lead, decision, id, now);
        }
      }
      return route(lead, context, now, lead.ownerId);
    },

    /** A manager's one-tap reassignment (SLA escalation): routes again, away from the current owner. */
    async reassign(actor: Actor, via: string, customerId: number, why: string, now: Date = clock()): Promise<AssignOutcome> {
      if (actor.role === 'rep') throw new DomainError('FORBIDDEN');
      const lead = await loadLead(db, customerId);
      if (!lead || lead.mergedIntoId !== null) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${customerId}` });
      const from = lead.ownerId;
      const outcome = await db.$transaction(async (tx) => {
        // the current owner sits this one out: mark them unavailable for this decision only
        const facts: LeadFacts = { country: lead.country, productLines: lead.productLines, source: lead.source, grade: lead.grade };
        const rule = firstMatchingRule(await listRules(tx), facts);
        if (!rule) throw new DomainError('NO_RULE_MATCHED', { customer: lead.name });
        if (rule.targetType === 'member') {
          // a rule to one person (the first run's default to the first admin): them, unless they are the one being moved away from
          const member = await routingMember(tx, rule.targetId);
          if (!member || member.id === from || unavailability({ ...member, maxOpenLeads: null }, now)) throw new DomainError('TEAM_UNAVAILABLE', { team: rule.name });
          const decision: Decision = { memberId: member.id, reason: { kind: 'reassigned', by: actor.name, from: null, why }, fallback: false, locale: member.locale };
          const id = await writeAssignment(tx, {
            customerId, memberId: member.id, ruleId: rule.id, reason: formatReason(decision.reason, 'en'), expectedOwnerId: from, actorId: actor.id, via, at: now,
          });
          if (id === null) throw new DomainError('ALREADY_CLAIMED', { customer: lead.name, owner: null });
          return { decision, id };
        }
        const team = await lockTeam(tx, rule.targetId);
        const members = team ? await teamRoutingMembers(tx, team.id) : [];
        const byId = new Map(members.map((m) => [m.id, m]));
        const pick = team && pickNext(interleavedCycle(members), team.rrCursor, (id) => id !== from && unavailability(byId.get(id)!, now) === null);
        if (!team || !pick) throw new DomainError('TEAM_UNAVAILABLE', { team: team?.name ?? rule.name });
        const fromName = members.find((m) => m.id === from)?.name ?? null;
        const decision: Decision = {
          memberId: pick.memberId, reason: { kind: 'reassigned', by: actor.name, from: fromName, why }, team: { id: team.id, nextCursor: pick.nextCursor },
          fallback: false, locale: byId.get(pick.memberId)!.locale,
        };
        const id = await writeAssignment(tx, {
          customerId, memberId: decision.memberId, ruleId: rule.id, reason: formatReason(decision.reason, 'en'), expectedOwnerId: from,
          team: decision.team, actorId: actor.id, via, at: now,
        });
        if (id === null) throw new DomainError('ALREADY_CLAIMED', { customer: lead.name, owner: null });
        return { decision, id };
      }, { maxWait: 10_000, timeout: 15_000 });
      await notifyAssigned({ memberId: outcome.decision.memberId, locale: outcome.decision.locale, customerId, reason: outcome.decision.reason, assignmentId: outcome.id, at: now }).catch((err) => logger.error({ err }, 'reassign notice failed'));
      if (from) {
        const text = `↪️ #${customerId} ${lead.name}: ${formatReason(outcome.decision.reason, 'en')} / ${formatReason(outcome.decision.reason, 'zh')}`;
        const outbox = deps.outbox?.();
        // the previous owner hears once, through the outbox's retries when their chat is down
        if (outbox) await outbox.notifyLater(`reassigned-from:${outcome.id}`, from, { text, customerId, kind: 'notice' }, now).catch((err) => logger.error({ err }, 'reassign notice to the previous owner failed'));
        else await notifier.notifyMember(from, { text }).catch(() => null);
      }
      await events.emit('customer.assigned', { customerId, memberId: outcome.decision.memberId, reason: formatReason(outcome.decision.reason, 'en') });
      return { status: 'assigned', customerId, memberId: outcome.decision.memberId, assignmentId: outcome.id, reason: outcome.decision.reason, fallback: false };
    },

    /** Which rule a lead with these facts would meet (for `/rule test`); no change is made. */
    async explain(facts: LeadFacts) {
      const rules = await listRules(db);
      return { rule: firstMatchingRule(rules, facts), rules };
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
