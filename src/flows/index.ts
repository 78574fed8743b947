import type { InboundMessage } from '../domain/channel-contract';
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
import { createErrorBoundary, errorBoundary } from './middleware/error-boundary';
import { buyerInbox } from './middleware/buyer-inbox';
import { onceOnly } from './middleware/once-only';
import { replyCommand } from './reply.flow';
import { identify } from './middleware/identify';
import { sessionMail } from './middleware/session-mail';
import {
  actionRouter,
  commandRouter,
  conversationRouter,
  fallback,
  numberedChoice,
  publicCommands,
  requireMember,
} from './middleware/routers';
import { createAnywayAction, newCustomerCommand } from './new-customer.flow';
import { transferApproveAction, transferDeclineAction, transferRequestAction } from './transfer.actions';
import { groupCommand, ungroupCommand } from './group.flow';
import { mergeCancelAction, mergeCommand, mergeConfirmAction, unmergeCommand } from './merge.flow';
import { reportCommand } from './report.flow';
import { auditCommand } from './audit.flow';
import { compose, type Middleware } from './pipeline';
import { quoteCommand, quoteConversation, quoteSendAction } from './quote.flow';
import { approvalActions, approvalCommentConversation } from './approval.actions';
import { stageCommand } from './stage.flow';
import { orderCommand, tellBuyerAction } from './order.flow';
import { approvalRulesCommand } from './approval-rules.flow';
import { tasksCommand } from './tasks.flow';
import { doneCommand } from './done.flow';
import { snoozeCommand } from './snooze.flow';
import { remindCommand } from './remind.flow';
import { reassignCommand } from './reassign.flow';
import { sequenceCommand } from './sequence.flow';
import { sequenceActions, taskActions } from './task-actions.flow';
import { rulesCommand } from './rules.flow';
import { ruleCommand } from './rule-add.flow';
import { weightsCommand } from './weights.flow';
import { poolCommand } from './pool.flow';
import { claimCommand } from './claim.flow';
import { firstAnswerCommand } from './first-answer.flow';
import { poolOnItAction, slaReassignAction } from './routing-actions.flow';
import { stageSignalActions } from './stage-undo.actions';

/** Every chat command, in the order /help lists them. A new command is one flow file plus one line here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commands differ in their argument type; each is checked where it is defined
export const commands: CommandFlow<any>[] = [
  newCustomerCommand,
  findCustomerCommand,
  customerCardCommand,
  logCommand,
  contactCommand,
  languageCommand,
  linkCommand,
  replyCommand,
  reportCommand,
  auditCommand,
  groupCommand, ungroupCommand, mergeCommand, unmergeCommand,
  quoteCommand, stageCommand, orderCommand, approvalRulesCommand,
  tasksCommand, doneCommand, snoozeCommand, remindCommand, reassignCommand, sequenceCommand,
  rulesCommand, ruleCommand, weightsCommand, poolCommand, claimCommand, firstAnswerCommand,
];
commands.push(createHelpCommand(() => commands));

/** Button presses and numbered replies. */
export const actions: ActionFlow[] = [
  createAnywayAction, transferRequestAction, transferApproveAction, transferDeclineAction,
  ...approvalActions, tellBuyerAction,
  ...taskActions, ...sequenceActions,
  poolOnItAction, slaReassignAction,
  ...stageSignalActions,
  quoteSendAction,
  mergeConfirmAction, mergeCancelAction,
];

/** Guided multi-step conversations. */
export const conversations: ConversationFlow[] = [quoteConversation, approvalCommentConversation];

/**
 * Middleware that sees every message before membership is checked (e.g. buyers writing on customer-facing channels).
 * Each must call next() for messages that are not theirs.
 */
export const beforeMembership: Middleware[] = [buyerInbox, onceOnly];

/** The one pipeline every channel's messages go through. */
/**
 * `redeliverable`: the message comes from the durable inbound queue, so when the database is unreachable the
 * error goes back to the queue (which retries it) instead of becoming a "try again" reply.
 */
export function createInboundPipeline(services: Services, options: { redeliverable?: boolean } = {}): (message: InboundMessage) => Promise<void> {
  const pipeline = compose([
    options.redeliverable ? createErrorBoundary({ rethrowUnavailable: true }) : errorBoundary,
    identify,
    sessionMail,
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
