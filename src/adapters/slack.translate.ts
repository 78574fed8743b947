import { z } from 'zod';
import type { Attachment, InboundMessage, OutboundButton } from '../domain/channel-contract';

// Slack payloads, only the fields we read. Anything else is dropped at this edge.
const file = z.object({ id: z.string(), name: z.string().optional(), size: z.number().optional(), mimetype: z.string().optional() });
const messageEvent = z.object({
  type: z.enum(['message', 'app_mention']),
  subtype: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  files: z.array(file).optional(),
  message: z.object({ user: z.string().optional(), bot_id: z.string().optional(), text: z.string().optional(), ts: z.string(), edited: z.object({ ts: z.string() }).optional(), thread_ts: z.string().optional() }).optional(),
  deleted_ts: z.string().optional(),
  previous_message: z.object({ user: z.string().optional() }).optional(),
  /** the sender's own workspace (differs from the receiving one in shared channels) */
  user_team: z.string().optional(),
  team: z.string().optional(),
});
const command = z.object({
  command: z.string(), text: z.string(), user_id: z.string(), user_name: z.string().optional(), channel_id: z.string(), channel_name: z.string().optional(), trigger_id: z.string(),
  team_id: z.string().optional(), enterprise_id: z.string().optional(), user_team: z.string().optional(),
});
const actor = z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional(), team_id: z.string().optional() });
const workspace = { team: z.object({ id: z.string() }).nullish(), enterprise: z.object({ id: z.string() }).nullish() };
const blockAction = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string(),
  user: actor,
  ...workspace,
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ channel_id: z.string().optional(), thread_ts: z.string().optional(), message_ts: z.string().optional(), is_ephemeral: z.boolean().optional() }).optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional(), action_ts: z.string().optional() })).min(1),
});
const viewSubmission = z.object({
  type: z.literal('view_submission'),
  trigger_id: z.string().optional(),
  user: actor,
  ...workspace,
  view: z.object({
    id: z.string(),
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }).passthrough())) }),
  }),
});
const promptMetadata = z.object({ chatId: z.string(), threadId: z.string().optional(), value: z.string().optional(), messageId: z.string().optional() });

export type SlackParse = { message: InboundMessage } | { drop: string };

/** The workspace a request came from (the event envelope's `team_id`, `enterprise_id`). */
export interface SlackWorkspace {
  teamId?: string;
  enterpriseId?: string;
}

/**
 * A Slack person as Quayside knows them: Enterprise Grid org, workspace and user id ("E1/T1/U1", "T1/U1"). User ids
 * are only unique within a workspace, so a user of another workspace (a shared channel, another install) never
 * matches a linked member. Without a workspace there is no identity: the payload is dropped.
 */
export function slackUserKey(userId: string, teamId: string | undefined, enterpriseId?: string): string | null {
  if (!teamId) return null;
  return [enterpriseId, teamId, userId].filter(Boolean).join('/');
}

/** The Slack user id inside a {@link slackUserKey} (what Slack's Web API wants). */
export const slackUserIdOf = (key: string) => key.slice(key.lastIndexOf('/') + 1);

const stripMention = (text: string) => text.replace(/^\s*<@[A-Z0-9]+>[:,]?\s*/, '');
// Slack escapes these three in message text
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
export const escapeSlackText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const at = (ts: string) => new Date(Math.round(Number(ts) * 1000));
export const slackMessageId = (channel: string, ts: string) => `${channel}:${ts}`;

const fileKind = (mime?: string): Attachment['kind'] =>
  mime?.startsWith('image/') ? 'image' : mime?.startsWith('video/') ? 'video' : mime?.startsWith('audio/') ? 'audio' : 'document';

/**
 * A `message` or `app_mention` event → an InboundMessage. In channels only mentions reach the bot (like Telegram's
 * privacy mode); in DMs every message, edit and deletion. The bot's own and other bots' messages are dropped.
 */
export function translateSlackEvent(raw: unknown, botUserId?: string, workspace: SlackWorkspace = {}): SlackParse {
  const parsed = messageEvent.safeParse(raw);
  if (!parsed.success) return { drop: `unsupported event: ${parsed.error.issues[0]?.message}` };
  const e = parsed.data;
  const direct = e.channel_type === 'im' || e.channel.startsWith('D');
  if (e.type === 'message' && !direct) return { drop: 'channel message without a mention' };
  if (e.bot_id || e.subtype === 'bot_message' || (e.user && e.user === botUserId)) return { drop: 'bot message' };
  const who = (user: string) => slackUserKey(user, e.user_team ?? e.team ?? workspace.teamId, workspace.enterpriseId);
  if (e.subtype === 'message_changed' && e.message) {
    if (e.message.bot_id || e.message.user === botUserId || !e.message.user) return { drop: 'bot message edited' };
    const editor = who(e.message.user);
    if (!editor) return { drop: 'no workspace' };
    const target = slackMessageId(e.channel, e.message.ts);
    return {
      message: {
        channel: 'slack', kind: 'edit', externalId: `${target}:edit:${e.message.edited?.ts ?? e.ts}`, targetExternalId: target,
        senderId: editor, chatId: e.channel, text: unescape(e.message.text ?? ''), occurredAt: at(e.message.edited?.ts ?? e.ts),
        threadId: e.message.thread_ts, isDirect: direct,
      },
    };
  }
  if (e.subtype === 'message_deleted' && e.deleted_ts) {
    const target = slackMessageId(e.channel, e.deleted_ts);
    return {
      message: {
        channel: 'slack', kind: 'delete', externalId: `${target}:deleted`, targetExternalId: target,
        senderId: (e.previous_message?.user && who(e.previous_message.user)) ?? 'unknown', chatId: e.channel, text: '', occurredAt: at(e.ts), isDirect: direct,
      },
    };
  }
  if (e.subtype && e.subtype !== 'file_share' && e.subtype !== 'thread_broadcast') return { drop: `message subtype ${e.subtype}` };
  if (!e.user) return { drop: 'no sender' };
  const sender = who(e.user);
  if (!sender) return { drop: 'no workspace' };
  const attachments: Attachment[] = (e.files ?? []).map((f) => ({ kind: fileKind(f.mimetype), name: f.name, size: f.size, mimeType: f.mimetype, ref: f.id }));
  return {
    message: {
      channel: 'slack', kind: 'message', externalId: slackMessageId(e.channel, e.ts), senderId: sender, chatId: e.channel,
      text: stripMention(unescape(e.text ?? '')), occurredAt: at(e.ts), threadId: e.thread_ts,
      attachments: attachments.length ? attachments : undefined, isDirect: direct,
    },
  };
}

