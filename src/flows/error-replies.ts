import { DomainError, type DomainErrorCode } from '../domain/errors';
import type { Locale, Localized } from '../domain/i18n';
import { SALES_ERROR_REPLIES } from './format/sales-error-replies';
import { messages } from './i18n';

type Details = Record<string, unknown>;
type Reply = (d: Details) => string;

const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
const mb = (bytes: unknown) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;
const date = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '—');

const PROBLEM_WORDS: Record<string, Localized<string>> = {
  unknown_country: { en: 'is not a country code, country name or region (LATAM, EU, MENA…)', zh: '不是国家代码、国名或区域（LATAM、EU、MENA…）' },
  unknown_grade: { en: 'is not a grade (A, B or C)', zh: '不是客户等级（A、B 或 C）' },
  unknown_key: { en: 'is not a field (use country, product, source, grade)', zh: '不是可用字段（请用 country、product、source、grade）' },
  bad_target: { en: 'is not a target (use team:<name> or @<member>)', zh: '不是有效目标（请用 team:<团队名> 或 @<成员>）' },
  empty: { en: 'has no values', zh: '没有值' },
  syntax: { en: 'cannot be read: write "<conditions> -> team:<name>"', zh: '无法识别：请写成 "<条件> -> team:<团队名>"' },
  unknown_team: { en: 'is not a team', zh: '不是已有团队' },
  unknown_member: { en: 'is not a team member', zh: '不是团队成员' },
  duplicate_name: { en: 'is used by another rule', zh: '与其他规则重名' },
  shadowed: { en: 'can never match: an earlier rule already catches every lead it would', zh: '永远不会命中：前面的规则已覆盖它能匹配的所有线索' },
};

function ruleProblems(value: unknown, locale: Locale): string {
  const problems = Array.isArray(value) ? (value as { field: string; value: string; problem: string }[]) : [];
  return problems.map((p) => `  • ${p.field}: "${p.value}" ${PROBLEM_WORDS[p.problem]?.[locale] ?? p.problem}`).join('\n');
}

function fileProblems(value: unknown, locale: Locale): string {
  const problems = Array.isArray(value) ? (value as { line: number | null; path: string; message: string; problem?: string; value?: string }[]) : [];
  return problems
    .map((p) => `  • ${p.line ? messages(locale).errors.line({ n: p.line }) : '—'} ${p.path}: ${p.problem && PROBLEM_WORDS[p.problem] ? `"${p.value}" ${PROBLEM_WORDS[p.problem][locale]}` : p.message}`)
    .join('\n');
}

// Duplicate replies: reasons and matches arrive localised and already masked by the domain.
type MatchDetail = { id: number; name: string; owner: string | null; status: string; score: number; reasons: Localized<string[]>; contacts?: string[] };
const why = (d: Details, locale: Locale) => {
  const reasons = (d.reasons as Localized<string[]> | undefined)?.[locale] ?? [];
  const contacts = (d.contacts as string[] | undefined) ?? [];
  const m = messages(locale).errors;
  const head = m.why({ score: Math.round(Number(d.score ?? 0) * 100) });
  return `${reasons.length ? `${head}${reasons.join(m.reasonSeparator)}` : ''}${contacts.length ? `\n${m.contacts}: ${contacts.join(', ')}` : ''}`;
};
const groupOf = (d: Details) => d.group as { name: string; owner: string | null };
const matchLines = (d: Details, locale: Locale) =>
  ((d.matches as MatchDetail[] | undefined) ?? [])
    .map((m) => {
      const words = messages(locale).errors;
      return `• #${m.id} ${m.name} · ${words.owner} ${m.owner ?? words.publicPool} · ${Math.round(m.score * 100)}%: ${m.reasons[locale].join(words.reasonSeparator)}${m.contacts?.length ? ` (${m.contacts.join(', ')})` : ''}`;
    })
    .join('\n');

