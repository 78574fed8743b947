import { DateTime } from 'luxon';
import { truncateForEcho, type Locale } from '../i18n';
import type { OutboundButton } from '../channel-contract';
import type { TaskWithCustomer } from './task.repository';

export interface DigestInput {
  locale: Locale;
  zone: string;
  name: string;
  today: TaskWithCustomer[];
  overdue: TaskWithCustomer[];
  wrote: { customerId: number; name: string; text: string; channel: string; count: number }[];
}

/** Buttons for one task; channels without buttons get them as numbered replies (the messenger does that). */
export function taskButtons(task: { id: number; customerId: number | null }, locale: Locale): OutboundButton[] {
  const zh = locale === 'zh';
  const buttons: OutboundButton[] = [
    { label: zh ? `✓ 完成 #${task.id}` : `✓ Done #${task.id}`, action: 'task.done:', value: String(task.id), style: 'primary' },
    { label: zh ? `⏰ 推迟1天 #${task.id}` : `⏰ Snooze 1d #${task.id}`, action: 'task.snooze:', value: String(task.id) },
  ];
  if (task.customerId) buttons.push({ label: zh ? `↩ 回复 #${task.id}` : `↩ Reply #${task.id}`, action: 'task.reply:', value: String(task.customerId) });
  buttons.push({ label: zh ? `👥 转交 #${task.id}` : `👥 Reassign #${task.id}`, action: 'task.reassign:', value: String(task.id) });
  return buttons;
}

export function taskLine(task: TaskWithCustomer, zone: string, locale: Locale): string {
  const due = DateTime.fromJSDate(task.dueAt, { zone }).setLocale(locale === 'zh' ? 'zh-CN' : 'en-GB').toFormat('MM-dd HH:mm');
  return `#${task.id} ${task.title}${task.customer && !task.title.includes(task.customer.name) ? ` (${task.customer.name})` : ''} — ${due}`;
}

/** The morning digest's text and buttons; null when there is nothing to say. */
export function buildDigest(input: DigestInput): { text: string; buttons: OutboundButton[] } | null {
  const { locale, zone } = input;
  if (!input.today.length && !input.overdue.length && !input.wrote.length) return null;
  const zh = locale === 'zh';
  const lines: string[] = [zh ? `☀️ 早上好，${input.name}！今日跟进：` : `☀️ Good morning, ${input.name}! Today's follow-ups:`];
  if (input.overdue.length) {
    lines.push('', zh ? `⚠️ 已逾期（${input.overdue.length}）` : `⚠️ Overdue (${input.overdue.length})`);
    for (const t of input.overdue.slice(0, 10)) lines.push(`• ${taskLine(t, zone, locale)}`);
  }
  if (input.today.length) {
    lines.push('', zh ? `📋 今天到期（${input.today.length}）` : `📋 Due today (${input.today.length})`);
    for (const t of input.today.slice(0, 10)) lines.push(`• ${taskLine(t, zone, locale)}`);
  }
  if (input.wrote.length) {
    lines.push('', zh ? `💬 昨晚来信的买家（${input.wrote.length}）` : `💬 Buyers who wrote overnight (${input.wrote.length})`);
    for (const w of input.wrote) lines.push(`• #${w.customerId} ${w.name} (${w.channel}${w.count > 1 ? ` ×${w.count}` : ''}): ${truncateForEcho(w.text, 80)}`);
  }
  lines.push('', zh ? '命令：/done <编号> · /snooze <编号> 2d · /tasks' : 'Commands: /done <id> · /snooze <id> 2d · /tasks');
  // one-tap actions for the most pressing three tasks and the buyers who wrote
  const buttons = [...input.overdue, ...input.today].slice(0, 3).flatMap((t) => taskButtons(t, locale));
  for (const w of input.wrote.slice(0, 3)) {
    buttons.push({ label: zh ? `↩ 回复 ${truncateForEcho(w.name, 24)}` : `↩ Reply ${truncateForEcho(w.name, 24)}`, action: 'task.reply:', value: String(w.customerId) });
  }
  return { text: lines.join('\n'), buttons };
}
