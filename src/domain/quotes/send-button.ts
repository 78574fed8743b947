/** The id prefix of the "Send to buyer" button an approved quote carries (the quote id follows). */
export const QUOTE_SEND_ACTION = 'quote.send:';

/** The button itself, in the rep's language. */
export function sendToBuyerButton(quoteId: number, locale: string) {
  return { label: locale === 'zh' ? '发送给买家' : 'Send to buyer', action: `${QUOTE_SEND_ACTION}${quoteId}`, value: String(quoteId) };
}
