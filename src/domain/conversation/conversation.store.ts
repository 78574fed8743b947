import type { DbClient, Prisma } from '../db/client';
import { loadConversation, saveConversation } from './conversation.repository';

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
    /** Remembers the buttons offered as numbered replies on a channel without buttons. */
    async offerChoices(channel: string, chatId: string, choices: { action: string; value?: string }[]) {
      const record = await loadConversation(db, channel, chatId);
      await saveConversation(db, channel, chatId, { ...record, choices });
    },
    /** The action behind reply number `n` (1-based), if one was offered. */
    async choice(channel: string, chatId: string, n: number) {
      const record = await loadConversation(db, channel, chatId);
      return record.choices[n - 1];
    },
  };
}

export type ConversationStore = ReturnType<typeof createConversationStore>;
