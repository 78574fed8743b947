import type { Config } from '../config';
import type { AutomatedSendPolicy } from '../domain/channel-contract';

/**
 * whatsapp-web.js is a WhatsApp app session, not the Business Platform: there is no 24-hour window, but a number that
 * sends unsolicited or bulk messages gets banned. So automated messages go only to numbers that wrote to this number
 * before, a few a day, spaced at random, in the buyer's working hours. Safe defaults; each is configurable.
 */
export const DEFAULT_WHATSAPP_AUTOMATED: AutomatedSendPolicy = {
  onlyPriorWriters: true,
  dailyCap: 30,
  perChatDailyCap: 1,
  gapSeconds: [60, 300],
  buyerHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
};

/** "1-5" or "1,3,5-6" → [1,2,3,4,5] */
function weekdays(spec: string): number[] {
  const days = new Set<number>();
  for (const part of spec.split(',')) {
    const [from, to = from] = part.split('-').map(Number);
    for (let d = Math.min(from, to); d <= Math.max(from, to); d += 1) days.add(d);
  }
  return [...days].sort();
}

export function whatsappAutomatedPolicy(config: Pick<Config, 'WHATSAPP_AUTOMATED_DAILY_CAP' | 'WHATSAPP_AUTOMATED_PER_CHAT_DAILY_CAP' | 'WHATSAPP_AUTOMATED_GAP_SECONDS' | 'WHATSAPP_AUTOMATED_HOURS' | 'WHATSAPP_AUTOMATED_DAYS'>): AutomatedSendPolicy {
  const hours = config.WHATSAPP_AUTOMATED_HOURS;
  return {
    onlyPriorWriters: true,
    dailyCap: config.WHATSAPP_AUTOMATED_DAILY_CAP,
    perChatDailyCap: config.WHATSAPP_AUTOMATED_PER_CHAT_DAILY_CAP,
    gapSeconds: config.WHATSAPP_AUTOMATED_GAP_SECONDS,
    buyerHours: hours === 'off' ? null : { days: weekdays(config.WHATSAPP_AUTOMATED_DAYS), start: hours.slice(0, 5), end: hours.slice(6) },
  };
}
