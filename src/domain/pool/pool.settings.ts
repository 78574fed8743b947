import { z } from 'zod';

const days = z.number().int().positive().max(3650);
const limit = z.number().int().nonnegative().nullable();

/** Company-editable pool (公海) rules, settings key `pool`. */
export const poolSettingsSchema = z
  .object({
    /** days without a qualifying follow-up before release, per grade */
    releaseDays: z.object({ A: days.default(30), B: days.default(15), C: days.default(7) }).prefault({}),
    /** the owner is warned this many days before release */
    warnDaysBefore: z.number().int().nonnegative().default(2),
    /** a claimed customer cannot be released again for this many days */
    graceDays: z.number().int().nonnegative().default(7),
    /** claims per rep per calendar day / week (Mon–Sun) / month, in the rep's time zone; null = no limit */
    claimLimits: z.object({ day: limit.default(5), week: limit.default(20), month: limit.default(60) }).prefault({}),
    /** reps on conversion weights get limits scaled by their weight against the team average (×0.5 … ×2) */
    conversionWeighted: z.boolean().default(false),
  })
  .prefault({});

export type PoolSettings = z.infer<typeof poolSettingsSchema>;
export const POOL_SETTINGS_KEY = 'pool';