// The one place error codes become words.
const REPLIES: Record<DomainErrorCode, Localized<Reply>> = {
  ...SALES_ERROR_REPLIES,
  NOT_A_MEMBER: {
    en: () => 'Sorry, this chat account is not linked to a Quayside team member, so I cannot show any customer data. Ask your admin for a link code and send /link <code>.',
    zh: () => '抱歉，此聊天账号尚未绑定 Quayside 团队成员，无法查看客户数据。请向管理员索取绑定码并发送 /link <绑定码>。',
  },
  RELINK_REQUIRED: {
    en: () => 'This Slack account was linked before Quayside checked which workspace a member belongs to, so it must be linked once more. I cannot show any customer data until then. Ask your admin for a new link code and send /link <code>.',
    zh: () => '此 Slack 账号是在 Quayside 核对成员所属工作区之前绑定的，需要重新绑定一次；在此之前无法查看客户数据。请向管理员索取新的绑定码并发送 /link <绑定码>。',
  },
  FORBIDDEN: {
    en: (d) =>
      d.reason === 'default' ? `Rule not changed: the default rule decides for every team, so only a director or an admin may change it.`
        : d.reason === 'other_team' ? `Rule not changed: "${d.rule}" routes leads outside your team; managers change only their own teams' rules (a director or an admin changes the others).`
          : d.reason === 'first_answer' ? 'First answer not changed: only an admin may change what new buyers are sent.'
            : 'You do not have permission to do that.',
    zh: (d) =>
      d.reason === 'default' ? '规则未修改：默认规则影响所有团队，只有总监或管理员可以修改。'
        : d.reason === 'other_team' ? `规则未修改："${d.rule}" 会把线索分给您团队以外的人；经理只能修改自己团队的规则（其他规则由总监或管理员修改）。`
          : d.reason === 'first_answer' ? '首次自动回复未修改：只有管理员可以修改发给新买家的内容。'
            : '您没有执行此操作的权限。',
  },

  UNKNOWN_COMMAND: {
    en: (d) => `Unknown command "/${d.name}". Send /help for the list.`,
    zh: (d) => `未知命令 "/${d.name}"。发送 /help 查看命令列表。`,
  },
  BAD_ARGUMENTS: {
    en: (d) => `I could not read that${d.value ? `: "${d.value}"` : ''}.${d.usage ? `\nUsage: ${d.usage}` : ''}`,
    zh: (d) => `无法识别该输入${d.value ? `："${d.value}"` : ''}。${d.usage ? `\n用法：${d.usage}` : ''}`,
  },
  CUSTOMER_NOT_FOUND: {
    en: (d) => `No customer "${d.ref}" that you can see. Try /find <text>.`,
    zh: (d) => `找不到您可查看的客户 "${d.ref}"。试试 /find <关键词>。`,
  },
  CUSTOMER_AMBIGUOUS: {
    en: (d) => `"${d.ref}" matches several customers: ${list(d.candidates)}. Use the #id.`,
    zh: (d) => `"${d.ref}" 匹配到多个客户：${list(d.candidates)}。请使用 #编号。`,
  },
  DUPLICATE_CUSTOMER: {
    en: (d) =>
      d.ownerIsActor
        ? `Not created: you already have this customer as #${d.id} ${d.name}.${why(d, 'en')}`
        : `Not created: this looks like #${d.id} ${d.name}, ${d.owner ? `owned by ${d.owner} since ${date(d.ownedSince)}` : 'with no owner (public pool)'}; last contact ${date(d.lastContactAt)}.${why(d, 'en')}${d.owner ? '\nYou can ask for a transfer: the owner and their manager decide.' : `\nSend /claim #${d.id} to take it from the pool.`}`,
    zh: (d) =>
      d.ownerIsActor
        ? `未创建：您已有该客户 #${d.id} ${d.name}。${why(d, 'zh')}`
        : `未创建：疑似重复客户 #${d.id} ${d.name}，${d.owner ? `负责人 ${d.owner}（自 ${date(d.ownedSince)} 起）` : '当前无负责人（公海）'}；最近联系 ${date(d.lastContactAt)}。${why(d, 'zh')}${d.owner ? '\n可申请转移：由负责人及其主管审批。' : `\n发送 /claim #${d.id} 从公海认领。`}`,
  },
  POSSIBLE_DUPLICATE: {
    en: (d) => `Not created yet: ${d.group ? `this looks like part of group ${groupOf(d).name}, owned by ${groupOf(d).owner ?? 'nobody'}` : 'this may be a customer we already have'}:\n${matchLines(d, 'en')}\nIf it is a different company, choose "Create anyway".`,
    zh: (d) => `暂未创建：${d.group ? `疑似属于集团 ${groupOf(d).name}（负责人 ${groupOf(d).owner ?? '无'}）` : '可能与已有客户重复'}：\n${matchLines(d, 'zh')}\n如确为不同公司，请选择"仍然创建"。`,
  },
  TRANSFER_NOT_FOUND: {
    en: (d) => `No open transfer request #${d.id}${d.status ? ` (it is ${d.status})` : ''}.`,
    zh: (d) => `没有待处理的转移申请 #${d.id}${d.status ? `（状态：${d.status === 'approved' ? '已批准' : d.status === 'declined' ? '已拒绝' : d.status}）` : ''}。`,
  },
  TRANSFER_NOT_NEEDED: {
    en: (d) => (d.reason === 'pool' ? `#${d.id} is in the public pool: send /claim #${d.id} instead.` : d.reason === 'pending' ? `You already asked for #${d.id} on ${date(d.since)}; waiting for the owner.` : `You already own #${d.id}.`),
    zh: (d) => (d.reason === 'pool' ? `#${d.id} 在公海中：请发送 /claim #${d.id} 认领。` : d.reason === 'pending' ? `您已于 ${date(d.since)} 申请过 #${d.id}，正在等待负责人处理。` : `#${d.id} 已经是您的客户。`),
  },
  GROUP_CONFLICT: {
    en: (d) => `#${d.a} is in group "${d.groupA}" and #${d.b} in group "${d.groupB}". Remove one with /ungroup first.`,
    zh: (d) => `#${d.a} 属于集团"${d.groupA}"，#${d.b} 属于集团"${d.groupB}"。请先用 /ungroup 移出其中一个。`,
  },
  MERGE_INVALID: {
    en: (d) => (d.reason === 'same' ? 'A customer cannot be merged into itself.' : d.reason === 'merged' ? `#${d.id} has already been merged into another customer.` : 'Only a manager, or the owner of both customers, can merge them.'),
    zh: (d) => (d.reason === 'same' ? '不能把客户合并到它自己。' : d.reason === 'merged' ? `#${d.id} 已被合并到其他客户。` : '只有主管或两个客户共同的负责人可以合并。'),
  },
  MERGE_NOT_FOUND: {
    en: (d) => `No merge #${d.id} that can be undone${d.undoneAt ? ` (already undone on ${date(d.undoneAt)})` : ''}.`,
    zh: (d) => `没有可撤销的合并 #${d.id}${d.undoneAt ? `（已于 ${date(d.undoneAt)} 撤销）` : ''}。`,
  },
  MERGE_EXPIRED: {
    en: (d) => `Merge #${d.id} was on ${date(d.at)}: merges can be undone for ${d.days} days only.`,
    zh: (d) => `合并 #${d.id} 发生于 ${date(d.at)}：合并只能在 ${d.days} 天内撤销。`,
  },
  IMPORT_FILE_INVALID: {
    en: (d) => `Cannot import this file: ${d.en ?? d.reason}`,
    zh: (d) => `无法导入该文件：${d.zh ?? d.reason}`,
  },
  UNKNOWN_COUNTRY: {
    en: (d) => `Unknown country "${d.value}". Use a country name (English or Chinese) or an ISO code such as MX.`,
    zh: (d) => `无法识别国家 "${d.value}"。请使用中文或英文国名，或 ISO 代码（如 MX）。`,
  },
  INVALID_EMAIL: {
    en: (d) => `"${d.value}" is not a valid email address.`,
    zh: (d) => `"${d.value}" 不是有效的邮箱地址。`,
  },
  INVALID_PHONE: {
    en: (d) => `"${d.value}" is not a valid phone number${d.country ? ` for ${d.country}` : ''}. Include the country code, e.g. +52 55 1234 5678.`,
    zh: (d) => `"${d.value}" 不是有效的电话号码${d.country ? `（${d.country}）` : ''}。请带国家区号，如 +52 55 1234 5678。`,
  },
  TEXT_TOO_LONG: {
    en: (d) => `That text is too long (${d.length} characters; the limit is ${d.max}). Nothing was saved.`,
    zh: (d) => `内容过长（${d.length} 个字符，上限 ${d.max}），未保存。`,
  },
  MEMBER_NOT_FOUND: {
    en: (d) => `No team member named "${d.name}".`,
    zh: (d) => `没有名为 "${d.name}" 的团队成员。`,
  },
  MEMBER_EXISTS: {
    en: (d) => `A team member named "${d.name}" already exists.`,
    zh: (d) => `团队成员 "${d.name}" 已存在。`,
  },
  DATABASE_UNAVAILABLE: {
    en: () => 'The database is not reachable right now; nothing was changed. Please try again in a moment.',
    zh: () => '数据库暂时无法连接，未做任何更改。请稍后重试。',
  },
  REPORT_PERIOD_IN_FUTURE: {
    en: (d) => `The period "${d.period}" starts in the future (${d.from}): there is nothing to report yet. Try "30d", "month" or "last-month".`,
    zh: (d) => `时间段 "${d.period}" 从未来开始（${d.from}），还没有数据。试试 "30d"、"本月" 或 "上月"。`,
  },
  REPORT_UNKNOWN_FILTER: {
    en: (d) => `"${d.value}" is not a period, a rep on your team, or a country. Example: /report funnel last-month alice MX`,
    zh: (d) => `"${d.value}" 不是时间段、您团队的销售或国家。例如：/report funnel 上月 alice MX`,
  },
  CONTACT_NOT_FOUND: {
    en: (d) => `No contact "${d.ref}". Use the contact's #id, exact email or phone.`,
    zh: (d) => `找不到联系人 "${d.ref}"。请使用联系人编号、完整邮箱或电话。`,
  },
  CONTACT_IS_TEAM_MEMBER: {
    en: (d) => `Not erased: contact #${d.id} is also the chat account of team member ${d.member}. Offboard or unlink the member first.`,
    zh: (d) => `未删除：联系人 #${d.id} 同时是团队成员 ${d.member} 的聊天账号。请先办理离职或解绑该成员。`,
  },
  OFFBOARD_INVALID: {
    en: (d) => `Cannot offboard: ${d.reason}.`,
    zh: (d) => `无法办理离职交接：${d.reason}。`,
  },
  NO_BUYER_CHAT: {
    en: (d) => `${d.customer} has not written to us on any chat yet, so there is no chat to reply on. Log a call or email with /log instead.`,
    zh: (d) => `${d.customer} 还没有通过任何聊天渠道联系过我们，无法回复。请用 /log 记录电话或邮件。`,
  },
  CHANNEL_UNAVAILABLE: {
    en: (d) => `The ${d.channel} channel is not running right now; nothing was sent.`,
    zh: (d) => `${d.channel} 渠道当前未运行，消息未发送。`,
  },
  OUTSIDE_REPLY_WINDOW: {
    en: (d) => `Not sent: the buyer last wrote on ${d.channel} more than ${d.hours} hours ago, so this is outside the ${d.hours}-hour window; only approved templates may be sent now.`,
    zh: (d) => `未发送：买家在 ${d.channel} 上的最后一条消息已超过 ${d.hours} 小时，超出 ${d.hours} 小时回复窗口；现在只能发送已审批的模板消息。`,
  },
  BUYER_OPTED_OUT: {
    en: (d) => `Not sent: ${d.customer} asked not to receive messages from us (opt-out).`,
    zh: (d) => `未发送：${d.customer} 已要求不再接收我们的消息（退订）。`,
  },
  MESSAGE_NOT_SENT: {
    en: (d) => `Not sent (${d.reason}). Nothing reached the buyer; send it again if it is still needed.`,
    zh: (d) => `未发送（${d.reason}）。买家没有收到；如仍需要请重新发送。`,
  },
  RULE_INVALID: {
    en: (d) => `Rule not saved:\n${ruleProblems(d.problems, 'en')}\nExample: /rule add country=MX,CO product=lighting -> team:latam`,
    zh: (d) => `规则未保存：\n${ruleProblems(d.problems, 'zh')}\n示例：/rule add country=MX,CO product=lighting -> team:latam`,
  },
  RULE_NOT_FOUND: {
    en: (d) => `No rule named "${d.name}". Send /rules for the list.`,
    zh: (d) => `没有名为 "${d.name}" 的规则。发送 /rules 查看列表。`,
  },
  RULES_FILE_INVALID: {
    en: (d) =>
      d.reason === 'too_large' ? `${d.file}: ${mb(d.bytes)} is more than a rules file may have (${mb(d.maxBytes)}); nothing was changed.`
        : d.reason === 'alias_bomb' ? `${d.file}: more than ${d.maxAliases} YAML aliases (*name) to expand, as in an "alias bomb"; nothing was changed.`
          : `${d.file}: nothing was changed, fix these first:\n${fileProblems(d.problems, 'en')}`,
    zh: (d) =>
      d.reason === 'too_large' ? `${d.file}：文件大小 ${mb(d.bytes)}，超过规则文件上限（${mb(d.maxBytes)}）；未做任何更改。`
        : d.reason === 'alias_bomb' ? `${d.file}：需要展开的 YAML 别名（*name）超过 ${d.maxAliases} 个（疑似"别名炸弹"）；未做任何更改。`
          : `${d.file}：未做任何更改，请先修正：\n${fileProblems(d.problems, 'zh')}`,
  },
  TEAM_NOT_FOUND: {
    en: (d) => `No team named "${d.name}".${d.known ? ` Teams: ${list(d.known)}.` : ''}`,
    zh: (d) => `没有名为 "${d.name}" 的团队。${d.known ? `现有团队：${list(d.known)}。` : ''}`,
  },
  FIRST_ANSWER_INVALID: {
    en: (d) =>
      d.reason === 'language' ? `First answer not changed: "${d.value}" is not a language it is sent in; use one of ${d.languages}.`
        : d.reason === 'too_long' ? `First answer not changed: the text is longer than ${d.max} characters.`
          : `First answer not changed: the ${d.language} text must contain {owner} (who will answer) and {when} (when). Example: /firstanswer ${d.language} Thanks for writing! {owner} will answer you {when}.`,
    zh: (d) =>
      d.reason === 'language' ? `首次自动回复未修改："${d.value}" 不是支持的语言；可用：${d.languages}。`
        : d.reason === 'too_long' ? `首次自动回复未修改：内容超过 ${d.max} 个字符。`
          : `首次自动回复未修改：${d.language} 文本必须包含 {owner}（谁来回复）和 {when}（何时回复）。例如：/firstanswer ${d.language} 感谢来信！{owner}将{when}回复您。`,
  },
  NO_RULE_MATCHED: {
    en: (d) => `No rule matches ${d.customer ?? 'that'} and there is no default rule: such a lead waits in the public pool and the managers are told in chat. To route it: /rule add default -> team:<team>`,
    zh: (d) => `没有规则匹配${d.customer ?? '该条件'}，且没有默认规则：这类线索进入公海，并在聊天中通知经理。如需自动分配：/rule add default -> team:<团队>`,
  },
  WEIGHT_INVALID: {
    en: (d) => `Weights not changed: "${d.value}" is not valid; a weight is a whole number from 1 to ${d.max} (to stop a rep getting leads, set them off or on leave). Example: /weights alice=3 bob=2 carol=1`,
    zh: (d) => `权重未修改："${d.value}" 无效；权重须为 1 到 ${d.max} 的整数（若不想给某人分配线索，请设为停用或休假）。示例：/weights alice=3 bob=2 carol=1`,
  },
  TEAM_UNAVAILABLE: {
    en: (d) => `Nobody in team ${d.team} can take it now (everyone is off, on leave or at capacity${d.manager === false ? ', and there is no available manager' : ''}). Nothing was changed.`,
    zh: (d) => `团队 ${d.team} 目前无人可接（全员停用、休假或已满额${d.manager === false ? '，且无可用经理' : ''}）。未做任何更改。`,
  },
  ALREADY_CLAIMED: {
    en: (d) => `Too late: ${d.customer} was already claimed${d.owner ? ` by ${d.owner}` : ''}${d.at ? ` at ${String(d.at).slice(11, 19)} UTC` : ''}. Nothing was changed.`,
    zh: (d) => `晚了一步：${d.customer} 已${d.owner ? `被 ${d.owner} ` : '被他人'}认领${d.at ? `（UTC ${String(d.at).slice(11, 19)}）` : ''}。未做任何更改。`,
  },
  CLAIM_LIMIT: {
    en: (d) => `Claim refused: you have claimed ${d.used} of your ${d.limit} per ${d.period}. The limit resets ${d.resetAt}.`,
    zh: (d) => `认领被拒：本${d.period === 'day' ? '日' : d.period === 'week' ? '周' : '月'}已认领 ${d.used}/${d.limit} 个。额度将于 ${d.resetAt} 重置。`,
  },
  RATE_LIMITED: {
    en: (d) => `Too many ${d.what === 'link' ? 'failed link attempts' : 'duplicate checks'}: the limit is ${d.limit} per ${d.windowMinutes === 60 ? 'hour' : `${d.windowMinutes} minutes`}${d.what === 'link' ? ' for this account and for this chat' : ' for each member'}. Try again in ${d.retryMinutes} min. Nothing was changed.`,
    zh: (d) => `${d.what === 'link' ? '绑定失败次数' : '查重'}过多：${d.what === 'link' ? '每个账号、每个聊天' : '每位成员'}每${d.windowMinutes === 60 ? '小时' : ` ${d.windowMinutes} 分钟`}最多 ${d.limit} 次。请 ${d.retryMinutes} 分钟后再试。未做任何更改。`,
  },

  ASSIGNEE_CANNOT_SEE: {
    en: (d) => `Task #${d.id} not reassigned: ${d.member} may not see its customer. Move the customer first (a transfer, or /reassign to someone who can see it). Nothing was changed.`,
    zh: (d) => `任务 #${d.id} 未转交：${d.member} 无权查看该任务的客户。请先转移客户，或转交给有权查看的同事。未做任何更改。`,
  },
  NOT_IN_POOL: {
    // says nothing else (no name, no owner): whether the customer exists at all is not the claimer's business
    en: (d) => `"${d.customer}" is not in the public pool. Send /pool to see what can be claimed.`,
    zh: (d) => `"${d.customer}" 不在公海中。发送 /pool 查看可认领的客户。`,
  },
  TASK_NOT_FOUND: {
    en: (d) => `No task "${d.ref}" of yours. Send /tasks to see your tasks and their numbers.`,
    zh: (d) => `找不到您的任务 "${d.ref}"。发送 /tasks 查看任务及编号。`,
  },
  TASK_NOT_OPEN: {
    en: (d) => `Task #${d.id} is already ${d.status === 'cancelled' ? 'cancelled' : 'done'}; nothing changed.`,
    zh: (d) => `任务 #${d.id} 已${d.status === 'cancelled' ? '取消' : '完成'}，未做更改。`,
  },
  BAD_DATE: {
    en: (d) =>
      d.reason === 'before_due'
        ? `The task is already due ${String(d.due).slice(0, 16).replace('T', ' ')} UTC; a snooze only moves it later. Give a later time, or a duration such as "2d" (counted from the due time).`
        : d.reason === 'past'
        ? 'That time is in the past. Give a future time, e.g. "tomorrow 3pm", "next tuesday", "2d".'
        : `I could not read a date${d.value ? ` in "${d.value}"` : ''}. Try "tomorrow 3pm", "next tuesday", "in 3 days", "2d", "下周二", "明天下午3点" or "3天后".`,
    zh: (d) =>
      d.reason === 'before_due'
        ? `该任务原定 ${String(d.due).slice(0, 16).replace('T', ' ')} UTC 到期；推迟只能往后。请给出更晚的时间，或写时长如“2d”（从到期时间起算）。`
        : d.reason === 'past'
        ? '该时间已过去。请给出将来的时间，如“明天下午3点”、“下周二”、“2d”。'
        : `无法识别日期${d.value ? `："${d.value}"` : ''}。可以写“明天下午3点”、“下周二”、“3天后”、“2d”、“next tuesday”或“tomorrow 3pm”。`,
  },
  SEQUENCE_NOT_ACTIVE: {
    en: (d) => `${d.customer} has no running wake-up sequence.`,
    zh: (d) => `${d.customer} 没有进行中的唤醒序列。`,
  },
  SEQUENCE_NOT_PAUSED: {
    en: (d) => `The wake-up sequence of ${d.customer} is not paused.`,
    zh: (d) => `${d.customer} 的唤醒序列未处于暂停状态。`,
  },
  STAGE_CHANGE_NOT_FOUND: {
    en: (d) => `No automatic stage move #${d.id} that can be undone${d.undoneAt ? ` (already undone on ${date(d.undoneAt)})` : ''}. Use /stage to set the stage by hand.`,
    zh: (d) => `没有可撤销的自动阶段变更 #${d.id}${d.undoneAt ? `（已于 ${date(d.undoneAt)} 撤销）` : ''}。可用 /stage 手动设置阶段。`,
  },
  STAGE_MOVED_SINCE: {
    en: (d) => `The deal of ${d.customer} has moved since (now: ${d.stage}); nothing was undone. Use /stage to set it by hand.`,
    zh: (d) => `${d.customer} 的商机阶段之后已有变动（当前：${d.stage}），未撤销。可用 /stage 手动设置。`,
  },
  WON_NOT_PENDING: {
    en: (d) => `${d.customer ? `The deal of ${d.customer}` : `Deal #${d.id}`} is not waiting for a won confirmation${d.stage ? ` (stage: ${d.stage})` : ''}; nothing changed.`,
    zh: (d) => `${d.customer ? `${d.customer} 的商机` : `商机 #${d.id}`}没有待确认的成交${d.stage ? `（当前阶段：${d.stage}）` : ''}，未做更改。`,
  },
  LINK_CODE_INVALID: {
    en: (d) => `The link code ${d.code} is wrong or expired (a code works once, for a limited time). Ask your admin for a new one: npm run crm -- user invite <your name>.`,
    zh: (d) => `绑定码 ${d.code} 错误或已过期（每个绑定码只能用一次，且有有效期）。请向管理员索取新的绑定码：npm run crm -- user invite <您的名字>。`,
  },
  UNKNOWN_ROLE: {
    en: (d) => `Unknown role "${d.value}"; roles are ${list(d.roles)}. Nothing was saved.`,
    zh: (d) => `未知角色 "${d.value}"；可用角色：${list(d.roles)}（也可写 采购、技术、财务、老板、物流、销售、其他）。未保存。`,
  },
  BAD_TIMEZONE: {
    en: (d) => `"${d.value}" is not a time zone. Use an IANA name such as Asia/Shanghai, Europe/Berlin or America/Mexico_City.`,
    zh: (d) => `"${d.value}" 不是有效的时区。请使用 IANA 时区名，如 Asia/Shanghai、Europe/Berlin 或 America/Mexico_City。`,
  },
  UNKNOWN_REGION: {
    en: (d) => `"${d.value}" is not a region or a country. Regions are ${list(d.regions)}; or give a country code or name (MX, Germany). Nothing was saved.`,
    zh: (d) => `"${d.value}" 不是区域或国家。可用区域：${list(d.regions)}；也可写国家代码或国名（MX、Germany）。未保存。`,
  },
  GROUP_SELF: {
    en: (d) => `#${d.id} ${d.name} cannot be grouped with itself: name two different customers.`,
    zh: (d) => `#${d.id} ${d.name} 不能与自己组成集团：请指定两个不同的客户。`,
  },
  CHOICE_EXPIRED: {
    en: (d) =>
      d.count
        ? `There is no choice with that number (the list had ${d.count}); nothing was done. Send the command again to see the choices.`
        : 'That number answers nothing on this screen any more (the choices were answered, shown in another session, or are older than 30 minutes); nothing was done. Send the command again to see the choices.',
    zh: (d) =>
      d.count
        ? `没有这个编号的选项（列表共 ${d.count} 项），未做任何操作。请重新发送命令查看选项。`
        : '这个编号已不对应当前屏幕上的选项（选项已回答、显示在另一个会话中，或已超过 30 分钟），未做任何操作。请重新发送命令查看选项。',
  },
  INTERNAL: {
    en: () => 'Something went wrong on our side; nothing was changed. The error has been logged.',
    zh: () => '系统内部出错，未做任何更改。错误已记录。',
  },
};

export function errorReply(error: DomainError, locale: Locale): string {
  return REPLIES[error.code][locale](error.details);
}

/**
 * The database is away (connection failures from pg / Prisma adapters) or too busy to open a transaction in time
 * (Prisma P2028): worth trying again, told apart from bugs so the user hears "try again" and a queue retries. A raw
 * query that cannot connect carries no P1001 code, only P1001's words ("Can't reach database server").
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DomainError) return error.code === 'DATABASE_UNAVAILABLE';
  if ((error as { code?: string })?.code === 'P2028') return true;
  const text = `${(error as { code?: string })?.code ?? ''} ${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|57P01|57P03|08006|08001|08003|Connection terminated|connection.*(closed|refused)|P1001|P1017|DatabaseNotReachable|can'?t reach database server/i.test(text);
}
