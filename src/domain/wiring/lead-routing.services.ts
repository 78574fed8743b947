import type { Logger } from '../../logger';
import type { PrismaClient } from '../db/client';
import type { DomainEvents, EventBus } from '../events';
import type { MemberNotices } from '../notify/member-notices';
import type { Notifier } from '../outbound/notifier';
import type { OutboxService } from '../outbox/outbox.service';
import { createPoolService } from '../pool/pool.service';
import { createSlaService } from '../sla/sla.service';
import { createAssignmentService } from '../assignment/assignment.service';
import { createLeadQueue } from '../assignment/lead-queue';
import { createRulesService } from '../assignment/rules.service';
import { createRoutingCache } from '../assignment/routing-cache';
import { createWeightsService } from '../assignment/weights.service';
import { ensureDefaultRouteToFirstAdmin } from '../assignment/default-route';
import type { FirstAnswer } from '../first-answer/first-answer.service';
import type { AssignLeadRequest } from '../assignment/lead-queue';

/**
 * Lead routing as services: assignment (rules, weighted round robin), rules and weights admin, the public pool, the SLA,
 * and the lead queue. `routeOnBuyerMessage` (registered in domain/reactions.ts) queues new buyers' first messages, and
 * later ones of a lead still awaiting its owner.
 */
export function createLeadRoutingServices(deps: {
  db: PrismaClient;
  events: EventBus;
  notifier: Notifier;
  /** SLA and pool notices leave through the outbox with a key each */
  notices: MemberNotices;
  logger: Logger;
  defaultTimezone: string;
  outbox?: () => OutboxService;
  /** the first answer to a buyer who opens a conversation (after routing: it names who answers) */
  firstAnswer?: FirstAnswer;
  /** the app's business clock (routing decisions and their notices are dated on it) */
  now?: () => Date;
}) {
  const { db, events, notifier, notices, logger } = deps;
  const cache = createRoutingCache(db);
  const assignment = createAssignmentService({ db, events, notifier, logger, cache, outbox: deps.outbox, now: deps.now });
  /** Routes a lead, then answers the buyer whose message made it (the answer names the owner routing chose). */
  async function routeLead(request: AssignLeadRequest, now: Date = (deps.now ?? (() => new Date()))()) {
    const outcome = await assignment.assignLead(request.customerId, request.context, now);
    if (request.context.communicationId && deps.firstAnswer) await deps.firstAnswer.plan(request.context.communicationId);
    return outcome;
  }
  const leadQueue = createLeadQueue(async (request) => void (await routeLead(request)));
  /** A new lead's first message (or a later one of a lead still awaiting its owner) asks routing for an owner. */
  async function routeOnBuyerMessage(message: DomainEvents['buyer.message']) {
    // a buyer with an owner (or in the pool) is answered at once; a new lead after its routing (routeLead)
    if (!message.newLead && !message.awaitingOwner) {
      await deps.firstAnswer?.plan(message.communicationId);
      return;
    }
    // routing keeps an owner it finds, and the queue holds one assignment per customer: asking twice is harmless
    await leadQueue.enqueue({
      customerId: message.customerId,
      context: { via: message.channel, source: message.channel, text: message.text.slice(0, 4000), communicationId: message.communicationId },
    });
  }
  return {
    assignment,
    leadQueue,
    routeLead,
    routeOnBuyerMessage,
    assignmentRules: createRulesService({ db, onChange: cache.invalidate }),
    weights: createWeightsService({ db }),
    /** the first run's default rule (to the first admin), once; see default-route */
    async ensureDefaultRoute(via = 'cli') {
      const outcome = await ensureDefaultRouteToFirstAdmin(db, via);
      if (outcome.status === 'created') cache.invalidate();
      return outcome;
    },
    pool: createPoolService({ db, events, notices, logger }),
    sla: createSlaService({ db, notices, logger, defaultTimezone: deps.defaultTimezone }),
  };
}
