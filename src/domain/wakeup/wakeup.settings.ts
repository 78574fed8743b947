import { z } from 'zod';
import type { DbClient } from '../db/client';
import { readSetting, writeSetting } from '../settings/settings.repository';
import { businessHoursSettingSchema } from '../calendar/business-hours';

export const WAKEUP_SETTINGS_KEY = 'wakeup.sequence';

export const STEP_KINDS = ['technical_update', 'case_study', 'limited_offer'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The company's wake-up rules (settings key `wakeup.sequence`); every field has the default of common export practice. */
export const wakeupSettingsSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** no communication for this long makes a customer dormant and enrols them */
    dormantDays: z.number().int().min(7).max(3650).default(60),
    /** day of the sequence each step is due on, and what it says */
    steps: z
      .array(z.object({ day: z.number().int().min(0).max(365), kind: z.enum(STEP_KINDS) }))
      .min(1)
      .max(10)
      .default([
        { day: 7, kind: 'technical_update' },
        { day: 14, kind: 'case_study' },
        { day: 30, kind: 'limited_offer' },
      ]),
    /** never more than one automated message per buyer within this many days */
    minGapDays: z.number().min(0).max(60).default(3),
    /** when sends may reach a buyer, in the buyer's zone: the weekly map or `{ days, start, end }` */
    businessHours: businessHoursSettingSchema.prefault({}),
    /** sends are spread over this many minutes after the window opens */
    jitterMinutes: z.number().int().min(0).max(720).default(240),
    /** no send starts in the last minutes of the buyer's day (a reply can still come in business hours) */
    tailMinutes: z.number().int().min(0).max(240).default(30),
    /** how far ahead the scheduler writes outbox rows and queues their jobs */
    horizonHours: z.number().int().min(1).max(72).default(24),
  })
  .refine((s) => s.steps.every((step, i) => i === 0 || step.day > s.steps[i - 1].day), 'step days must increase')
  .prefault({});
export type WakeupSettings = z.infer<typeof wakeupSettingsSchema>;

export const readWakeupSettings = (db: DbClient) => readSetting(db, WAKEUP_SETTINGS_KEY, wakeupSettingsSchema);
export const writeWakeupSettings = (db: DbClient, value: z.input<typeof wakeupSettingsSchema>) =>
  writeSetting(db, WAKEUP_SETTINGS_KEY, wakeupSettingsSchema, value);
