import { DateTime } from 'luxon';
import { domainMessages, truncateForEcho, type Locale } from '../i18n';
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
  const m = domainMessages(locale).followup;
  const buttons: OutboundButton[] = [
    { label: m.done({ id: task.id }), action: 'task.done:', value: String(task.id), style: 'primary' },
    { label: m.snooze({ id: task.id }), action: 'task.snooze:', value: String(task.id) },
  ];
  if (task.customerId) buttons.push({ label: m.replyTask({ id: task.id }), action: 'task.reply:', value: String(task.customerId) });
  buttons.push({ label: m.reassign({ id: task.id }), action: 'task.reassign:', value: String(task.id) });
  return buttons;
}

export function taskLine(task: TaskWithCustomer, zone: string, locale: Locale): string {
  const due = DateTime.fromJSDate(task.dueAt, { zone }).setLocale(domainMessages(locale).followup.dateLocale).toFormat('MM-dd HH:mm');
  return `#${task.id} ${task.title}${task.customer && !task.title.includes(task.customer.name) ? ` (${task.customer.name})` : ''} — ${due}`;
}

/** The morning digest's text and buttons; null when there is nothing to say. */
export function buildDigest(input: DigestInput): { text: string; buttons: OutboundButton[] } | null {
  const { locale, zone } = input;
  if (!input.today.length && !input.overdue.length && !input.wrote.length) return null;
  const m = domainMessages(locale).followup;
  const lines: string[] = [m.digestGreeting({ name: input.name })];
  if (input.overdue.length) {
    lines.push('', m.digestOverdue({ count: input.overdue.length }));
    for (const t of input.overdue.slice(0, 10)) lines.push(`• ${taskLine(t, zone, locale)}`);
  }
  if (input.today.length) {
    lines.push('', m.digestToday({ count: input.today.length }));
    for (const t of input.today.slice(0, 10)) lines.push(`• ${taskLine(t, zone, locale)}`);
  }
  if (input.wrote.length) {
    lines.push('', m.digestWrote({ count: input.wrote.length }));
    for (const w of input.wrote) lines.push(`• #${w.customerId} ${w.name} (${w.channel}${w.count > 1 ? ` ×${w.count}` : ''}): ${truncateForEcho(w.text, 80)}`);
  }
  lines.push('', m.digestCommands);
  // one-tap actions for the most pressing three tasks and the buyers who wrote
  const buttons = [...input.overdue, ...input.today].slice(0, 3).flatMap((t) => taskButtons(t, locale));
  for (const w of input.wrote.slice(0, 3)) {
    buttons.push({ label: m.replyBuyer({ name: truncateForEcho(w.name, 24) }), action: 'task.reply:', value: String(w.customerId) });
  }
  return { text: lines.join('\n'), buttons };
}
