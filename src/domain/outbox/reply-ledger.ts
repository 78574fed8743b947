import type { Logger } from '../../logger';
import type { DbClient } from '../db/client';
import type { OutboundMessage } from '../channel-contract';
import { splitText } from '../text/split-text';
import { messageKey } from '../crypto/personal-data-cipher';
import { findOutboxByKey, insertOutboxRows } from './outbox.repository';
import type { OutboxPolicy, OutboxService } from './outbox.service';
import { sealAudience, toStoredFiles, sealPressAnswer } from './reply-payload';

/** The inbound message a flow run answers: redelivery and the queue's retries keep both. */
export interface ReplyOrigin {
  channel: string;
  externalId: string;
}

/**
 * Command replies leave through the outbox, each under a key made of the inbound message's identity and the reply's
 * ordinal in the flow run (`reply:<channel>:<keyed message id>:<n>`). The row is written before the send and
 * delivered at once. A run that is repeated (the queue retries it after a database outage, a crashed worker's job
 * runs again, the platform redelivers the update) meets its keys again and sends only what was never sent. A send the
 * platform refused stays a pending row, retried by the outbox (2 s, 4 s, … ~45 min); the replies after it in the same
 * run wait for it, so the chat reads them in the order the flow wrote them.
 */
export function createReplyLedger(deps: {
  db: DbClient;
  outbox: OutboxService;
  logger: Logger;
  /** the channel's longest message: a longer reply is stored as several rows, one per message the chat will read */
  maxTextLength: (channel: string) => number | undefined;
  now?: () => Date;
}) {
  const { db, outbox, logger } = deps;
  const now = deps.now ?? (() => new Date());

  /** 'queued': not sent yet (a retry or a wait is queued), so the next reply of the run waits for it */
  async function deliverNow(id: number): Promise<'sent' | 'queued' | 'done'> {
    const result = await outbox.deliver(id, { now: now() });
    if (result.outcome === 'retry' || result.outcome === 'deferred') {
      if (!(await outbox.queueDelivery([{ id, dueAt: result.dueAt }]))) logger.warn({ outbox: id }, 'reply left to the outbox sweep');
      return 'queued';
    }
    // not claimed here: another worker holds it right now
    return result.outcome === 'sent' ? 'sent' : result.outcome === 'not_claimed' ? 'queued' : 'done';
  }

  return {
    /** One flow run's replies, in order. */
    forRun(origin: ReplyOrigin) {
      const prefix = `reply:${origin.channel}:${messageKey(origin.externalId)}:`;
      let ordinal = 0;
      // the key of the previous reply of this run when it is not known to be sent (then this one waits for it)
      let unsettled: string | undefined;
      const sendPart = async (message: OutboundMessage): Promise<void> => {
        ordinal += 1;
        const key = `${prefix}${ordinal}`;
        const after = unsettled;
        const [created] = await insertOutboxRows(db, [{
          dedupeKey: key,
          channel: message.channel,
          chatId: message.chatId,
          text: message.text,
          payload: {
            kind: 'reply',
            buttons: message.buttons,
            files: toStoredFiles(message.files),
            threadId: message.threadId,
            audience: sealAudience(message.audience, key),
            pressAnswer: sealPressAnswer(message.pressAnswer, key),
            settle: message.settle,
            after,
          } as never,
          dueAt: now(),
        }]);
        if (created) {
          unsettled = (await deliverNow(created.id)) === 'queued' ? key : undefined;
          return;
        }
        // this run was here before: what it sent is not sent again; what it left unsent goes now (the claim keeps it single)
        const earlier = await findOutboxByKey(db, key);
        if (earlier?.status === 'pending') unsettled = (await deliverNow(earlier.id)) === 'queued' ? key : undefined;
        else unsettled = earlier?.status === 'sending' ? key : undefined;
        logger.debug({ outbox: earlier?.id, status: earlier?.status }, 'reply of a repeated flow run not sent again');
      };
      return async (message: OutboundMessage): Promise<void> => {
        for (const part of partsOf(message, deps.maxTextLength(message.channel))) await sendPart(part);
      };
    },
  };
}

/**
 * A reply is sent as its text (split at the channel's limit, buttons under the last piece), then each file, with a
 * key each: every channel sends them as separate platform calls, and a failed chart or second half of a long report
 * must not send the first half again when it is retried. A private answer in a shared chat stays whole, or the chat
 * would read the "answered you privately" pointer once per part (the outbound port still splits its text).
 */
export function partsOf(message: OutboundMessage, maxTextLength?: number): OutboundMessage[] {
  const files = message.files ?? [];
  if (message.audience && message.audience.userId !== message.chatId) return [message];
  const texts = message.text && maxTextLength ? splitText(message.text, maxTextLength) : [message.text];
  if (!files.length && texts.length === 1) return [message];
  if (!message.text && files.length === 1) return [message];
  const once = { pressAnswer: undefined, settle: undefined };
  const head = message.text
    ? texts.map((text, i) => ({ ...message, text, buttons: i === texts.length - 1 ? message.buttons : undefined, files: undefined, ...(i > 0 ? once : {}) }))
    : [];
  // the answer on a press and the settling of a spent card belong to the reply's first part only
  return [...head, ...files.map((file, i) => ({ ...message, text: '', buttons: undefined, files: [file], ...(head.length || i > 0 ? once : {}) }))];
}

export type ReplyLedger = ReturnType<typeof createReplyLedger>;

/** Replies of one run go out in order: one whose predecessor is still waiting for a retry waits behind it. */
export function createReplyOrderPolicy(db: DbClient): OutboxPolicy {
  return {
    async check(row, at) {
      const after = (row.payload as { after?: string } | null)?.after;
      if (!after) return { action: 'send' };
      const before = await findOutboxByKey(db, after);
      if (!before || !['pending', 'sending'].includes(before.status)) return { action: 'send' };
      const until = new Date(Math.max(at.getTime(), before.dueAt.getTime()) + 500);
      return { action: 'defer', until, reason: 'waits for the reply before it' };
    },
  };
}
