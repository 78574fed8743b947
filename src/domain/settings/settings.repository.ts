import type { z } from 'zod';
import type { DbClient, Prisma } from '../db/client';

/**
 * Company-wide editable settings (SOP rules, pool limits, approval rules, templates…), one JSON value per key,
 * always read through the zod schema that owns the key, with its defaults.
 */
export async function readSetting<S extends z.ZodType>(db: DbClient, key: string, schema: S): Promise<z.infer<S>> {
  const row = await db.setting.findUnique({ where: { key } });
  return schema.parse(row?.value ?? undefined);
}

export async function writeSetting<S extends z.ZodType>(db: DbClient, key: string, schema: S, value: z.input<S>): Promise<z.infer<S>> {
  const parsed = schema.parse(value);
  await db.setting.upsert({
    where: { key },
    create: { key, value: parsed as Prisma.InputJsonValue },
    update: { value: parsed as Prisma.InputJsonValue },
  });
  return parsed;
}
