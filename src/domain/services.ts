import type { Logger } from '../logger';
import { createConversationStore } from './conversation/conversation.store';
import { createCustomerService } from './customers/customer.service';
import type { VisibilityPolicy } from './customers/visibility';
import type { PrismaClient } from './db/client';
import type { Locale } from './i18n';
import type { OutboundPort } from './messages';
import { createMessenger } from './outbound/messenger';
import { createTeamService } from './team/team.service';
import { createEventBus } from './events';
import { createNotifier } from './notify/notifier';

export interface DomainSettings {
  defaultLocale: Locale;
  defaultTimezone: string;
  baseCurrency: string;
  visibility: VisibilityPolicy;
}

export interface ServiceDeps {
  db: PrismaClient;
  settings: DomainSettings;
  outbound: OutboundPort;
  logger: Logger;
}

/** The domain as flows and jobs see it: one object of services, built once at start-up. */
export function createServices(deps: ServiceDeps) {
  const { db, settings, outbound, logger } = deps;
  const conversations = createConversationStore(db);
  const messenger = createMessenger(outbound, conversations);
  const events = createEventBus((event, error) => logger.error({ event, err: error }, 'event handler failed'));
  return {
    settings,
    logger,
    events,
    conversations,
    messenger,
    notifier: createNotifier({ db, messenger, logger }),
    team: createTeamService({ db, defaultTimezone: settings.defaultTimezone }),
    customers: createCustomerService({ db, policy: settings.visibility }),
  };
}

export type Services = ReturnType<typeof createServices>;
