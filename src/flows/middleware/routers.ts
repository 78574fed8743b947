import { DomainError } from '../../domain/errors';
import type { ActionFlow, CommandFlow, ConversationFlow } from '../command';
import { parseCommandLine } from '../command';
import type { FlowContext, MemberContext } from '../context';
import type { Middleware } from '../pipeline';
import { messages } from '../i18n';

function isMember(ctx: FlowContext): ctx is MemberContext {
  return ctx.actor !== null;
}

function findCommand(commands: readonly CommandFlow[], name: string): CommandFlow | undefined {
  return commands.find((c) => c.name === name || c.aliases?.includes(name));
}

function parseWithUsage(ctx: FlowContext, command: CommandFlow, args: string): unknown {
  try {
    return command.parse(args);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_ARGUMENTS' && !error.details.usage) {
      throw new DomainError('BAD_ARGUMENTS', { ...error.details, usage: messages(ctx.locale).commands[command.name].usage });
    }
    throw error;
  }
}

/** Commands strangers may use (`/link`, `/help`) run before the membership check. */
export function publicCommands(commands: readonly CommandFlow[]): Middleware {
  return async (ctx, next) => {
    const line = ctx.message.kind === 'message' ? parseCommandLine(ctx.message.text) : null;
    const command = line && findCommand(commands, line.name);
    if (!line || !command?.public || ctx.actor) return next();
    ctx.command = line;
    const args = parseWithUsage(ctx, command, line.args);
    await (command.handlePublic ?? command.handle)(ctx as MemberContext, args);
  };
}

/** Past this point only linked team members go on; a stranger gets a polite refusal and no data. */
export const requireMember: Middleware = async (ctx, next) => {
  if (!ctx.actor) {
    if (await ctx.services.team.linkedWithoutWorkspace(ctx.message.channel, ctx.message.senderId)) throw new DomainError('RELINK_REQUIRED');
    throw new DomainError('NOT_A_MEMBER');
  }
  await next();
};

/**
 * "2" after a numbered list presses the second button of the last list shown to this member, in this session, in the
 * last CHOICES_TTL_MS; once. A number that no longer applies is refused, never applied to something else.
 */
export const numberedChoice: Middleware = async (ctx, next) => {
  const n = /^\s*(\d{1,2})\s*$/.exec(ctx.message.text);
  if (ctx.message.kind === 'message' && n) {
    const { channel, chatId, sessionId, occurredAt } = ctx.message;
    const taken = await ctx.services.conversations.takeChoice(channel, chatId, Number(n[1]), { sessionId, at: occurredAt });
    if (taken.kind === 'choice') {
      (ctx as { message: FlowContext['message'] }).message = { ...ctx.message, kind: 'action', action: { id: taken.choice.action, value: taken.choice.value } };
    } else if (!(await ctx.services.conversations.activeFlow(channel, chatId))) {
      // a bare number answers a list; with none open here it must not be taken for anything else
      throw new DomainError('CHOICE_EXPIRED', taken.kind === 'stale' && taken.reason === 'out_of_range' ? { count: taken.count } : {});
    }
  }
  await next();
};

export function actionRouter(actions: readonly ActionFlow[]): Middleware {
  return async (ctx, next) => {
    const action = ctx.message.kind === 'action' ? ctx.message.action : undefined;
    if (!action || !isMember(ctx)) return next();
    const flow = actions.find((a) => (a.id.endsWith(':') ? action.id.startsWith(a.id) : a.id === action.id));
    if (!flow) return next();
    if (flow.roles && !flow.roles.includes(ctx.actor.role)) throw new DomainError('FORBIDDEN');
    await flow.handle(ctx, action.value, action.id);
  };
}

/** Plain replies continue the chat's guided flow (e.g. a quote being built), until it ends or a command is sent. */
export function conversationRouter(flows: readonly ConversationFlow[]): Middleware {
  return async (ctx, next) => {
    if (ctx.message.kind !== 'message' || ctx.message.text.trim().startsWith('/') || !isMember(ctx)) return next();
    const active = await ctx.services.conversations.activeFlow(ctx.message.channel, ctx.message.chatId);
    const flow = active && flows.find((f) => f.name === active.flow);
    if (!flow || !active) return next();
    await flow.continue(ctx, active.data);
  };
}

export function commandRouter(commands: readonly CommandFlow[]): Middleware {
  return async (ctx, next) => {
    const line = ctx.message.kind === 'message' ? parseCommandLine(ctx.message.text) : null;
    if (!line || !isMember(ctx)) return next();
    const command = findCommand(commands, line.name);
    if (!command) throw new DomainError('UNKNOWN_COMMAND', { name: line.name });
    if (command.roles && !command.roles.includes(ctx.actor.role)) throw new DomainError('FORBIDDEN');
    ctx.command = line;
    await command.handle(ctx, parseWithUsage(ctx, command, line.args));
  };
}

/** Whatever no flow took: a member gets a pointer to /help; a press of an unknown button is ignored. */
export const fallback: Middleware = async (ctx) => {
  if (ctx.message.kind !== 'message' || !ctx.message.text.trim()) return;
  await ctx.reply(messages(ctx.locale).common.noCommand);
};
