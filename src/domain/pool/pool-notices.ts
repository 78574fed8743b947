import type { Locale } from '../i18n';
import type { MemberNotification } from '../outbound/notifier';
import type { ReleasedRow, WarnedRow } from './pool.repository';

/** customers listed by name in one notice; the rest are counted */
export const MAX_LINES = 20;
const MAX_BUTTONS = 10;

const more = (n: number, locale: Locale) => (n > 0 ? (locale === 'zh' ? `\n……另有 ${n} 个` : `\n…and ${n} more`) : '');

/** Texts the pool sends to owners, in their language. The action id `pool.onit:<id>` is handled by the pool actions flow. */
export const poolNotices = {
  /** `total`: how many were released, when `rows` holds only the first ones */
  released(rows: ReleasedRow[], locale: Locale, total = rows.length): string {
    const shown = rows.slice(0, MAX_LINES);
    const lines = shown.map((r) => `  • #${r.id} ${r.name} — ${locale === 'zh' ? zhReason(r.reason) : r.reason}`);
    const head = locale === 'zh' ? `🌊 以下客户已释放到公海：` : `🌊 Released to the public pool:`;
    return `${head}\n${lines.join('\n')}${more(total - shown.length, locale)}`;
  },

  warning(rows: WarnedRow[], locale: Locale): MemberNotification {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const lines = rows.slice(0, MAX_LINES).map((r) => `  • #${r.id} ${r.name} — ${locale === 'zh' ? `${day(r.releaseAt)} 释放` : `released on ${day(r.releaseAt)}`}`);
    const head = locale === 'zh'
      ? '⏳ 以下客户即将因未跟进释放到公海。跟进一次（发消息、打电话或 /log 电话/会议）即可保留：'
      : '⏳ These customers go to the public pool soon for lack of follow-up. One follow-up (a message, a call, or /log a call/meeting) keeps them:';
    return {
      text: `${head}\n${lines.join('\n')}${more(rows.length - MAX_LINES, locale)}`,
      buttons: rows.slice(0, MAX_BUTTONS).map((r) => ({
        label: locale === 'zh' ? `我来跟进 #${r.id}` : `I'm on it: #${r.id}`,
        action: `pool.onit:${r.id}`,
        value: String(r.id),
        style: 'primary' as const,
      })),
    };
  },
};

function zhReason(reason: string): string {
  const m = /^no follow-up for (\d+) days \(grade (\w)\)$/.exec(reason);
  return m ? `${m[1]} 天未跟进（${m[2]} 级）` : reason;
}

/** Why a new lead went to the pool, in the reader's language (the technical detail stays in the log and the audit). */
export function unroutedNotice(lead: { id: number; name: string }, why: 'no_rule' | 'team_unavailable', detail: string, locale: Locale): MemberNotification {
  const reason = why === 'no_rule'
    ? (locale === 'zh' ? '没有匹配的分配规则' : 'no routing rule matched it')
    : (locale === 'zh' ? `无人可接：${detail}` : `nobody could take it: ${detail}`);
  const text = locale === 'zh'
    ? `⚠️ 新线索 #${lead.id} ${lead.name} 无法分配（${reason}），已进入公海。认领：/claim #${lead.id}；添加默认规则：/rule add default -> team:<团队>`
    : `⚠️ New lead #${lead.id} ${lead.name} was not assigned (${reason}); it waits in the public pool. Claim it: /claim #${lead.id}; add a default rule: /rule add default -> team:<team>`;
  return { text };
}

/** The head line over a pool buyer's message, for the pool's watchers: nobody owns them, someone should claim them. */
export function poolBuyerHead(customerId: number, locale: Locale): string {
  return locale === 'zh'
    ? `🌊 公海客户来消息了（无负责人）。认领：/claim #${customerId}`
    : `🌊 A buyer in the public pool wrote (nobody owns them). Claim: /claim #${customerId}`;
}
