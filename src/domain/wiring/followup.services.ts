import type { Logger } from '../../logger';
import type { CustomerService } from '../customers/customer.service';
import type { PrismaClient } from '../db/client';
import type { EventBus } from '../events';
import type { Notifier } from '../outbound/notifier';
import type { Messenger } from '../outbound/messenger';
import { createOutboxService, type OutboxService } from '../outbox/outbox.service';
import { createReplyOrderPolicy } from '../outbox/reply-ledger';
import { createSequenceService } from '../wakeup/sequence.service';
import { createWakeupPolicy } from '../wakeup/wakeup-policy';
import { createWakeupScheduler } from '../wakeup/wakeup-scheduler';
import { createFollowupService } from '../followup/followup.service';
import { createFirstAnswer } from '../first-answer/first-answer.service';
import { createRepMessages } from '../rep-messages/rep-message';

/**
 * Follow-ups and wake-up sequences as the services object exposes them: `outbox`, `followup`, `wakeup`,
 * `sequences`, `firstAnswer`, `repMessages`; subscribes the sequence stops to the domain events.
 */
export function createFollowupModule(deps: {
  db: PrismaClient;
  messenger: Messenger;
  notifier: Notifier;
  customers: CustomerService;
  events: EventBus;
  logger: Logger;
  defaultTimezone: string;
  now?: () => Date;
  /** the app's business clock: the first answer is due when the delivery jobs (which read it) think it is now */
  businessClock?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  let outbox: OutboxService;
  const sequences = createSequenceService({ db: deps.db, outbox: () => outbox, customers: deps.customers, logger: deps.logger, now });
  const wakeupPolicy = createWakeupPolicy({
    db: deps.db, outbox: () => outbox, logger: deps.logger, stop: (id, reason, at) => sequences.stop(id, reason as 'opted_out', at),
    capabilities: (channel) => deps.messenger.capabilities(channel),
  });
  const replyOrder = createReplyOrderPolicy(deps.db);
  const firstAnswer = createFirstAnswer({
    db: deps.db, outbox: () => outbox, capabilities: (channel) => deps.messenger.capabilities(channel), defaultTimezone: deps.defaultTimezone, logger: deps.logger, now: deps.businessClock ?? now,
  });
  const repMessages = createRepMessages({
    db: deps.db, outbox: () => outbox, events: deps.events, capabilities: (channel) => deps.messenger.capabilities(channel), logger: deps.logger, now: deps.businessClock ?? now,
  });
  outbox = createOutboxService({
    db: deps.db, messenger: deps.messenger, notifier: deps.notifier, logger: deps.logger,
    policies: () => ({ wakeup: wakeupPolicy, reply: replyOrder, first_answer: firstAnswer.policy, rep_message: repMessages.policy }),
  });
  return {
    outbox,
    sequences,
    firstAnswer,
    repMessages,
    followup: createFollowupService({ db: deps.db, outbox, customers: deps.customers, defaultTimezone: deps.defaultTimezone, logger: deps.logger }),
    wakeup: createWakeupScheduler({ db: deps.db, outbox, capabilities: (channel) => deps.messenger.capabilities(channel), logger: deps.logger }),
  };
}
