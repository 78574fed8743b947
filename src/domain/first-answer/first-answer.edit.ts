import { recordAudit } from '../audit/audit.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { readSetting, writeSetting } from '../settings/settings.repository';
import type { Actor } from '../team/actor';
import { FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema, firstAnswerTemplateSchema, type FirstAnswerSettings } from './first-answer.settings';
import { FIRST_ANSWER_LANGUAGES, isFirstAnswerLanguage } from './first-answer.texts';

/** What an admin changes from chat: the first answer on or off, or one language's text (null: back to the built-in one). */
export type FirstAnswerChange = { kind: 'enabled'; enabled: boolean } | { kind: 'text'; language: string; text: string | null };

/** The text an admin typed, checked as the settings will be: both placeholders, at most 1000 characters. */
function checkedTemplate(text: string, language: string): string {
  const parsed = firstAnswerTemplateSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  const reason = text.trim().length > 1000 ? 'too_long' : 'placeholders';
  throw new DomainError('FIRST_ANSWER_INVALID', { reason, language, max: 1000 });
}

/**
 * Admins only: the first answer on/off, or one language's text. Checked before anything is written (a refused change
 * changes nothing), then saved with an audit row in one transaction.
 */
export async function editFirstAnswer(db: PrismaClient, actor: Actor, via: string, change: FirstAnswerChange): Promise<FirstAnswerSettings> {
  if (actor.role !== 'admin') throw new DomainError('FORBIDDEN', { reason: 'first_answer' });
  let update: (current: FirstAnswerSettings) => FirstAnswerSettings;
  if (change.kind === 'enabled') {
    update = (current) => ({ ...current, enabled: change.enabled });
  } else {
    const language = change.language.toLowerCase();
    if (!isFirstAnswerLanguage(language)) {
      throw new DomainError('FIRST_ANSWER_INVALID', { reason: 'language', value: change.language, languages: FIRST_ANSWER_LANGUAGES.join(', ') });
    }
    const text = change.text === null ? null : checkedTemplate(change.text, language);
    update = (current) => {
      const texts = { ...current.texts };
      if (text === null) delete texts[language];
      else texts[language] = text;
      return { ...current, texts };
    };
  }
  return inTransaction(db, async (tx) => {
    const saved = await writeSetting(tx, FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema, update(await readSetting(tx, FIRST_ANSWER_SETTINGS_KEY, firstAnswerSettingsSchema)));
    await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'setting', entityId: FIRST_ANSWER_SETTINGS_KEY, details: { change } });
    return saved;
  });
}
