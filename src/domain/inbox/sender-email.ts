import { normalizeEmail } from '../normalize/email';

// WhatsApp's account ids look like addresses ("5215512345678@c.us") but are numbers on WhatsApp's own servers
const NOT_MAIL_DOMAINS = /@(?:c\.us|g\.us|s\.whatsapp\.net|lid|broadcast|newsletter)$/i;

/**
 * An email address used as a platform account id (the email channel's sender ids are the lower-cased address), so a
 * buyer who writes by email lands on the contact that already has that address. Other ids give undefined.
 */
export function emailFromSenderId(senderId: string): string | undefined {
  if (NOT_MAIL_DOMAINS.test(senderId)) return undefined;
  return normalizeEmail(senderId);
}
