import { MAX_RECORD_ID } from '../domain/normalize/record-id';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import type { Catalogue } from './i18n';
import type { Role } from '../domain/team/actor';
import type { FlowContext, MemberContext } from './context';

export type CommandName = keyof Catalogue['commands'];

/** A chat command: one file under src/flows, registered in src/flows/index.ts. */
export interface CommandFlow<Args = unknown> {
  /** `/new` → 'new'; matched case-insensitively. Its /help line and usage are `commands.<name>` in the catalogues. */
  name: CommandName;
  /** other names, e.g. Chinese: ['新建'] */
  aliases?: string[];
  /** roles allowed; all members when omitted */
  roles?: readonly Role[];
  /** true for the few commands a stranger may send (`/link`, `/help`) */
  public?: boolean;
  /** turns the text after the command into typed arguments; throw BAD_ARGUMENTS (parseArgs does) when malformed */
  parse(args: string): Args;
  handle(ctx: MemberContext, args: Args): Promise<void>;
  /** public commands get the raw context (actor may be null) */
  handlePublic?(ctx: FlowContext, args: Args): Promise<void>;
}

export function defineCommand<Args>(flow: CommandFlow<Args>): CommandFlow<Args> {
  return flow;
}

/** A button or numbered reply: `InboundMessage.action.id` routed to a handler. */
export interface ActionFlow {
  /** exact id, or a prefix ending in ':' (e.g. 'quote.approve:') */
  id: string;
  roles?: readonly Role[];
  handle(ctx: MemberContext, value: string | undefined, id: string): Promise<void>;
}

export function defineAction(flow: ActionFlow): ActionFlow {
  return flow;
}

const recordIdSchema = z.coerce.number().int().positive().max(MAX_RECORD_ID);

/**
 * The record id a button carries: its value, or else the part after the last ':' of a prefixed action id
 * ('pool.onit:42'); null when that is not a positive integer.
 */
export function actionRecordId(value: string | undefined, actionId = ''): number | null {
  const parsed = recordIdSchema.safeParse(value ?? actionId.slice(actionId.lastIndexOf(':') + 1));
  return parsed.success ? parsed.data : null;
}

/** {@link actionRecordId}, or BAD_ARGUMENTS naming what was pressed. */
export function requireActionRecordId(value: string | undefined, actionId = ''): number {
  const id = actionRecordId(value, actionId);
  if (id === null) throw new DomainError('BAD_ARGUMENTS', { value: value ?? actionId });
  return id;
}

/** A multi-step conversation continued by plain replies while it is the chat's active flow. */
export interface ConversationFlow {
  name: string;
  continue(ctx: MemberContext, data: Record<string, unknown>): Promise<void>;
}

/** Validates parsed pieces with zod; a failure is a BAD_ARGUMENTS error the reply turns into the usage line. */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new DomainError('BAD_ARGUMENTS', { issues: result.error.issues.map((i) => i.message) });
  }
  return result.data;
}

/** "a, b，c" → ['a', 'b', 'c'] (ASCII and full-width commas, as reps type both). */
export function splitList(text: string): string[] {
  return text
    .split(/[,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Acme: called about samples" → ['Acme', 'called about samples']; full-width colon too. */
export function splitHead(text: string): [string, string] | null {
  const match = /^([^:：]+)[:：]([\s\S]*)$/.exec(text);
  if (!match) return null;
  return [match[1].trim(), match[2].trim()];
}

/** "/new@QuaysideBot Acme" → { name: 'new', args: 'Acme' }; null when the text is not a command. */
export function parseCommandLine(text: string): { name: string; args: string } | null {
  const match = /^\/([\p{L}\p{N}_-]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!match) return null;
  return { name: match[1].toLowerCase(), args: (match[2] ?? '').trim() };
}
