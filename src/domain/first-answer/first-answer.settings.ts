import { z } from 'zod';
import { FIRST_ANSWER_LANGUAGES } from './first-answer.texts';

/**
 * The first answer to a new buyer (settings key `first_answer`, edited with `/firstanswer`): on by default; a
 * conversation is new when the buyer wrote nothing in the `quietDays` before; `texts` overrides the built-in text
 * per language and must keep `{owner}` and `{when}`.
 */
export const firstAnswerTemplateSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((t) => t.includes('{owner}') && t.includes('{when}'), 'must contain {owner} and {when}');

export const firstAnswerSettingsSchema = z
  .object({
    enabled: z.boolean().default(true),
    quietDays: z.number().int().min(1).max(365).default(14),
    texts: z.partialRecord(z.enum(FIRST_ANSWER_LANGUAGES), firstAnswerTemplateSchema).default({}),
  })
  .prefault({});

export type FirstAnswerSettings = z.infer<typeof firstAnswerSettingsSchema>;
export const FIRST_ANSWER_SETTINGS_KEY = 'first_answer';
