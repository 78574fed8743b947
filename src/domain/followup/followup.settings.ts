import { z } from 'zod';
import { hhmmSchema as hhmm } from '../calendar/hhmm';
import type { DbClient } from '../db/client';
import { readSetting, writeSetting } from '../settings/settings.repository';

export const SOP_SETTINGS_KEY = 'followup.sop';


/** The company's follow-up SOP (settings key `followup.sop`); defaults from common export practice. */
export const sopSettingsSchema = z
  .object({
    /**
     * The SOP's first steps for a first inquiry: the buyer gets the automated first answer at once (domain/first-answer:
     * who answers, and when), then the owner sends the sample policy and catalogue within this many days (a task).
     */
    firstTouchDays: z.number().min(0.5).max(60).default(1),
    /** only customers created within this many days count as new (an import of old data makes no first-touch tasks) */
    newCustomerWindowDays: z.number().int().min(1).max(365).default(30),
    /** an outbound message the buyer has not answered gets a follow-up task after this many days */
    secondFollowUpDays: z.number().min(1).max(90).default(7),
    /** a buyer who showed these intents and has not been contacted for `highIntentDays` is flagged */
    highIntentDays: z.number().min(1).max(60).default(5),
    highIntents: z.array(z.string()).min(1).default(['price_inquiry', 'sample_request', 'order_confirmation']),
    /** intents older than this are no longer "recent" */
    highIntentLookbackDays: z.number().int().min(1).max(180).default(30),
    /** the morning digest: sent from this local time on, until `digestUntil` (catch-up after downtime) */
    digestAt: hhmm.default('09:00'),
    digestUntil: hhmm.default('12:00'),
    /** nudges wait for the rep's waking hours */
    quietFrom: hhmm.default('21:00'),
    quietUntil: hhmm.default('08:00'),
  })
  .prefault({});
export type SopSettings = z.infer<typeof sopSettingsSchema>;

export const readSopSettings = (db: DbClient) => readSetting(db, SOP_SETTINGS_KEY, sopSettingsSchema);
export const writeSopSettings = (db: DbClient, value: z.input<typeof sopSettingsSchema>) => writeSetting(db, SOP_SETTINGS_KEY, sopSettingsSchema, value);
