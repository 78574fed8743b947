import type { DbClient } from '../db/client';

export interface RateRow {
  base: string;
  quote: string;
  /** decimal text: 1 base = rate quote */
  rate: string;
  updatedAt: Date;
}

export async function upsertRate(db: DbClient, base: string, quote: string, rate: string): Promise<void> {
  await db.currencyRate.upsert({
    where: { base_quote: { base, quote } },
    create: { base, quote, rate },
    update: { rate },
  });
}

/** The stored pair in either direction (USD/CNY answers CNY/USD too). */
export async function findRatePair(db: DbClient, a: string, b: string): Promise<RateRow[]> {
  const rows = await db.currencyRate.findMany({
    where: { OR: [{ base: a, quote: b }, { base: b, quote: a }] },
  });
  return rows.map((r) => ({ base: r.base, quote: r.quote, rate: r.rate.toString(), updatedAt: r.updatedAt }));
}

export async function listRates(db: DbClient): Promise<RateRow[]> {
  const rows = await db.currencyRate.findMany({ orderBy: [{ base: 'asc' }, { quote: 'asc' }] });
  return rows.map((r) => ({ base: r.base, quote: r.quote, rate: r.rate.toString(), updatedAt: r.updatedAt }));
}
