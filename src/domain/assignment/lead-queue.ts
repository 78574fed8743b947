import { z } from 'zod';

/** Where a lead came from and who asked, carried with the queued assignment. */
export const assignContextSchema = z.object({
  /** channel or `import` / `cli` / `job` */
  via: z.string().min(1).max(40),
  /** lead source for rules (whatsapp, alibaba, trade_show…); the customer's own source when absent */
  source: z.string().max(40).optional(),
  /** the inquiry's words: rules read product lines from them */
  text: z.string().max(4000).optional(),
  actorId: z.number().int().positive().nullable().optional(),
  /** the buyer message that made (or woke) the lead: its first answer follows the routing */
  communicationId: z.number().int().positive().optional(),
});
export type AssignContext = z.infer<typeof assignContextSchema>;

export const assignLeadJobSchema = z.object({ customerId: z.number().int().positive(), context: assignContextSchema });
export type AssignLeadRequest = z.infer<typeof assignLeadJobSchema>;

export type LeadSink = (request: AssignLeadRequest) => Promise<void>;

/**
 * The way into assignment for code that should not wait for it (buyer messages, imports). The app attaches the BullMQ
 * producer when it runs jobs, so bursts are absorbed by the queue; without jobs (chat-only CLI, embedded use) the lead
 * is assigned at once in process, so it never waits for nobody.
 */
export function createLeadQueue(inline: LeadSink) {
  let sink: LeadSink = inline;
  return {
    attach(queueSink: LeadSink) {
      sink = queueSink;
    },
    enqueue(request: AssignLeadRequest): Promise<void> {
      return sink(assignLeadJobSchema.parse(request));
    },
  };
}

export type LeadQueue = ReturnType<typeof createLeadQueue>;
