import type { InboundMessage } from '../domain/messages';
import type { Services } from '../domain/services';
import type { ActionFlow, CommandFlow, ConversationFlow } from './command';
import { contactCommand } from './contact.flow';
import { createFlowContext } from './context';
import { customerCardCommand } from './customer-card.flow';
import { findCustomerCommand } from './find-customer.flow';
import { createHelpCommand } from './help.flow';
import { languageCommand } from './language.flow';
import { linkCommand } from './link.flow';
import { logCommand } from './log.flow';
import { errorBoundary } from './middleware/error-boundary';
import { identify } from './middleware/identify';
import {
  actionRouter,
  commandRouter,
  conversationRouter,
  fallback,
  numberedChoice,
  publicCommands,
  requireMember,
} from './middleware/routers';
import { newCustomerCommand } from './new-customer.flow';
import { compose, type Middleware } from './pipeline';

/** Every chat command, in the order /help lists them. A new command is one flow file plus one line here. */
export const commands: CommandFlow<any>[] = [
  newCustomerCommand,
  findCustomerCommand,
  customerCardCommand,
  logCommand,
  contactCommand,
  languageCommand,
  linkCommand,
];
commands.push(createHelpCommand(() => commands));

/** Button presses and numbered replies. */
export const actions: ActionFlow[] = [];

/** Guided multi-step conversations. */
export const conversations: ConversationFlow[] = [];

/**
 * Middleware that sees every message before membership is checked (e.g. buyers writing on customer-facing channels).
 * Each must call next() for messages that are not theirs.
 */
export const beforeMembership: Middleware[] = [];

/** The one pipeline every channel's messages go through. */
export function createInboundPipeline(services: Services): (message: InboundMessage) => Promise<void> {
  const pipeline = compose([
    errorBoundary,
    identify,
    ...beforeMembership,
    publicCommands(commands),
    requireMember,
    numberedChoice,
    actionRouter(actions),
    conversationRouter(conversations),
    commandRouter(commands),
    fallback,
  ]);
  return (message) => pipeline(createFlowContext(services, message), async () => undefined);
}
