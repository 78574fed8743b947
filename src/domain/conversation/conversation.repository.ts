import type { DbClient, Prisma } from '../db/client';

/** One row per (channel, chat): the guided flow in progress and the numbered choices last offered. */
export interface ConversationRecord {
  flow: string | null;
  data: Prisma.JsonObject | null;
  choices: { action: string; value?: string }[];
}

const EMPTY: ConversationRecord = { flow: null, data: null, choices: [] };

export async function loadConversation(db: DbClient, channel: string, chatId: string): Promise<ConversationRecord> {
  const row = await db.conversationState.findUnique({ where: { channel_chatId: { channel, chatId } } });
  if (!row) return EMPTY;
  const state = (row.state ?? {}) as { data?: Prisma.JsonObject; choices?: ConversationRecord['choices'] };
  return { flow: row.flow || null, data: state.data ?? null, choices: state.choices ?? [] };
}

export async function saveConversation(db: DbClient, channel: string, chatId: string, record: ConversationRecord): Promise<void> {
  const state = { data: record.data ?? undefined, choices: record.choices } as Prisma.InputJsonObject;
  await db.conversationState.upsert({
    where: { channel_chatId: { channel, chatId } },
    create: { channel, chatId, flow: record.flow ?? '', state },
    update: { flow: record.flow ?? '', state },
  });
}
