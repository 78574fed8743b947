import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { SESSION_START_ACTION, type ChannelAdapter, type ChannelCapabilities, type InboundHandler, type InboundMessage, type OutboundMessage, type SentMessage } from '../domain/channel-contract';

export interface TerminalAdapterOptions {
  /** the team member name typing here (`crm chat --as alice`) */
  user: string;
  input?: Readable;
  output?: Writable;
  /** where files sent to the terminal (charts, PDFs) are saved */
  fileDir: string;
  /** prompt shown on an interactive terminal */
  prompt?: string;
}

export const TERMINAL_CAPABILITIES: ChannelCapabilities = {
  buttons: false,
  threads: false,
  files: true,
  replyWindowHours: null,
  maxTextLength: 100_000,
  customerFacing: false,
};

/**
 * The terminal as a chat (Hubot's shell adapter): each line typed is a message from `user`; replies are printed.
 * Reads piped stdin line by line, so a conversation can be scripted; `finished` resolves when input ends.
 */
export function createTerminalAdapter(options: TerminalAdapterOptions): ChannelAdapter & { finished: Promise<void> } {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  let counter = 0;
  let resolveFinished!: () => void;
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));
  let rl: ReturnType<typeof createInterface> | undefined;
  // one per sitting: numbered answers apply only to prompts printed in this one
  const sessionId = randomUUID();

  return {
    channel: 'terminal',
    capabilities: TERMINAL_CAPABILITIES,
    finished,
    async start(onInbound: InboundHandler) {
      rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
      if (interactive) {
        rl.setPrompt(options.prompt ?? `${options.user}> `);
        rl.prompt();
      }
      const inbound = (extra: Partial<InboundMessage>) => {
        counter += 1;
        return onInbound({
          channel: 'terminal',
          externalId: `${process.pid}-${Date.now()}-${counter}`,
          kind: 'message',
          senderId: options.user,
          senderName: options.user,
          chatId: options.user,
          text: '',
          occurredAt: new Date(),
          isDirect: true,
          sessionId,
          ...extra,
        });
      };
      // Lines are handled one at a time, in order, as a person would type them, after what arrived while away.
      // (the line iterator is made first: it buffers what is typed or piped meanwhile)
      const lines = rl[Symbol.asyncIterator]();
      void (async () => {
        await inbound({ kind: 'action', action: { id: SESSION_START_ACTION } });
        for await (const line of { [Symbol.asyncIterator]: () => lines }) {
          if (line.trim()) await inbound({ text: line });
          if (interactive) rl!.prompt();
        }
        resolveFinished();
      })();
    },
    async stop() {
      rl?.close();
    },
    async send(message: OutboundMessage): Promise<SentMessage> {
      // this screen is one member's: what is meant for a colleague (an approval card, a nudge) is not theirs to see
      if (message.chatId !== options.user) return { externalIds: [] };
      let text = message.text;
      for (const file of message.files ?? []) {
        await mkdir(options.fileDir, { recursive: true });
        const target = path.join(options.fileDir, `${Date.now()}-${file.name}`);
        await writeFile(target, file.data);
        text += `\n[file] ${target}`;
      }
      output.write(`${text}\n`);
      return { externalIds: [randomUUID()], sessionId };
    },
  };
}
