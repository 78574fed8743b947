import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for personal contact data (email, phone): AES-256-GCM with a random IV per value, and a keyed
 * HMAC "blind index" of the normalised value so exact lookups and duplicate checks work without decrypting.
 *
 * Stored form: `enc:v2:<keyId>:<base64(iv ‖ tag ‖ ciphertext)>`, authenticated together with the place it belongs to
 * (associated data such as `contacts.email#12`: table, column, row), so a value copied to another row or column no
 * longer decrypts. `enc:v1:` values (no associated data, written before) still decrypt and are rewrapped at start-up.
 * The key id lets a process hold several keys (rotation) and turns "wrong key" into a clear error instead of garbage.
 */
export interface PersonalDataCipher {
  readonly keyId: string;
  /** `context` (table.column#row) is authenticated with the value: the same context is needed to decrypt it */
  encrypt(plain: string, context?: string): string;
  decrypt(stored: string, context?: string): string;
  /** keyed hash of a normalised value; `kind` separates emails from phones from handles */
  blindIndex(kind: BlindIndexKind, normalized: string): string;
}

export type BlindIndexKind = 'email' | 'phone' | 'handle' | 'chat' | 'search' | 'message' | 'unsubscribe';

const PREFIX = 'enc:';
const V1 = 'enc:v1:';
const V2 = 'enc:v2:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DataKeyError extends Error {}

/** Reads a base64 32-byte key; anything else is refused with the reason. */
export function parseDataKey(base64: string): Buffer {
  const trimmed = base64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) throw new DataKeyError('DATA_ENCRYPTION_KEY is not base64');
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new DataKeyError(`DATA_ENCRYPTION_KEY must be 32 bytes (base64 of 32 random bytes); it is ${key.length}`);
  return key;
}

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** Two sub-keys from the one configured key, so the index key never doubles as the encryption key. */
export function createPersonalDataCipher(masterKey: Buffer): PersonalDataCipher {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  const encKey = derive('quayside/personal-data/aes-256-gcm');
  const indexKey = derive('quayside/personal-data/blind-index');
  const keyId = createHmac('sha256', derive('quayside/personal-data/key-id')).update('key-id').digest('hex').slice(0, 8);

  return {
    keyId,
    encrypt(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      if (context !== undefined) cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${context !== undefined ? V2 : V1}${keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored, context) {
      const bound = stored.startsWith(V2);
      const [storedKeyId, payload] = stored.slice(V1.length).split(':');
      if (storedKeyId !== keyId) throw new DataKeyError(`value encrypted with key ${storedKeyId}, not the configured key ${keyId}`);
      if (bound && context === undefined) throw new DataKeyError('this value is bound to its row: decrypt it with its context');
      const raw = Buffer.from(payload ?? '', 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
      if (bound) decipher.setAAD(Buffer.from(context!, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new DataKeyError(bound ? `an encrypted value does not belong where it is stored (${context}): moved or tampered with` : 'an encrypted value was tampered with');
      }
    },
    blindIndex(kind, normalized) {
      return createHmac('sha256', indexKey).update(`${kind}:${normalized}`).digest('hex');
    },
  };
}

// One configured key per process, installed at start-up (createApp) from config. Kept here rather than threaded
// through every repository call so that the contact data module's functions keep their signatures for every caller.
const keyring = new Map<string, PersonalDataCipher>();
let active: PersonalDataCipher | null = null;

/** Makes `key` the one new values are encrypted and indexed with; earlier installed keys still decrypt. */
export function installDataKey(key: Buffer): PersonalDataCipher {
  const cipher = createPersonalDataCipher(key);
  keyring.set(cipher.keyId, keyring.get(cipher.keyId) ?? cipher);
  active = keyring.get(cipher.keyId)!;
  return active;
}

export function personalDataCipher(): PersonalDataCipher {
  if (!active) throw new DataKeyError('no data encryption key installed: the app must be created with DATA_ENCRYPTION_KEY');
  return active;
}

/** The associated data a stored value is bound to: its table, column and row key. */
export function sealContext(table: string, column: string, row: string | number): string {
  return `${table}.${column}#${row}`;
}

/** True for values sealed before ciphertexts were bound to their place (`enc:v1:`): rewrapped at start-up. */
export function isUnbound(value: string | null): boolean {
  return value !== null && value.startsWith(V1);
}

/** Encrypts with the configured key, bound to `context` when given; absent values stay absent (see revealStored). */
export function sealStored<T extends string | null | undefined>(value: T, context?: string): T {
  return (value == null ? value : personalDataCipher().encrypt(value, context)) as T;
}

/** Decrypts with whichever installed key made the value; plain (pre-encryption) values pass through. */
export function revealStored(value: string | null, context?: string): string | null {
  if (value === null || !isEncrypted(value)) return value;
  const keyId = value.slice(V1.length).split(':')[0];
  const cipher = keyring.get(keyId);
  if (!cipher) throw new DataKeyError(`contact data was encrypted with key ${keyId}, which is not configured (check DATA_ENCRYPTION_KEY)`);
  return cipher.decrypt(value, context);
}

/** A JSON value sealed into one string (job payloads, half-finished conversations), bound to `context`. */
export function sealJson(value: unknown, context: string): string {
  return personalDataCipher().encrypt(JSON.stringify(value), context);
}

export function revealJson(sealed: string, context: string): unknown {
  return JSON.parse(revealStored(sealed, context)!);
}

/**
 * A platform message id in a form that names no chat: Telegram's and WhatsApp's ids contain the chat id (a user id, a
 * phone number). Deterministic, so redeliveries still meet the same key.
 */
export function messageKey(externalId: string): string {
  return personalDataCipher().blindIndex('message', externalId).slice(0, 40);
}
