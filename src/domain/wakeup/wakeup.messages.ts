import { truncateForEcho, type Locale } from '../i18n';
import type { SkipReason } from './plan-step';

/** What reps are told about their buyers' wake-up sequences, in zh and en. */
export function skipNotice(locale: Locale, reason: SkipReason | string, c: { customerId: number; customerName: string; step: number; detail?: string }): string {
  const who = `#${c.customerId} ${c.customerName}`;
  const step = c.step + 1;
  const en: Record<string, string> = {
    no_channel: `Wake-up step ${step} for ${who} was skipped: the buyer has no chat account we can reach. Add one or follow up by email.`,
    no_timezone: `Wake-up step ${step} for ${who} was skipped: the buyer's timezone is unknown. Set the country or timezone so messages arrive in their business hours.`,
    reply_window: `Wake-up step ${step} for ${who} was skipped: on ${c.detail} the buyer's reply window is closed and no approved template exists for this step. Send it yourself or add an approved template.`,
    no_template: `Wake-up step ${step} for ${who} was skipped: no template (not even English) for "${c.detail}".`,
    opted_out: `Wake-up sequence for ${who} stopped: the buyer opted out.`,
    never_wrote: `Wake-up step ${step} for ${who} was skipped: the buyer never wrote to this number on ${c.detail}, and automated messages go only to numbers that wrote first (ban risk). Write to them yourself.`,
  };
  const zh: Record<string, string> = {
    no_channel: `客户 ${who} 的唤醒第 ${step} 步已跳过：该买家没有可联系的聊天账号。请补充账号或改用邮件跟进。`,
    no_timezone: `客户 ${who} 的唤醒第 ${step} 步已跳过：不知道买家所在时区。请设置国家或时区，以便在对方工作时间发送。`,
    reply_window: `客户 ${who} 的唤醒第 ${step} 步已跳过：${c.detail} 的回复窗口已关闭，且此步骤没有已审核的模板。请手动发送或添加已审核模板。`,
    no_template: `客户 ${who} 的唤醒第 ${step} 步已跳过：“${c.detail}”没有任何模板（包括英文）。`,
    opted_out: `客户 ${who} 的唤醒序列已停止：买家已退订。`,
    never_wrote: `客户 ${who} 的唤醒第 ${step} 步已跳过：该买家从未通过 ${c.detail} 给这个号码发过消息，自动消息只发给先联系过我们的号码（避免封号）。请亲自联系。`,
  };
  const table = locale === 'zh' ? zh : en;
  return table[reason] ?? (locale === 'zh' ? `客户 ${who} 的唤醒第 ${step} 步未发送：${reason}` : `Wake-up step ${step} for ${who} was not sent: ${reason}`);
}

export function fallbackNotice(locale: Locale, c: { customerId: number; customerName: string; step: number; language: string }): string {
  return locale === 'zh'
    ? `客户 #${c.customerId} ${c.customerName} 的唤醒第 ${c.step + 1} 步没有 "${c.language}" 语言模板，将以英文发送。可在模板设置中补充该语言。`
    : `Wake-up step ${c.step + 1} for #${c.customerId} ${c.customerName} has no "${c.language}" template; it will go out in English. Add that language to the templates.`;
}

/** To the owner: the buyer may have asked not to be contacted; automated messages wait for their decision. */
export function likelyOptOutNotice(locale: Locale, c: { customerId: number; customerName: string; channel: string; text: string; paused: boolean }): string {
  const quote = truncateForEcho(c.text, 300);
  if (locale === 'zh') {
    return `⚠️ #${c.customerId} ${c.customerName}（${c.channel}）可能要求不再联系：“${quote}”\n` +
      `${c.paused ? '唤醒序列已暂停。' : ''}如确是退订，请发送 /sequence #${c.customerId} stop 并将联系人标记为勿联系；如不是，请发送 /sequence #${c.customerId} resume。`;
  }
  return `⚠️ #${c.customerId} ${c.customerName} (${c.channel}) may be asking not to be contacted: "${quote}"\n` +
    `${c.paused ? 'The wake-up sequence is paused. ' : ''}If so, send /sequence #${c.customerId} stop and mark the contact do-not-contact; if not, /sequence #${c.customerId} resume.`;
}

export function hotReplyNotice(locale: Locale, c: { customerId: number; customerName: string; channel: string; text: string; optedOut: boolean }): string {
  const quote = truncateForEcho(c.text, 300);
  if (c.optedOut) {
    return locale === 'zh'
      ? `客户 #${c.customerId} ${c.customerName} 在 ${c.channel} 回复并要求退订，唤醒序列已停止：“${quote}”`
      : `#${c.customerId} ${c.customerName} replied on ${c.channel} asking to opt out; the wake-up sequence stopped: "${quote}"`;
  }
  return locale === 'zh'
    ? `🔥 沉睡客户回复了！#${c.customerId} ${c.customerName}（${c.channel}）：“${quote}”\n唤醒序列已停止，请尽快跟进。`
    : `🔥 A dormant buyer replied! #${c.customerId} ${c.customerName} (${c.channel}): "${quote}"\nThe wake-up sequence stopped; follow up now.`;
}
