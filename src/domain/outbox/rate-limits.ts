import { z } from 'zod';
import type { DbClient } from '../db/client';
import { readSetting, writeSetting } from '../settings/settings.repository';

export const RATE_LIMITS_KEY = 'outbox.rate_limits';

/** Sends per second per channel for automated buyer messages (platform limits, kept well below ban thresholds). */
export const rateLimitsSchema = z
  .object({
    defaultPerSecond: z.number().positive().max(1000).default(1),
    channels: z.record(z.string(), z.number().positive().max(1000)).default({}),
  })
  .prefault({});
export type RateLimits = z.infer<typeof rateLimitsSchema>;

export const readRateLimits = (db: DbClient) => readSetting(db, RATE_LIMITS_KEY, rateLimitsSchema);
export const writeRateLimits = (db: DbClient, value: z.input<typeof rateLimitsSchema>) => writeSetting(db, RATE_LIMITS_KEY, rateLimitsSchema, value);
