import { DomainError, type DomainErrorCode } from '../domain/errors';
import type { Locale, Localized } from '../domain/i18n';

type Details = Record<string, unknown>;
type Reply = (d: Details) => string;

const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
const date = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '—');

// The one place error codes become words.
const REPLIES: Record<DomainErrorCode, Localized<Reply>> = {
  NOT_A_MEMBER: {
    en: () => 'Sorry, this chat account is not linked to a Quayside team member, so I cannot show any customer data. Ask your admin for a link code and send /link <code>.',
    zh: () => '抱歉，此聊天账号尚未绑定 Quayside 团队成员，无法查看客户数据。请向管理员索取绑定码并发送 /link <绑定码>。',
  },
  FORBIDDEN: {
    en: () => 'You do not have permission to do that.',
    zh: () => '您没有执行此操作的权限。',
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
        ? `Not created: you already have this customer as #${d.id} ${d.name}.`
        : `Not created: this looks like #${d.id} ${d.name}, ${d.owner ? `owned by ${d.owner} since ${date(d.ownedSince)}` : 'with no owner (public pool)'}; last contact ${date(d.lastContactAt)}.`,
    zh: (d) =>
      d.ownerIsActor
        ? `未创建：您已有该客户 #${d.id} ${d.name}。`
        : `未创建：疑似重复客户 #${d.id} ${d.name}，${d.owner ? `负责人 ${d.owner}（自 ${date(d.ownedSince)} 起）` : '当前无负责人（公海）'}；最近联系 ${date(d.lastContactAt)}。`,
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
  INTERNAL: {
    en: () => 'Something went wrong on our side; nothing was changed. The error has been logged.',
    zh: () => '系统内部出错，未做任何更改。错误已记录。',
  },
};

export function errorReply(error: DomainError, locale: Locale): string {
  return REPLIES[error.code][locale](error.details);
}

/** Connection failures from pg / Prisma adapters, told apart from bugs so the user hears "try again". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|57P01|57P03|08006|08001|08003|Connection terminated|connection.*(closed|refused)|P1001|P1017|DatabaseNotReachable/i.test(text);
}
