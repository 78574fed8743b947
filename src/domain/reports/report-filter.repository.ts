import { Prisma } from '../../generated/prisma/client';
import type { CustomerScope } from '../access/visibility';
import type { DbClient, PrismaClient } from '../db/client';

/** What every report is cut by: the reader's visibility, an optional rep/team, an optional country. */
export interface ReportFilter {
  scope: CustomerScope;
  /** only customers owned by these members (a rep or a team); undefined = everyone visible */
  ownerIds?: number[];
  country?: string;
  from: Date;
  to: Date;
}

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const empty = Prisma.empty;
export const raw = Prisma.raw;

/**
 * The visibility rule (customers/visibility.ts) as SQL over a customers alias, plus the rep and country filters.
 * Every report query joins through this, so no report counts a customer its reader may not see.
 */
export function customerWhereSql(alias: string, filter: ReportFilter): Sql {
  const c = Prisma.raw(alias);
  const parts: Sql[] = [sql`${c}.merged_into_id IS NULL`];
  if (filter.scope.kind === 'some') {
    parts.push(sql`(${c}.owner_id = ANY(${filter.scope.ownerIds}::int[])
      OR (${c}.owner_id IS NULL AND ${c}.country = ANY(${filter.scope.unownedCountries}::text[])))`);
  }
  if (filter.ownerIds) parts.push(sql`${c}.owner_id = ANY(${filter.ownerIds}::int[])`);
  if (filter.country) parts.push(sql`${c}.country = ${filter.country}`);
  return Prisma.join(parts, ' AND ');
}

/** `column` falls in the report's period (from inclusive, to exclusive). */
export function inPeriodSql(column: string, filter: ReportFilter): Sql {
  return sql`${raw(column)} >= ${filter.from} AND ${raw(column)} < ${filter.to}`;
}

/**
 * The same rule as customerWhereSql, as a condition on a customer id column of another table (orders, deals…).
 * A reader who sees everything, with no rep or country cut, only loses merged customers: those few are found through
 * their index and left out by anti-join, instead of joining the whole customers table to check each row.
 */
export function visibleCustomerIdSql(column: string, filter: ReportFilter): Sql {
  const id = Prisma.raw(column);
  if (filter.scope.kind === 'all' && !filter.ownerIds && !filter.country) {
    return sql`${id} NOT IN (SELECT vc.id FROM customers vc WHERE vc.merged_into_id IS NOT NULL)`;
  }
  return sql`EXISTS (SELECT 1 FROM customers vc WHERE vc.id = ${id} AND ${customerWhereSql('vc', filter)})`;
}

/** Members a report may list per rep: the reader's visible owners (or everyone active for directors/admins). */
export function ownerListSql(alias: string, filter: ReportFilter): Sql {
  const m = Prisma.raw(alias);
  const parts: Sql[] = [sql`${m}.status <> 'left'`];
  if (filter.scope.kind === 'some') parts.push(sql`${m}.id = ANY(${filter.scope.ownerIds}::int[])`);
  if (filter.ownerIds) parts.push(sql`${m}.id = ANY(${filter.ownerIds}::int[])`);
  return Prisma.join(parts, ' AND ');
}

/**
 * Runs one report query with session settings made for one-off aggregates over a million rows, local to its own
 * transaction (SET LOCAL needs one):
 * - JIT off: the planner turns it on for these and spends about a second compiling, more than the query takes;
 * - work_mem 64MB: the per-customer hash aggregates and sorts (a few hundred thousand groups) otherwise spill to
 *   disk in batches at the 4MB default; only these report statements get it, not every connection.
 */
export async function withReportSettings<T>(db: DbClient, query: (db: DbClient) => Promise<T>): Promise<T> {
  const settings = async (tx: DbClient) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
  };
  if (typeof (db as { $transaction?: unknown }).$transaction === 'function') {
    return (db as PrismaClient).$transaction(async (tx) => {
      await settings(tx);
      return query(tx);
    }, { timeout: 60_000 });
  }
  // already inside the caller's transaction
  await settings(db);
  return query(db);
}
