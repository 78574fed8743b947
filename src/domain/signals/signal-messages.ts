import { domainMessages, truncateForEcho, type Locale } from '../i18n';
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
  return domainMessages(locale).signals.quoted({ text: truncateForEcho(text.replace(/\s+/g, ' ').trim(), 200) });
}

/** The manager's alert: who, what the buyer asked, the words themselves, and what to do. */
export function riskAlertText(rule: RiskRule, b: AboutBuyer, count: number, locale: Locale): string {
  const m = domainMessages(locale).signals;
  const days = rule.repeated?.days ?? 0;
  const said = m.risks[rule.kind];
  const what = typeof said === 'string' ? said : said({ count, days });
  return m.riskAlert({
    who: who(b), owner: b.ownerName, asker: b.contactName ?? m.buyer, what, quote: quote(b.text, locale),
    next: NEXT_STEPS[rule.intent][locale], id: b.customerId,
  });
}

/** The rep's notice of a move a buyer's message made, with the buttons that confirm or undo it. */
export function stageMovedNotice(
  move: { stageChangeId: number; opportunityId: number; from: string | null; to: Stage },
  b: AboutBuyer,
  locale: Locale,
) {
  const m = domainMessages(locale).signals;
  const names = STAGE_NAMES[locale];
  const from = move.from ? (names[move.from as Stage] ?? move.from) : '—';
  const to = names[move.to];
  const pending = move.to === 'won';
  const said = { who: who(b), asker: b.contactName ?? m.buyerInline, quote: quote(b.text, locale), from, to };
  const text = pending ? m.wonPending(said) : m.stageMoved(said);
  const undo = { label: m.undo, action: STAGE_UNDO, value: String(move.stageChangeId) };
  const confirm = { label: m.confirmWon, action: STAGE_CONFIRM_WON, value: String(move.opportunityId), style: 'primary' as const };
  return { text, buttons: pending ? [confirm, undo] : [undo] };
}
