import { truncateForEcho, type Locale } from '../i18n';
import { NEXT_STEPS } from '../intent/next-steps';
import { countryFlag } from '../normalize/country';
import { STAGE_NAMES, type Stage } from '../pipeline/stages';
import type { RiskRule } from './signal-rules';

/** Button ids of the stage notice; the action flows in src/flows/stage-undo.actions.ts answer them. */
export const STAGE_UNDO = 'stage.undo';
export const STAGE_CONFIRM_WON = 'stage.confirm-won';

export interface AboutBuyer {
  customerId: number;
  customerName: string;
  country: string | null;
  contactName: string | null;
  ownerName: string | null;
  text: string;
}

function who(b: AboutBuyer): string {
  const flag = countryFlag(b.country);
  return `#${b.customerId} ${b.customerName}${flag ? ` ${flag}` : ''}`;
}

function quote(text: string, locale: Locale): string {
  const short = truncateForEcho(text.replace(/\s+/g, ' ').trim(), 200);
  return locale === 'zh' ? `“${short}”` : `"${short}"`;
}

const RISK_WORDS: Record<RiskRule['kind'], Record<Locale, (count: number, days: number) => string>> = {
  payment_extension: { en: () => 'asks for longer payment terms or to pay later', zh: () => '要求延长账期或延期付款' },
  order_split: { en: () => 'asks to split the order into several shipments or invoices', zh: () => '要求拆单（分批发货或拆分发票）' },
  quote_revisions: {
    en: (count, days) => `asks for a revised quote again: ${count} requests in ${days} days`,
    zh: (count, days) => `再次要求修改报价：${days} 天内已 ${count} 次`,
  },
};

/** The manager's alert: who, what the buyer asked, the words themselves, and what to do. */
export function riskAlertText(rule: RiskRule, b: AboutBuyer, count: number, locale: Locale): string {
  const days = rule.repeated?.days ?? 0;
  const asker = b.contactName ?? (locale === 'zh' ? '买家' : 'The buyer');
  const what = RISK_WORDS[rule.kind][locale](count, days);
  if (locale === 'zh') {
    return [
      `⚠️ 风险信号：${who(b)}（负责人：${b.ownerName ?? '公海'}）`,
      `${asker} ${what}：${quote(b.text, locale)}`,
      `建议：${NEXT_STEPS[rule.intent].zh}`,
      `查看客户：/customer #${b.customerId}`,
    ].join('\n');
  }
  return [
    `⚠️ Risk signal: ${who(b)} (owner: ${b.ownerName ?? 'public pool'})`,
    `${asker} ${what}: ${quote(b.text, locale)}`,
    `Next: ${NEXT_STEPS[rule.intent].en}`,
    `Card: /customer #${b.customerId}`,
  ].join('\n');
}

/** The rep's notice of a move a buyer's message made, with the buttons that confirm or undo it. */
export function stageMovedNotice(
  move: { stageChangeId: number; opportunityId: number; from: string | null; to: Stage },
  b: AboutBuyer,
  locale: Locale,
) {
  const names = STAGE_NAMES[locale];
  const from = move.from ? (names[move.from as Stage] ?? move.from) : '—';
  const to = names[move.to];
  const pending = move.to === 'won';
  const asker = b.contactName ?? (locale === 'zh' ? '买家' : 'the buyer');
  const text =
    locale === 'zh'
      ? pending
        ? `🎉 ${who(b)}：${asker} 确认下单 ${quote(b.text, locale)}\n商机阶段 ${from} → ${to}（待您确认）。PI 签回/定金到账后请确认；如判断有误可撤销。`
        : `📈 ${who(b)}：${asker} 的消息 ${quote(b.text, locale)}\n商机阶段已自动 ${from} → ${to}。如判断有误可撤销。`
      : pending
        ? `🎉 ${who(b)}: ${asker} confirms the order ${quote(b.text, locale)}\nDeal moved ${from} → ${to}, pending your confirmation. Confirm once the PI is signed or the deposit is in; undo if this is wrong.`
        : `📈 ${who(b)}: ${asker} wrote ${quote(b.text, locale)}\nDeal moved ${from} → ${to} automatically. Undo if this is wrong.`;
  const undo = { label: locale === 'zh' ? '撤销' : 'Undo', action: STAGE_UNDO, value: String(move.stageChangeId) };
  const confirm = { label: locale === 'zh' ? '确认成交' : 'Confirm won', action: STAGE_CONFIRM_WON, value: String(move.opportunityId), style: 'primary' as const };
  return { text, buttons: pending ? [confirm, undo] : [undo] };
}
