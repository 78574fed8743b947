import { timingSafeEqual } from 'node:crypto';
import { personalDataCipher } from './personal-data-cipher';

const MAC_LENGTH = 32;
const TOKEN = /^(\d{1,10})\.([0-9a-f]{32})$/;

function macOf(contactId: number): string {
  // keyed with the data key's index key under its own kind: unguessable without the key, and stable across restarts
  return personalDataCipher().blindIndex('unsubscribe', String(contactId)).slice(0, MAC_LENGTH);
}

/** The token an automated message carries so its contact can opt out in one click: `<contactId>.<HMAC>`. */
export function unsubscribeToken(contactId: number): string {
  return `${contactId}.${macOf(contactId)}`;
}

/** The contact a token was made for, or null when it is malformed or its MAC does not match (forged, another key). */
export function verifyUnsubscribeToken(token: string): number | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const contactId = Number(match[1]);
  if (!Number.isSafeInteger(contactId) || contactId <= 0) return null;
  const expected = Buffer.from(macOf(contactId));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? contactId : null;
}
