import type { DbClient, Prisma } from '../db/client';
import { personalDataCipher, revealJson, sealContext, sealJson } from '../crypto/personal-data-cipher';

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

type StoredState = Partial<Omit<ConversationRecord, 'flow' | 'data'>> & { data?: Prisma.JsonObject };

/**
 * A chat id is a chat handle and a half-finished `/new` holds the email or phone typed so far: the row is keyed by a
 * keyed hash of the chat id, and the state is sealed, bound to that row.
 */
export function chatKey(chatId: string): string {
  return personalDataCipher().blindIndex('chat', chatId);
}

const KEY_PATTERN = /^[0-9a-f]{64}$/;
const stateContext = (channel: string, key: string) => sealContext('conversation_states', 'state', `${channel}:${key}`);

function sealState(channel: string, key: string, state: StoredState): Prisma.InputJsonObject {
  return { sealed: sealJson(state, stateContext(channel, key)) };
}

function revealState(channel: string, key: string, stored: Prisma.JsonValue): StoredState {
  const value = (stored ?? {}) as { sealed?: string } & StoredState;
  return typeof value.sealed === 'string' ? (revealJson(value.sealed, stateContext(channel, key)) as StoredState) : value;
}

export async function loadConversation(db: DbClient, channel: string, chatId: string): Promise<ConversationRecord> {
  const key = chatKey(chatId);
  const row = await db.conversationState.findUnique({ where: { channel_chatId: { channel, chatId: key } } });
  if (!row) return EMPTY;
  const state = revealState(channel, key, row.state);
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
  const key = chatKey(chatId);
  const state = sealState(channel, key, {
    data: record.data ?? undefined,
    choices: record.choices,
    choicesOfferedAt: record.choicesOfferedAt,
    choicesSession: record.choicesSession,
    held: record.held,
  });
  await db.conversationState.upsert({
    where: { channel_chatId: { channel, chatId: key } },
    create: { channel, chatId: key, flow: record.flow ?? '', state },
    update: { flow: record.flow ?? '', state },
  });
}

/** Rows written before chat ids were keyed and states sealed are rewritten in place; run at start-up. */
export async function sealPlainConversations(db: DbClient): Promise<number> {
  const rows = await db.conversationState.findMany();
  let changed = 0;
  for (const row of rows) {
    const plainKey = !KEY_PATTERN.test(row.chatId);
    const plainState = typeof (row.state as { sealed?: unknown } | null)?.sealed !== 'string';
    if (!plainKey && !plainState) continue;
    const key = plainKey ? chatKey(row.chatId) : row.chatId;
    const state = sealState(row.channel, key, plainState ? ((row.state ?? {}) as StoredState) : revealState(row.channel, row.chatId, row.state));
    await db.conversationState.delete({ where: { channel_chatId: { channel: row.channel, chatId: row.chatId } } });
    await db.conversationState.upsert({
      where: { channel_chatId: { channel: row.channel, chatId: key } },
      create: { channel: row.channel, chatId: key, flow: row.flow, state },
      update: {},
    });
    changed++;
  }
  return changed;
}
