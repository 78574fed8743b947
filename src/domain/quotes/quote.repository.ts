import type { DbClient, Prisma } from '../db/client';

const QUOTE_INCLUDE = {
  lines: { orderBy: { id: 'asc' } },
  customer: { include: { owner: true } },
} satisfies Prisma.QuoteInclude;

type QuoteRow = Prisma.QuoteGetPayload<{ include: typeof QUOTE_INCLUDE }>;

/** A quote as the domain sees it: decimals as text, no Prisma types. */
export interface QuoteRecord {
  id: number;
  number: string;
  version: number;
  customerId: number;
  customerName: string;
  customerOwnerId: number | null;
  customerGrade: string;
  customerCountry: string | null;
  /** the buyer's address as it is now on the customer record */
  customerAddress: string | null;
  opportunityId: number | null;
  createdById: number;
  currency: string;
  incoterm: string | null;
  port: string | null;
  portOfLoading: string | null;
  portOfDestination: string | null;
  leadTime: string | null;
  packing: string | null;
  paymentTerms: string | null;
  paymentDays: number | null;
  validUntil: Date | null;
  notes: string | null;
  discountPct: string | null;
  marginPct: string | null;
  total: string;
  baseCurrency: string;
  rate: string;
  totalBase: string;
  status: string;
  createdAt: Date;
  lines: { product: string; spec: string | null; hsCode: string | null; quantity: string; unit: string | null; unitPrice: string; unitCost: string | null }[];
}

function toRecord(row: QuoteRow): QuoteRecord {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    customerId: row.customerId,
    customerName: row.customer.name,
    customerOwnerId: row.customer.ownerId,
    customerGrade: row.customer.grade,
    customerCountry: row.customer.country,
    customerAddress: row.customer.address,
    opportunityId: row.opportunityId,
    createdById: row.createdById,
    currency: row.currency,
    incoterm: row.incoterm,
    port: row.port,
    portOfLoading: row.portOfLoading,
    portOfDestination: row.portOfDestination,
    leadTime: row.leadTime,
    packing: row.packing,
    paymentTerms: row.paymentTerms,
    paymentDays: row.paymentDays,
    validUntil: row.validUntil,
    notes: row.notes,
    discountPct: row.discountPct?.toString() ?? null,
    marginPct: row.marginPct?.toString() ?? null,
    total: row.total.toFixed(2),
    baseCurrency: row.baseCurrency,
    rate: row.rate.toString(),
    totalBase: row.totalBase.toFixed(2),
    status: row.status,
    createdAt: row.createdAt,
    lines: row.lines.map((l) => ({
      product: l.product,
      spec: l.spec,
      hsCode: l.hsCode,
      quantity: l.quantity.toString(),
      unit: l.unit,
      unitPrice: l.unitPrice.toString(),
      unitCost: l.unitCost?.toString() ?? null,
    })),
  };
}

/** What a new quote version is made of: the record less what the database or the customer row supplies. */
export type NewQuote = Omit<QuoteRecord, 'id' | 'customerName' | 'customerOwnerId' | 'customerGrade' | 'customerCountry' | 'customerAddress' | 'createdAt' | 'incoterm'> & {
  incoterm: string;
};

export async function insertQuote(db: DbClient, data: NewQuote): Promise<QuoteRecord> {
  const { lines, ...quote } = data;
  const row = await db.quote.create({ data: { ...quote, lines: { create: lines } }, include: QUOTE_INCLUDE });
  return toRecord(row);
}

/** Serialises numbering (quotes and PIs) for the rest of the transaction. */
export async function lockNumbering(db: DbClient, key: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

/** The highest number used with this prefix ("Q-2026-"), or null. */
export async function lastQuoteNumber(db: DbClient, prefix: string): Promise<string | null> {
  const row = await db.quote.findFirst({ where: { number: { startsWith: prefix } }, orderBy: { number: 'desc' }, select: { number: true } });
  return row?.number ?? null;
}

export async function findQuoteById(db: DbClient, id: number): Promise<QuoteRecord | null> {
  const row = await db.quote.findUnique({ where: { id }, include: QUOTE_INCLUDE });
  return row ? toRecord(row) : null;
}

export async function findQuoteVersion(db: DbClient, number: string, version: number): Promise<QuoteRecord | null> {
  const row = await db.quote.findUnique({ where: { number_version: { number, version } }, include: QUOTE_INCLUDE });
  return row ? toRecord(row) : null;
}

export async function latestVersion(db: DbClient, number: string): Promise<QuoteRecord | null> {
  const row = await db.quote.findFirst({ where: { number }, orderBy: { version: 'desc' }, include: QUOTE_INCLUDE });
  return row ? toRecord(row) : null;
}

/** The customer's most recent quote (any number), to continue its versions. */
export async function latestQuoteForCustomer(db: DbClient, customerId: number, opportunityId?: number | null): Promise<QuoteRecord | null> {
  const row = await db.quote.findFirst({
    where: { customerId, ...(opportunityId === undefined ? {} : { opportunityId }) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: QUOTE_INCLUDE,
  });
  return row ? toRecord(row) : null;
}

export function countVersions(db: DbClient, number: string): Promise<number> {
  return db.quote.count({ where: { number } });
}

/** Earlier versions stop being live when a new one is made; their pending approvals are cancelled with them. */
export async function supersedeEarlierVersions(db: DbClient, number: string, version: number): Promise<void> {
  await db.quote.updateMany({ where: { number, version: { lt: version }, status: { not: 'superseded' } }, data: { status: 'superseded' } });
  await db.approval.updateMany({ where: { quote: { number, version: { lt: version } }, status: 'pending' }, data: { status: 'cancelled' } });
}

/** Moves the quote's status only from what the caller saw (a conditional update; false = someone else moved it). */
export async function setQuoteStatus(db: DbClient, id: number, from: string[], to: string): Promise<boolean> {
  const { count } = await db.quote.updateMany({ where: { id, status: { in: from } }, data: { status: to } });
  return count === 1;
}


/** One line of a quote's history: enough to find a version again, without its lines. */
export interface QuoteVersionSummary {
  id: number;
  number: string;
  version: number;
  status: string;
  currency: string;
  total: string;
  createdAt: Date;
  validUntil: Date | null;
}

/** Every version of one quote number, or of every quote of one customer: newest number first, versions in order. */
export async function listQuoteVersions(db: DbClient, where: { number: string } | { customerId: number }, limit = 30): Promise<QuoteVersionSummary[]> {
  const rows = await db.quote.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, number: true, version: true, status: true, currency: true, total: true, createdAt: true, validUntil: true },
  });
  return rows
    .map((r) => ({ ...r, total: r.total.toFixed(2) }))
    .sort((a, b) => (a.number === b.number ? a.version - b.version : b.number.localeCompare(a.number)));
}
