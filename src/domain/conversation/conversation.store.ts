import type { DbClient, Prisma } from '../db/client';
import { loadConversation, saveConversation, type HeldMessage } from './conversation.repository';

/** The most messages kept for a member away from their screen (the oldest go first). */
const MAX_HELD = 50;

/** How long a numbered prompt can be answered by its number (afterwards the command is sent again). */
export const CHOICES_TTL_MS = 30 * 60_000;

/** Conversation state kept in the database, keyed by (channel, chat), so any instance can continue a flow. */
export function createConversationStore(db: DbClient) {
  return {
    async activeFlow(channel: string, chatId: string) {
      const record = await loadConversation(db, channel, chatId);
      return record.flow ? { flow: record.flow, data: record.data ?? {} } : null;
    },
    async startFlow(channel: string, chatId: string, flow: string, data: Prisma.JsonObject) {
      const record = await loadConversation(db, channel, chatId);
      await saveConversation(db, channel, chatId, { ...record, flow, data });
    },
    async endFlow(channel: string, chatId: string) {
      const record = await loadConversation(db, channel, chatId);
      if (record.flow) await saveConversation(db, channel, chatId, { ...record, flow: null, data: null });
    },
    /** Remembers the buttons offered as numbered replies on a channel without buttons (replacing any earlier ones). */
    async offerChoices(
      channel: string,
      chatId: string,
      choices: { action: string; value?: string }[],
      shown: { sessionId?: string; at?: Date } = {},
    ) {
      const record = await loadConversation(db, channel, chatId);
      await saveConversation(db, channel, chatId, {
        ...record,
        choices,
        choicesOfferedAt: (shown.at ?? new Date()).toISOString(),
        choicesSession: shown.sessionId,
      });
    },
    /** Keeps a message that could not be shown, for the member's next session. */
    async hold(channel: string, chatId: string, message: HeldMessage) {
      const record = await loadConversation(db, channel, chatId);
      await saveConversation(db, channel, chatId, { ...record, held: [...(record.held ?? []), message].slice(-MAX_HELD) });
    },
    /** The held messages, oldest first, forgotten here (they are about to be shown). */
    async takeHeld(channel: string, chatId: string): Promise<HeldMessage[]> {
      const record = await loadConversation(db, channel, chatId);
      if (!record.held?.length) return [];
      await saveConversation(db, channel, chatId, { ...record, held: [] });
      return record.held;
    },
    /**
     * Takes the answer to the last numbered prompt: the action behind number `n` (1-based) when that prompt was shown
     * in this session less than CHOICES_TTL_MS before `at`. A prompt is answered once: its numbers are forgotten here.
     * `none`: no prompt is pending; `stale`: one was, but from another session, expired, or `n` is not on it.
     */
    async takeChoice(channel: string, chatId: string, n: number, answer: { sessionId?: string; at: Date }) {
      const record = await loadConversation(db, channel, chatId);
      if (!record.choices.length) return { kind: 'none' } as const;
      const offeredAt = record.choicesOfferedAt ? Date.parse(record.choicesOfferedAt) : Number.NaN;
      const fresh = answer.at.getTime() - offeredAt <= CHOICES_TTL_MS;
      const sameSession = (record.choicesSession ?? null) === (answer.sessionId ?? null);
      const choice = record.choices[n - 1];
      // a typo ("5" on a list of 3) leaves the list answerable; anything else uses it up
      if (fresh && sameSession && !choice) return { kind: 'stale', reason: 'out_of_range', count: record.choices.length } as const;
      await saveConversation(db, channel, chatId, { ...record, choices: [], choicesOfferedAt: undefined, choicesSession: undefined });
      if (!fresh || !sameSession || !choice) return { kind: 'stale', reason: 'expired' } as const;
      return { kind: 'choice', choice } as const;
    },
  };
}

export type ConversationStore = ReturnType<typeof createConversationStore>;
