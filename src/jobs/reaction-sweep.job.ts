import { z } from 'zod';
import { DURABLE_OUTAGE_MS } from '../domain/retry-backoff';
import { assignLeadJob, assignLeadJobData, assignLeadJobOptions } from './assign-lead.job';
import { buyerMessageJob, buyerMessageJobData, buyerMessageJobOptions } from './buyer-message.job';
import { defineJob } from './job';

/** Older than the durable jobs' retry span (15 min) plus a margin: anything still undone then was given up or lost. */
export const REACTION_SWEEP_AFTER_MS = DURABLE_OUTAGE_MS + 5 * 60_000;

/**
 * Every 5 minutes: what follows a stored message and is still undone past the retry span of its job (an outage
 * longer than 15 min, a Redis that lost its jobs): buyer messages whose reactions never all ran (reacted_at null)
 * and leads that still have no owner. Each is queued again (same job id, so never twice at once) and finished as
 * soon as the fault clears, without waiting for the buyer to write again. Run directly (no queue), it does the work.
 */
export const reactionSweepJob = defineJob({
  name: 'reaction-sweep',
  dataSchema: z.object({ limit: z.number().int().min(1).max(10_000).default(1_000) }),
  schedule: { every: 5 * 60_000 },
  scheduledData: { limit: 1_000 },
  async handle(data, { services, now, logger, enqueue: queue }) {
    const before = new Date(now().getTime() - REACTION_SWEEP_AFTER_MS);
    let messages = 0;
    let leads = 0;
    // A lead whose own message is queued again is routed by that message's reaction (its card carries the message);
    // queuing its assignment too would race it and tell the owner twice.
    const routedByMessage = new Set<number>();
    for (const event of await services.inbox.unreacted(before, data.limit)) {
      if (event.newLead || event.awaitingOwner) routedByMessage.add(event.customerId);
      if (queue) messages += Number(await queue.requeueUnlessLive(buyerMessageJob.name, buyerMessageJobData(event), buyerMessageJobOptions(event.communicationId)));
      else await services.inbox.handleStored(event).then(() => (messages += 1));
    }
    for (const lead of await services.inbox.unownedLeads(before, data.limit)) {
      if (routedByMessage.has(lead.id)) continue;
      const request = { customerId: lead.id, context: { via: 'job', source: lead.source } };
      if (queue) leads += Number(await queue.requeueUnlessLive(assignLeadJob.name, assignLeadJobData(request), assignLeadJobOptions(lead.id)));
      else await services.assignment.assignLead(lead.id, request.context, now()).then(() => (leads += 1));
    }
    if (messages || leads) logger.warn({ messages, leads }, 'reaction sweep: finishing what a fault left undone');
    return { messages, leads };
  },
});
