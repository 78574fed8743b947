import { domainMessages, type Locale } from '../i18n';
import type { MemberNotification } from '../outbound/notifier';
import type { ReleasedRow, WarnedRow } from './pool.repository';

/** customers listed by name in one notice; the rest are counted */
export const MAX_LINES = 20;
const MAX_BUTTONS = 10;

const more = (n: number, locale: Locale) => (n > 0 ? domainMessages(locale).pool.more({ count: n }) : '');

/** Texts the pool sends to owners, in their language. The action id `pool.onit:<id>` is handled by the pool actions flow. */
export const poolNotices = {
  /** `total`: how many were released, when `rows` holds only the first ones */
  released(rows: ReleasedRow[], locale: Locale, total = rows.length): string {
    const m = domainMessages(locale).pool;
    const shown = rows.slice(0, MAX_LINES);
    const lines = shown.map((r) => `  • #${r.id} ${r.name} — ${m.releasedReason({ reason: r.reason })}`);
    return `${m.releasedHead}\n${lines.join('\n')}${more(total - shown.length, locale)}`;
  },

  warning(rows: WarnedRow[], locale: Locale): MemberNotification {
    const m = domainMessages(locale).pool;
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const lines = rows.slice(0, MAX_LINES).map((r) => `  • #${r.id} ${r.name} — ${m.releasesOn({ day: day(r.releaseAt) })}`);
    return {
      text: `${m.warningHead}\n${lines.join('\n')}${more(rows.length - MAX_LINES, locale)}`,
      buttons: rows.slice(0, MAX_BUTTONS).map((r) => ({
        label: m.onIt({ id: r.id }),
        action: `pool.onit:${r.id}`,
        value: String(r.id),
        style: 'primary' as const,
      })),
    };
  },
};

/** Why a new lead went to the pool, in the reader's language (the technical detail stays in the log and the audit). */
export function unroutedNotice(lead: { id: number; name: string }, why: 'no_rule' | 'team_unavailable', detail: string, locale: Locale): MemberNotification {
  const m = domainMessages(locale).pool;
  const reason = why === 'no_rule' ? m.unroutedNoRule : m.unroutedUnavailable({ detail });
  return { text: m.unrouted({ id: lead.id, name: lead.name, reason }) };
}

/** The head line over a pool buyer's message, for the pool's watchers: nobody owns them, someone should claim them. */
export function poolBuyerHead(customerId: number, locale: Locale): string {
  return domainMessages(locale).pool.buyerHead({ id: customerId });
}
