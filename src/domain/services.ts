import type { Logger } from '../logger';
import { createConversationStore } from './conversation/conversation.store';
import { createCustomerService } from './customers/customer.service';
import type { VisibilityPolicy } from './access/visibility';
import type { PrismaClient } from './db/client';
import type { Locale } from './i18n';
import type { OutboundPort } from './channel-contract';
import { createMessenger } from './outbound/messenger';
import { createTeamService } from './team/team.service';
import { createEventBus } from './events';
import { createNotifier } from './outbound/notifier';
import { createMemberNotices } from './notify/member-notices';
import { createReplyLedger } from './outbox/reply-ledger';
import { createSalesServices } from './wiring/sales.services';
import { createDuplicateCheckService } from './dedupe/duplicate-check.service';
import { createTransferService } from './transfer/transfer.service';
import { createCompanyGroupService } from './groups/company-group.service';
import { createMergeService } from './merge/merge.service';
import { createReportService } from './reports/report.service';
import { createWeeklyDigest } from './reports/weekly-digest.service';
import { createAuditService } from './audit-trail/audit.service';
import { createGdprService } from './privacy/gdpr.service';
import { createOffboardingService } from './offboarding/offboard.service';
import { createInboxService } from './inbox/inbox.service';
import { createQuoteDelivery } from './quotes/quote-delivery';
import { createQuoteHistory } from './quotes/quote-history';
import { DEFAULT_LETTERHEAD } from './wiring/sales.services';
import { alertAdmins } from './notify/channel-alerts';
import { createFollowupModule } from './wiring/followup.services';
import { createLeadRoutingServices } from './wiring/lead-routing.services';
import { createSignalsService } from './signals/signals.service';
import { registerReactions } from './reactions';

export interface DomainSettings {
  defaultLocale: Locale;
  defaultTimezone: string;
  baseCurrency: string;
  visibility: VisibilityPolicy;
  company?: import('./quotes/quote-pdf').CompanyLetterhead;
}

export interface ServiceDeps {
  db: PrismaClient;
  settings: DomainSettings;
  outbound: OutboundPort;
  logger: Logger;
  /** the business clock (tests set it); the jobs that deliver what the services plan read the same one */
  now?: () => Date;
}

/** The domain as flows and jobs see it: one object of services, built once at start-up. */
export function createServices(deps: ServiceDeps) {
  const { db, settings, outbound, logger, now } = deps;
  const conversations = createConversationStore(db);
  const messenger = createMessenger(outbound, conversations);
  const events = createEventBus((event, error) => logger.error({ event, err: error }, 'event handler failed'));
  const notifier = createNotifier({ db, messenger, logger });
  const customers = createCustomerService({ db, policy: settings.visibility, events });
  const reports = createReportService({ db, policy: settings.visibility });
  const followupModule = createFollowupModule({ db, messenger, logger, events, defaultTimezone: settings.defaultTimezone, notifier, customers, businessClock: now });
  const notices = createMemberNotices(() => followupModule.outbox, now);
  const inbox = createInboxService({ db, events, messenger, logger, customers, outbox: followupModule.outbox, repMessages: followupModule.repMessages, now });
  const leadRouting = createLeadRoutingServices({
    db, events, notifier, notices, logger, defaultTimezone: settings.defaultTimezone, outbox: () => followupModule.outbox, firstAnswer: followupModule.firstAnswer, now,
  });
  const signals = createSignalsService({ db, events, logger, notifier, customers, outbox: followupModule.outbox, repMessages: followupModule.repMessages });
  registerReactions(events, { sequences: followupModule.sequences, routeOnBuyerMessage: leadRouting.routeOnBuyerMessage, signals });
  return {
    settings,
    logger,
    events,
    conversations,
    messenger,
    notifier,
    team: createTeamService({ db, defaultTimezone: settings.defaultTimezone }),
    customers,
    ...createSalesServices({ db, settings, events, customers, notifier, notices, logger }),
    duplicates: createDuplicateCheckService({ db }),
    transfers: createTransferService({ db, policy: settings.visibility, events, notifier, notices }),
    groups: createCompanyGroupService({ db, policy: settings.visibility }),
    merges: createMergeService({ db, policy: settings.visibility }),
    reports,
    weeklyDigest: createWeeklyDigest({ db, reports, outbox: followupModule.outbox, baseCurrency: settings.baseCurrency }),
    audit: createAuditService({ db, resolveVisible: customers.resolveVisible }),
    gdpr: createGdprService({ db }),
    offboarding: createOffboardingService({ db }),
    inbox,
    /** command replies, sent once per (inbound message, place in the run) through the outbox */
    replies: createReplyLedger({ db, outbox: followupModule.outbox, logger, maxTextLength: (channel) => messenger.capabilities(channel)?.maxTextLength, now }),
    quoteDelivery: createQuoteDelivery({ db, customers, inbox, letterhead: settings.company ?? DEFAULT_LETTERHEAD }),
    quoteHistory: createQuoteHistory({ db, customers, letterhead: settings.company ?? DEFAULT_LETTERHEAD }),
    /** a channel that needs a person (WhatsApp logged out): every admin is told in chat, once an hour */
    alertAdmins: (alert: Parameters<typeof alertAdmins>[1], now: Date = new Date()) => alertAdmins({ db, outbox: followupModule.outbox }, alert, now),
    ...followupModule,
    ...leadRouting,
    signals,
  };
}

export type Services = ReturnType<typeof createServices>;
