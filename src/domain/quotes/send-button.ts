import { domainMessages, isLocale } from '../i18n';

/** The id prefix of the "Send to buyer" button an approved quote carries (the quote id follows). */
export const QUOTE_SEND_ACTION = 'quote.send:';

/** The button itself, in the rep's language. */
export function sendToBuyerButton(quoteId: number, locale: string) {
  return { label: domainMessages(isLocale(locale) ? locale : 'en').leads.sendToBuyer, action: `${QUOTE_SEND_ACTION}${quoteId}`, value: String(quoteId) };
}
