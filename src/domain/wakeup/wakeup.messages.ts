import { domainMessages, truncateForEcho, type Locale } from '../i18n';
import type { SkipReason } from './plan-step';

/** What reps are told about their buyers' wake-up sequences, in their language. */
export function skipNotice(locale: Locale, reason: SkipReason | string, c: { customerId: number; customerName: string; step: number; detail?: string }): string {
  const m = domainMessages(locale).wakeup;
  const said = { who: `#${c.customerId} ${c.customerName}`, step: c.step + 1, detail: c.detail };
  const known = (m.skip as Record<string, typeof m.skip.no_channel | undefined>)[reason];
  return known ? known(said) : m.notSent({ ...said, reason });
}

export function fallbackNotice(locale: Locale, c: { customerId: number; customerName: string; step: number; language: string }): string {
  return domainMessages(locale).wakeup.fallback({ step: c.step + 1, who: `#${c.customerId} ${c.customerName}`, language: c.language });
}

/** To the owner: the buyer may have asked not to be contacted; automated messages wait for their decision. */
export function likelyOptOutNotice(locale: Locale, c: { customerId: number; customerName: string; channel: string; text: string; paused: boolean }): string {
  return domainMessages(locale).wakeup.likelyOptOut({
    id: c.customerId, name: c.customerName, channel: c.channel, quote: truncateForEcho(c.text, 300), paused: c.paused,
  });
}

export function hotReplyNotice(locale: Locale, c: { customerId: number; customerName: string; channel: string; text: string; optedOut: boolean }): string {
  const m = domainMessages(locale).wakeup;
  const said = { id: c.customerId, name: c.customerName, channel: c.channel, quote: truncateForEcho(c.text, 300) };
  return c.optedOut ? m.optedOutReply(said) : m.hotReply(said);
}
