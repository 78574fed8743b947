/**
 * Things that happened in the domain that other parts react to, without the one that happened knowing them
 * (a buyer's reply stops wake-up sequences, tags the customer, alerts the manager…). Handlers run after the
 * change is committed; a failing handler is logged and does not undo it.
 */
export interface DomainEvents {
  /** a buyer's message was stored (once; redelivery does not repeat it) */
  'buyer.message': {
    communicationId: number;
    customerId: number;
    contactId: number | null;
    channel: string;
    chatId: string;
    text: string;
    language: string | null;
    intents: string[];
    occurredAt: Date;
    /** true when this message created the customer (a new lead) */
    newLead: boolean;
  };
  /** a team member sent something to a buyer, or logged a call/meeting */
  'customer.contacted': { customerId: number; memberId: number | null; at: Date };
  'customer.assigned': { customerId: number; memberId: number; reason: string };
  'customer.claimed': { customerId: number; memberId: number };
  'customer.released': { customerId: number; previousOwnerId: number | null; reason: string };
  'opportunity.stage': { opportunityId: number; customerId: number; from: string | null; to: string };
  'contact.opted_out': { contactId: number; customerId: number };
}

export type DomainEventName = keyof DomainEvents;
type Handler<E extends DomainEventName> = (payload: DomainEvents[E]) => Promise<void> | void;

export function createEventBus(onError: (event: string, error: unknown) => void) {
  const handlers = new Map<DomainEventName, Handler<any>[]>();
  return {
    on<E extends DomainEventName>(event: E, handler: Handler<E>) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    /** runs every handler in turn; resolves when all have run */
    async emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]) {
      for (const handler of handlers.get(event) ?? []) {
        try {
          await handler(payload);
        } catch (error) {
          onError(event, error);
        }
      }
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