/** `/crm find x` → the text "/find x", the same command as typed anywhere else; `/crm` alone → "/help". */
export function translateSlashCommand(raw: unknown): SlackParse {
  const parsed = command.safeParse(raw);
  if (!parsed.success) return { drop: 'malformed slash command' };
  const c = parsed.data;
  const sender = slackUserKey(c.user_id, c.user_team ?? c.team_id, c.enterprise_id);
  if (!sender) return { drop: 'slash command without a workspace' };
  const rest = c.text.trim().replace(/^\//, '');
  return {
    message: {
      channel: 'slack', kind: 'message', externalId: `command:${c.trigger_id}`, senderId: sender, senderName: c.user_name,
      chatId: c.channel_id, text: `/${rest || 'help'}`, occurredAt: new Date(), isDirect: c.channel_name === 'directmessage' || c.channel_id.startsWith('D'),
    },
  };
}

// Slack wants action ids unique within a message; repeated actions get "~n" appended, removed again on the way in.
export function buttonActionIds(buttons: OutboundButton[]): string[] {
  const seen = new Map<string, number>();
  return buttons.map((b) => {
    const n = seen.get(b.action) ?? 0;
    seen.set(b.action, n + 1);
    return n === 0 ? b.action : `${b.action}~${n}`;
  });
}

export function translateBlockAction(raw: unknown): SlackParse {
  const parsed = blockAction.safeParse(raw);
  if (!parsed.success) return { drop: 'malformed block action' };
  const p = parsed.data;
  const action = p.actions[0];
  const sender = slackUserKey(p.user.id, p.user.team_id ?? p.team?.id, p.enterprise?.id);
  if (!sender) return { drop: 'block action without a workspace' };
  const chatId = p.channel?.id ?? p.container?.channel_id ?? p.user.id;
  // the message the button sat on, to take its buttons off once decided (an ephemeral one cannot be updated)
  const pressedTs = p.container?.is_ephemeral ? undefined : (p.container?.message_ts ?? p.message?.ts);
  return {
    message: {
      channel: 'slack', kind: 'action', externalId: `action:${p.trigger_id}`, senderId: sender, senderName: p.user.name ?? p.user.username,
      chatId, text: '', occurredAt: new Date(),
      threadId: p.message?.thread_ts ?? p.container?.thread_ts,
      action: {
        id: action.action_id.replace(/~\d+$/, ''), value: action.value || undefined, triggerId: p.trigger_id,
        messageId: pressedTs ? slackMessageId(chatId, pressedTs) : undefined,
      },
    },
  };
}

/** The answer typed into a prompt modal → an `action` with the text; where to reply travels in private_metadata. */
export function translateViewSubmission(raw: unknown): SlackParse {
  const parsed = viewSubmission.safeParse(raw);
  if (!parsed.success) return { drop: 'malformed view submission' };
  const v = parsed.data;
  const sender = slackUserKey(v.user.id, v.user.team_id ?? v.team?.id, v.enterprise?.id);
  if (!sender) return { drop: 'view submission without a workspace' };
  let meta: z.infer<typeof promptMetadata>;
  try {
    meta = promptMetadata.parse(JSON.parse(v.view.private_metadata ?? ''));
  } catch {
    return { drop: 'view without our metadata' };
  }
  const text = Object.values(v.view.state.values).flatMap((block) => Object.values(block)).map((input) => input.value ?? '').join('\n');
  return {
    message: {
      channel: 'slack', kind: 'action', externalId: `view:${v.view.id}`, senderId: sender, senderName: v.user.name, chatId: meta.chatId,
      threadId: meta.threadId, text, occurredAt: new Date(), action: { id: v.view.callback_id, value: meta.value, text, triggerId: v.trigger_id, messageId: meta.messageId },
    },
  };
}

export function promptMetadataFor(chatId: string, threadId?: string, value?: string, messageId?: string): string {
  return JSON.stringify({ chatId, threadId, value, messageId });
}
