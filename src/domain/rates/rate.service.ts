import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { compare, dec, div, isDecimalText, round, toPlain, type Dec } from './decimal';
import { findRatePair, listRates, upsertRate } from './rate.repository';

/** Rates are stored and frozen at this many places (the column is decimal(18, 8)). */
export const RATE_SCALE = 8;

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** "usd" → "USD"; anything that is not an ISO 4217 code is an error naming the value. */
export function toCurrencyCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !KNOWN_CURRENCIES.has(code)) throw new DomainError('INVALID_CURRENCY', { value });
  return code;
}

export function isCurrencyCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}

/** "7.10" → a positive decimal with at most 8 places. */
export function parseRate(value: string): Dec {
  const text = value.trim();
  if (!isDecimalText(text)) throw new DomainError('INVALID_RATE', { value });
  const rate = dec(text);
  if (rate.units <= 0n || rate.scale > RATE_SCALE) throw new DomainError('INVALID_RATE', { value });
  return rate;
}

/** "USD/CNY" (or "USD CNY", "USDCNY") → ['USD', 'CNY']. */
export function parsePair(value: string): [string, string] {
  const match = /^\s*([A-Za-z]{3})\s*[/\s-]?\s*([A-Za-z]{3})\s*$/.exec(value);
  if (!match) throw new DomainError('BAD_ARGUMENTS', { value });
  const base = toCurrencyCode(match[1]);
  const quote = toCurrencyCode(match[2]);
  if (base === quote) throw new DomainError('BAD_ARGUMENTS', { value });
  return [base, quote];
}

const csvRow = z.object({
  pair: z.string().optional(),
  base: z.string().optional(),
  quote: z.string().optional(),
  rate: z.string(),
});

export function createRateService(deps: { db: PrismaClient }) {
  const { db } = deps;

  return {
    /** `crm rates set USD/CNY 7.10`: 1 USD = 7.10 CNY. */
    async set(pairText: string, rateText: string, via = 'cli', actorId: number | null = null) {
      const [base, quote] = parsePair(pairText);
      const rate = parseRate(rateText);
      await inTransaction(db, async (tx) => {
        await upsertRate(tx, base, quote, toPlain(rate));
        await recordAudit(tx, { actorId, via, action: 'update', entityType: 'currency_rate', entityId: `${base}/${quote}`, details: { rate: toPlain(rate) } });
      });
      return { base, quote, rate: toPlain(rate) };
    },

    /**
     * A CSV with a header `pair,rate` (USD/CNY,7.10) or `base,quote,rate`. All rows or none: one bad row refuses the file,
     * naming the row, so a half-imported rate table never prices a quote.
     */
    async importCsv(text: string, via = 'cli', actorId: number | null = null) {
      let records: Record<string, string>[];
      try {
        records = parseCsv(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true });
      } catch (error) {
        throw new DomainError('BAD_ARGUMENTS', { value: `CSV: ${(error as Error).message}` });
      }
      if (!records.length) throw new DomainError('BAD_ARGUMENTS', { value: 'CSV: no rows' });
      const rows = records.map((record, i) => {
        const rowNumber = i + 2; // the header is row 1
        const parsed = csvRow.safeParse(record);
        if (!parsed.success) throw new DomainError('BAD_ARGUMENTS', { value: `row ${rowNumber}: needs columns pair,rate or base,quote,rate` });
        const pairText = parsed.data.pair ?? `${parsed.data.base ?? ''}/${parsed.data.quote ?? ''}`;
        try {
          const [base, quote] = parsePair(pairText);
          return { base, quote, rate: toPlain(parseRate(parsed.data.rate)) };
        } catch (error) {
          if (error instanceof DomainError) throw new DomainError('BAD_ARGUMENTS', { value: `row ${rowNumber}: ${pairText} ${parsed.data.rate}` });
          throw error;
        }
      });
      await inTransaction(db, async (tx) => {
        for (const row of rows) await upsertRate(tx, row.base, row.quote, row.rate);
        await recordAudit(tx, { actorId, via, action: 'import', entityType: 'currency_rate', details: { rows: rows.length } });
      });
      return rows;
    },

    list: () => listRates(db),

    /**
     * How many `to` one `from` is worth, from the stored table (directly, or the inverse of the reverse pair).
     * No rate is an error: quoting never guesses and never goes online.
     */
    async rate(from: string, to: string): Promise<Dec> {
      if (from === to) return dec('1');
      const rows = await findRatePair(db, from, to);
      const direct = rows.find((r) => r.base === from && r.quote === to);
      if (direct) return dec(direct.rate);
      const inverse = rows.find((r) => r.base === to && r.quote === from);
      if (inverse && compare(dec(inverse.rate), dec('0')) > 0) return round(div(dec('1'), dec(inverse.rate), RATE_SCALE), RATE_SCALE);
      throw new DomainError('NO_RATE', { from, to });
    },
  };
}

export type RateService = ReturnType<typeof createRateService>;
