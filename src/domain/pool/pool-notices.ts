import type { Locale } from '../i18n';
import type { MemberNotification } from '../notify/notifier';
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
