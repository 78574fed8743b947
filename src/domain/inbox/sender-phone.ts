import { toE164 } from '../normalize/phone';

/**
 * A phone number hidden in a platform account id: WhatsApp ids are the number itself ("5215512345678@c.us").
 * Ids that carry no number (Telegram user ids, WhatsApp's private "@lid" ids) give undefined.
 */
export function phoneFromSenderId(senderId: string): string | undefined {
  const match = /^(\d{7,15})@(?:c\.us|s\.whatsapp\.net)$/.exec(senderId) ?? /^\+(\d{7,15})$/.exec(senderId);
  if (!match) return undefined;
  // WhatsApp still writes Mexican mobiles with the "1" Mexico dropped from its numbering in 2019
  const digits = /^521\d{10}$/.test(match[1]) ? `52${match[1].slice(3)}` : match[1];
  return toE164(`+${digits}`);
}
