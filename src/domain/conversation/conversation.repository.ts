import type { DbClient, Prisma } from '../db/client';

/** One row per (channel, chat): the guided flow in progress and the numbered choices last offered. */
export interface ConversationRecord {
  flow: string | null;
  data: Prisma.JsonObject | null;
  choices: { action: string; value?: string }[];
  /** when the choices were shown (ISO), and in which session: a numbered answer applies only there and then */
  choicesOfferedAt?: string;
  choicesSession?: string;
  /** messages that could not be shown (the member was not at their screen), shown at their next session */
  held?: HeldMessage[];
}

export interface HeldMessage {
  text: string;
  buttons?: { label: string; action: string; value?: string }[];
  /** attached files, base64 (a quote's PDF) */
  files?: { name: string; mimeType: string; base64: string }[];
}

const EMPTY: ConversationRecord = { flow: null, data: null, choices: [] };

export async function loadConversation(db: DbClient, channel: string, chatId: string): Promise<ConversationRecord> {
  const row = await db.conversationState.findUnique({ where: { channel_chatId: { channel, chatId } } });
  if (!row) return EMPTY;
  const state = (row.state ?? {}) as Partial<ConversationRecord>;
  return {
    flow: row.flow || null,
    data: state.data ?? null,
    choices: state.choices ?? [],
    choicesOfferedAt: state.choicesOfferedAt,
    choicesSession: state.choicesSession,
    held: state.held,
  };
}

export async function saveConversation(db: DbClient, channel: string, chatId: string, record: ConversationRecord): Promise<void> {
  const state = {
    data: record.data ?? undefined,
    choices: record.choices,
    choicesOfferedAt: record.choicesOfferedAt,
    choicesSession: record.choicesSession,
    held: record.held,
  } as Prisma.InputJsonObject;
  await db.conversationState.upsert({
    where: { channel_chatId: { channel, chatId } },
    create: { channel, chatId, flow: record.flow ?? '', state },
    update: { flow: record.flow ?? '', state },
  });
}
