import type { DomainEvents, EventBus } from './events';

type On<E extends keyof DomainEvents> = (event: DomainEvents[E]) => Promise<void> | void;

/** The services that react to domain events, as createServices builds them. */
export interface Reactors {
  sequences: {
    onBuyerMessage: On<'buyer.message'>;
    onOptedOut: On<'contact.opted_out'>;
    onClaimed: On<'customer.claimed'>;
    onContacted: On<'customer.contacted'>;
    onStage: On<'opportunity.stage'>;
  };
  routeOnBuyerMessage: On<'buyer.message'>;
  signals: { onBuyerMessage: On<'buyer.message'> };
}

/**
 * Every reaction to a domain event, in the order it runs: the one place to read what follows what (handlers of one
 * event run in turn, in the order registered here). The reactions to a buyer's message are its job's work
 * (jobs/buyer-message.job.ts), each safe to run again when the job is retried.
 */
export function registerReactions(events: EventBus, services: Reactors): void {
  // a buyer's message: a live wake-up sequence stops first (no automated step may go out after the buyer wrote),
  // then a new lead is routed (which plans the first answer), then tags, stage moves and risks
  events.on('buyer.message', services.sequences.onBuyerMessage);
  events.on('buyer.message', services.routeOnBuyerMessage);
  events.on('buyer.message', services.signals.onBuyerMessage);

  // what else ends a sequence at once
  events.on('contact.opted_out', services.sequences.onOptedOut);
  events.on('customer.claimed', services.sequences.onClaimed);
  events.on('customer.contacted', services.sequences.onContacted);
  events.on('opportunity.stage', services.sequences.onStage);
}
