import { domainMessages, truncateForEcho, type Locale } from '../i18n';
import { countryFlag } from '../normalize/country';
import { localTime, resolveTimezone } from '../normalize/timezone';
import type { KnownBuyer } from './inbox.repository';
import { describeIntents, isIntent, suggestNextSteps } from '../intent';
import { messageText } from '../text/message-text';

export interface BuyerNoticeInput {
  buyer: KnownBuyer;
  channel: string;
  text: string;
  attachmentKinds: string[];
  at: Date;
  newLead: boolean;
  /** the message's trade intents: what the buyer asks for, and the suggested next step */
  intents?: readonly string[];
}

/**
 * What the owning rep reads when a buyer writes: who (name, flag), their local time (so the rep knows whether
 * they are still at work), the message, and the one command that answers on the buyer's channel.
 */
export function buyerNotice(input: BuyerNoticeInput, locale: Locale): string {
  const { buyer } = input;
  const flag = countryFlag(buyer.country);
  const zone = resolveTimezone(buyer.contactTimezone ?? buyer.timezone, buyer.country);
  const time = zone ? localTime(zone, input.at, locale) : null;
  // only the kinds travel with the event: "[photo] the new samples", "[voice]"
  const body = messageText(truncateForEcho(input.text, 500), input.attachmentKinds.map((kind) => ({ kind })), locale);
  const asks = intentLine(input.intents ?? [], locale);
  const who = `#${buyer.customerId} ${buyer.customerName}${flag ? ` ${flag}` : ''}${buyer.contactName !== buyer.customerName ? ` (${buyer.contactName})` : ''}`;
  if (locale === 'zh') {
    return [
      `💬 ${input.newLead ? '新线索' : '客户消息'} ${who}，来自 ${input.channel}${time ? `，对方当地时间 ${time}` : ''}：`,
      body,
      ...asks,
      `回复：/reply #${buyer.customerId}: <内容>`,
    ].join('\n');
  }
  return [
    `💬 ${input.newLead ? 'New lead' : 'Message from'} ${who} on ${input.channel}${time ? `, their time ${time}` : ''}:`,
    body,
    ...asks,
    `Reply: /reply #${buyer.customerId}: <text>`,
  ].join('\n');
}

/** "🏷 asks for a sample and lead time → Next: …" in the rep's language; nothing when there is no real intent. */
function intentLine(tags: readonly string[], locale: Locale): string[] {
  const intents = tags.filter(isIntent).filter((i) => i !== 'other');
  if (!intents.length) return [];
  const [next] = suggestNextSteps(intents, locale);
  return [`🏷 ${describeIntents(intents, locale)}${next ? domainMessages(locale).leads.nextStep({ next }) : ''}`];
}
