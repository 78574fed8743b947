import { z } from 'zod';
import type { Logger } from '../../logger';
import { encryptPlainContacts } from '../contacts/contact.repository';
import { encryptPlainIdentities } from '../team/identity.repository';
import { sealPlainConversations } from '../conversation/conversation.repository';
import { bindMessageHandles } from '../customers/communication.repository';
import { sealPlainOutboxChats } from '../outbox/outbox.repository';
import { keyPlainMessageIds } from './message-id.repository';
import type { DbClient } from '../db/client';
import { readSetting, writeSetting } from '../settings/settings.repository';
import { resolveDataKey } from '../crypto/data-key';
import { DataKeyError, installDataKey, type PersonalDataCipher } from '../crypto/personal-data-cipher';

const KEY_SETTING = 'privacy.data_key';
const keySetting = z.object({ keyId: z.string() }).optional();

/** Step 1, before the database opens: find the key (or refuse) and install it for the contact data module. */
export function installConfiguredDataKey(config: { DATA_ENCRYPTION_KEY?: string; DATABASE_URL?: string; DATA_DIR: string }, logger: Logger) {
  const resolved = resolveDataKey(config);
  if (resolved.source === 'generated') logger.warn({ file: resolved.file }, 'generated a data encryption key: back this file up with the database');
  return installDataKey(resolved.key);
}

/**
 * Step 2, after migrations: the database remembers which key its contact data is encrypted with, so starting with
 * another key is refused instead of writing rows nobody can read; rows still in clear are encrypted now.
 */
export async function preparePersonalData(db: DbClient, cipher: PersonalDataCipher, logger: Logger): Promise<void> {
  const stored = await readSetting(db, KEY_SETTING, keySetting);
  if (stored && stored.keyId !== cipher.keyId) {
    throw new DataKeyError(
      `DATA_ENCRYPTION_KEY does not match the key this database's contact data is encrypted with (key id ${stored.keyId}; configured ${cipher.keyId}). Start with the original key.`,
    );
  }
  if (!stored) await writeSetting(db, KEY_SETTING, keySetting, { keyId: cipher.keyId });
  const encrypted = await encryptPlainContacts(db);
  if (encrypted) logger.info({ contacts: encrypted }, 'encrypted (or bound to their row) contact details stored in clear or unbound');
  const handles = await encryptPlainIdentities(db);
  if (handles) logger.info({ identities: handles }, 'encrypted chat handles stored in clear');
  const messages = await bindMessageHandles(db);
  if (messages) logger.info({ messages }, 'sealed and bound chat handles of stored messages');
  const outboxChats = await sealPlainOutboxChats(db);
  if (outboxChats) logger.info({ outbox: outboxChats }, 'sealed chat ids of queued messages');
  const messageIds = await keyPlainMessageIds(db);
  if (messageIds) logger.info({ messageIds }, 'replaced platform message ids stored in clear by their keyed hash');
  const conversations = await sealPlainConversations(db);
  if (conversations) logger.info({ conversations }, 'keyed and sealed conversation states stored in clear');
}
