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
    /**
     * how sure the classifier is of each intent (0–1); an intent missing here counts as sure. Actions use the
     * thresholds of domain/intent/confidence.ts: a likely (not certain) opt-out only pauses and asks the owner.
     */
    confidence?: Record<string, number>;
    occurredAt: Date;
    /** true when this message created the customer (a new lead) */
    newLead: boolean;
    /**
     * a later message of a lead that still has no owner and is not in the pool (e.g. the run that made the lead died
     * before routing it): routing takes it again
     */
    awaitingOwner?: boolean;
    /** kinds of its attachments (sticker, image…), for the owner's notice */
    attachmentKinds?: string[];
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

/** How long a sink remembers a handed-off event's key: handing the same event over again within it runs it once. */
export const HANDOFF_MEMORY_MS = 3_600_000;

/** Where handed-off events go instead of running in the caller's process (a durable queue); resolves once it has them. */
export type EventSink<E extends DomainEventName> = (payload: DomainEvents[E]) => Promise<void>;

export function createEventBus(onError: (event: string, error: unknown) => void) {
  // each event's handlers are typed by emit/on; the map holds them all
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map for every event's payload type
  const handlers = new Map<DomainEventName, Handler<any>[]>();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map for every event's payload type
  const sinks = new Map<DomainEventName, EventSink<any>>();
  async function emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]) {
    for (const handler of handlers.get(event) ?? []) {
      try {
        await handler(payload);
      } catch (error) {
        onError(event, error);
      }
    }
  }
  /** Every handler runs (one failing does not stop the others); then any failure is thrown, so the caller can retry. */
  async function emitAll<E extends DomainEventName>(event: E, payload: DomainEvents[E]) {
    const errors: unknown[] = [];
    for (const handler of handlers.get(event) ?? []) {
      try {
        await handler(payload);
      } catch (error) {
        onError(event, error);
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length) throw new AggregateError(errors, `${errors.length} handlers of ${event} failed`);
  }
  return {
    emitAll,
    on<E extends DomainEventName>(event: E, handler: Handler<E>) {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    /** runs every handler in turn; resolves when all have run */
    emit,
    /**
     * For hot paths that should not wait for the reactions: hands the event to the attached sink (a queue whose job
     * runs them) and resolves once the sink has it; false when none is attached (CLI, embedded use, tests without
     * jobs): the caller then runs them itself. A sink's failure is thrown to the caller, so the change that caused
     * the event can be retried rather than its event lost. The sink keeps one job per event key, so handing the same
     * event over again (a retried job that may have died before its first hand-over) does not run it twice.
     */
    async handOff<E extends DomainEventName>(event: E, payload: DomainEvents[E]): Promise<boolean> {
      const sink = sinks.get(event);
      if (!sink) return false;
      await sink(payload);
      return true;
    },
    /** Sends events of this name that are handed off to `sink` from now on (the app attaches its job queue). */
    routeThrough<E extends DomainEventName>(event: E, sink: EventSink<E>) {
      sinks.set(event, sink);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
