import { z } from 'zod';
import { businessHoursSchema, DEFAULT_BUSINESS_HOURS } from '../calendar/business-hours';

/** Company-editable first-response SLA, settings key `sla`. Minutes are working minutes of the owner's team. */
export const slaSettingsSchema = z
  .object({
    remindAfterMinutes: z.number().int().positive().default(30),
    escalateAfterMinutes: z.number().int().positive().default(120),
    /** hours for reps without a team (teams have their own) */
    businessHours: businessHoursSchema.default(DEFAULT_BUSINESS_HOURS),
    /** leads older than this are not chased any more (reports still show them) */
    lookbackDays: z.number().int().positive().default(14),
  })
  .prefault({});

export type SlaSettings = z.infer<typeof slaSettingsSchema>;
export const SLA_SETTINGS_KEY = 'sla';
