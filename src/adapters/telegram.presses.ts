/**
 * Button presses (callback queries) waiting for their answer. Telegram shows a spinner on the button until the bot
 * calls answerCallbackQuery, once per press; its text, if any, appears over the chat for the presser alone. The flow
 * that handles a press runs later (through the durable queue), so the press is held here: a refusal from the flow
 * answers it with text; an ordinary reply to the chat, or the deadline, answers it silently.
 */
export interface PressBook {
  /** a press was handed over; answered silently after the deadline unless something answers it first */
  hold(pressId: string, chatId: string): void;
  /** takes a held press for answering with text; false when it was answered already (deadline, other reply) */
  take(pressId: string): boolean;
  /** answers every held press of a chat silently (the flow replied there in the ordinary way) */
  settleChat(chatId: string): void;
  /** answers everything held (stopping) */
  clear(): void;
}

export function createPressBook(answerSilently: (pressId: string) => void, deadlineMs: number): PressBook {
  const held = new Map<string, { chatId: string; timer: NodeJS.Timeout }>();
  const release = (pressId: string) => {
    const entry = held.get(pressId);
    if (!entry) return false;
    clearTimeout(entry.timer);
    held.delete(pressId);
    return true;
  };
  const answer = (pressId: string) => {
    if (release(pressId)) answerSilently(pressId);
  };
  return {
    hold(pressId, chatId) {
      release(pressId);
      const timer = setTimeout(() => answer(pressId), deadlineMs);
      timer.unref?.();
      held.set(pressId, { chatId, timer });
    },
    take: release,
    settleChat(chatId) {
      for (const [pressId, entry] of [...held]) if (entry.chatId === chatId) answer(pressId);
    },
    clear() {
      for (const pressId of [...held.keys()]) answer(pressId);
    },
  };
}
