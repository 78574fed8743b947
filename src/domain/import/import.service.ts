import { recordAudit } from '../audit/audit.repository';
import { tombstonedDetails } from '../contacts/contact.repository';
import type { PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { blockingKeys, createBlockingIndex } from '../dedupe/blocking';
import { checkDuplicatesBulk, type DuplicateMatch } from '../dedupe/duplicate-check.service';
import { prepareRecord, scoreMatch, type PreparedRecord } from '../dedupe/match';
import { normalizeCompanyName } from '../dedupe/normalize-company';
import { websiteDomain } from '../normalize/email';
import { resolveTimezone } from '../normalize/timezone';
import { insertImportedCustomers } from './import.repository';
import { mapHeaders, parseRow, type ParsedRow } from './import-row';
import type { Table } from './read-table';

export type ImportAction = 'create' | 'duplicate' | 'possible_duplicate' | 'error';

/** One data row's verdict, exactly the shape `crm import --json` prints (rows numbered from 1 = first data row). */
export interface ImportRowResult {
  row: number;
  action: ImportAction;
  duplicateOfRow: number | null;
  duplicateOfCustomerId: number | null;
  score: number | null;
  reasons: string[];
  error: string | null;
  /** cells left out or flagged; the row still imports (printed in the summary by row and column) */
  warnings: { column: string; value: string; message: string }[];
}

export type Localized = { en: string; zh: string };

export interface ImportPlan {
  rows: ImportRowResult[];
  /** each row's reasons, error and warnings in both languages, for the human-readable output in the reader's language */
  localized: Map<number, { reasons: Localized[]; error: Localized | null; warnings: (Localized & { column: string })[] }>;
  parsed: ParsedRow[];
  /** each valid row's normalised name key, computed once while planning (the write reuses it) */
  nameKeys: (string | null)[];
  groups: Map<number, number>;
  columns: { missing: string[]; unknown: string[] };
  table: Pick<Table, 'format' | 'encoding' | 'delimiter'>;
}

type InFile = { row: number; score: number; reasons: Localized[]; verdict: 'duplicate' | 'possible_duplicate' };
/** Rows checked against the database per round trip: bounded memory and a progress tick per chunk. */
const CHUNK = 2000;

function bestInFile(p: PreparedRecord, earlier: Set<number>, prepared: (PreparedRecord | null)[], root: Map<number, number>): InFile | null {
  let best: InFile | null = null;
  for (const j of earlier) {
    const r = scoreMatch(p, prepared[j]!);
    if (r.verdict === 'distinct') continue;
    if (!best || r.score > best.score || (r.score === best.score && j < best.row)) best = { row: j, score: r.score, reasons: r.reasons.map(({ en, zh }) => ({ en, zh })), verdict: r.verdict };
  }
  // a duplicate of a duplicate points at the earliest row of its group
  return best ? { ...best, row: root.get(best.row) ?? best.row } : null;
}

/** Where a long import is: rows read (parsed and normalised), then rows checked against the database. */
export type ImportProgress = (phase: 'read' | 'check', done: number, total: number) => void;

/** Checks every row against the database and against the rows above it; writes nothing. */
export async function planImport(db: PrismaClient, table: Table, onProgress?: ImportProgress): Promise<ImportPlan> {
  const map = mapHeaders(table.headers);
  if (map.columns.company === undefined) {
    throw new DomainError('IMPORT_FILE_INVALID', {
      reason: 'no_company_column',
      en: `no company column (headers: ${table.headers.join(', ')}); name one "company" or "公司"`,
      zh: `没有公司名称列（表头：${table.headers.join(', ')}）；请命名为 "company" 或 "公司"`,
    });
  }
  const parsed = table.rows.map((cells, i) => {
    if (i % CHUNK === 0 && i > 0) onProgress?.('read', i, table.rows.length);
    return parseRow(cells, map);
  });
  // GDPR: an erased person's email or phone is never brought back by an import
  const allEmails = parsed.flatMap((p) => (p.ok ? p.record.emails : []));
  const allPhones = parsed.flatMap((p) => (p.ok ? p.record.phones : []));
  const erased = new Set<string>();
  for (let i = 0; i < Math.max(allEmails.length, allPhones.length); i += 2000) {
    for (const d of await tombstonedDetails(db, { emails: allEmails.slice(i, i + 2000), phones: allPhones.slice(i, i + 2000) })) erased.add(d);
  }
  // The company still imports; the erased person (name, email, phone) does not come back.
  const checked: ParsedRow[] = parsed.map((p) =>
    p.ok && [...p.record.emails, ...p.record.phones].some((d) => erased.has(d))
      ? {
          ...p,
          record: { ...p.record, emails: [], phones: [], contactNames: [] },
          contactName: null,
          flags: p.flags.filter((f) => f !== 'phone-unverified'),
          warnings: [...p.warnings, { column: 'contact', value: '', en: 'the contact belongs to a person erased under GDPR; left out', zh: '联系人属于已按 GDPR 删除的个人，已略过' }],
        }
      : p,
  );
  const prepared = checked.map((p, i) => {
    if (i % CHUNK === 0 && i > 0) onProgress?.('read', i, checked.length);
    return p.ok ? prepareRecord(p.record) : null;
  });
  onProgress?.('read', checked.length, checked.length);
  const valid = prepared.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
  const matchesOf = new Map<number, DuplicateMatch[]>();
  for (let start = 0; start < valid.length; start += CHUNK) {
    const chunk = valid.slice(start, start + CHUNK);
    const found = await checkDuplicatesBulk(db, chunk.map((i) => prepared[i]!));
    chunk.forEach((i, k) => matchesOf.set(i, found[k]));
    onProgress?.('check', Math.min(start + CHUNK, valid.length), valid.length);
  }

  const index = createBlockingIndex<number>();
  const root = new Map<number, number>();
  const rows: ImportRowResult[] = [];
  const localized: ImportPlan['localized'] = new Map();
  const groups = new Map<number, number>();
  checked.forEach((p, i) => {
    const row = i + 1;
    const warnings = p.warnings.map((w) => ({ column: w.column, value: w.value, message: w.en }));
    const warningsL = p.warnings.map(({ column, en, zh }) => ({ column, en, zh }));
    if (!p.ok) {
      rows.push({ row, action: 'error', duplicateOfRow: null, duplicateOfCustomerId: null, score: null, reasons: [], error: `row ${row}: ${p.problem.en}`, warnings });
      localized.set(row, { reasons: [], error: p.problem, warnings: warningsL });
      return;
    }
    const record = prepared[i]!;
    const fromDb = (matchesOf.get(i) ?? []).filter((m) => m.verdict !== 'distinct');
    const group = (matchesOf.get(i) ?? []).find((m) => m.group)?.group ?? null;
    const keys = blockingKeys(record);
    const inFile = bestInFile(record, index.candidates(record, keys), prepared, root);
    const inFileRow = inFile ? inFile.row : null;
    const db0 = fromDb[0];
    let result: Omit<ImportRowResult, 'reasons' | 'warnings'> & { reasons: Localized[] };
    if (db0?.verdict === 'duplicate' || inFile?.verdict === 'duplicate') {
      const useDb = db0?.verdict === 'duplicate';
      const dupRow = inFile?.verdict === 'duplicate' ? inFile.row : null;
      result = {
        row, action: 'duplicate', duplicateOfRow: dupRow !== null ? dupRow + 1 : null, duplicateOfCustomerId: useDb ? db0.customer.id : null,
        score: useDb ? db0.score : inFile!.score, reasons: useDb ? db0.reasons : inFile!.reasons, error: null,
      };
      if (dupRow !== null) root.set(i, dupRow);
    } else if (db0 || inFile) {
      const useDb = !!db0 && (!inFile || db0.score >= inFile.score);
      result = {
        row, action: 'possible_duplicate', duplicateOfRow: inFileRow !== null ? inFileRow + 1 : null, duplicateOfCustomerId: db0 ? db0.customer.id : null,
        score: useDb ? db0!.score : inFile!.score, reasons: useDb ? db0!.reasons : inFile!.reasons, error: null,
      };
    } else {
      const reasons = group ? [{ en: `belongs to group ${group.name}, owned by ${group.ownerName ?? 'nobody'}`, zh: `属于集团 ${group.name}，负责人 ${group.ownerName ?? '无'}` }] : [];
      if (group) groups.set(i, group.id);
      result = { row, action: 'create', duplicateOfRow: null, duplicateOfCustomerId: null, score: null, reasons, error: null };
    }
    const reasons = result.reasons.map(({ en, zh }) => ({ en, zh }));
    rows.push({ ...result, reasons: reasons.map((r) => r.en), warnings });
    localized.set(row, { reasons, error: null, warnings: warningsL });
    index.add(record, i, keys);
  });
  return { rows, localized, parsed: checked, nameKeys: prepared.map((p) => p?.names[0]?.key ?? null), groups, columns: { missing: map.missing, unknown: map.unknown }, table: { format: table.format, encoding: table.encoding, delimiter: table.delimiter } };
}

export function summarize(plan: ImportPlan, created: number, dryRun: boolean) {
  const count = (a: ImportAction) => plan.rows.filter((r) => r.action === a).length;
  return {
    total: plan.rows.length,
    create: count('create'),
    duplicate: count('duplicate'),
    possible_duplicate: count('possible_duplicate'),
    error: count('error'),
    warnings: plan.rows.reduce((n, r) => n + r.warnings.length, 0),
    rowsWithWarnings: plan.rows.filter((r) => r.warnings.length > 0).length,
    created,
    skipped: plan.rows.length - created,
    dryRun,
    format: plan.table.format,
    encoding: plan.table.encoding,
    delimiter: plan.table.delimiter,
    missingColumns: plan.columns.missing,
    unknownColumns: plan.columns.unknown,
  };
}

/** Rows that failed or carry a warning: what `--strict` refuses the whole file for. */
export function strictProblems(plan: ImportPlan): number {
  return plan.rows.filter((r) => r.action === 'error' || r.warnings.length > 0).length;
}

/**
 * Creates the rows planned as `create` in one transaction with bulk inserts (a database failure writes none of them). Duplicates, possible
 * duplicates and errors are skipped (reported by the plan), so no existing customer or owner is ever touched.
 * Without an owner the customers go to the public pool.
 */
export async function commitImport(
  db: PrismaClient,
  plan: ImportPlan,
  options: { ownerId: number | null; actorId: number | null; via: string; fileName: string; now?: Date },
): Promise<number[]> {
  const at = options.now ?? new Date();
  const toCreate = plan.rows.filter((r) => r.action === 'create').map((r) => r.row - 1);
  // a 100,000-row import takes longer than the default interactive-transaction timeout
  return db.$transaction(async (tx) => {
    const ids = await insertImportedCustomers(
      tx,
      toCreate.map((i) => {
        const p = plan.parsed[i];
        if (!p.ok) throw new Error('planned row is not valid');
        const r = p.record;
        const site = r.website ? websiteDomain(r.website) ?? null : null;
        const contacts = Math.max(r.emails.length, r.phones.length, p.contactName ? 1 : 0);
        return {
          name: r.name,
          normalizedName: plan.nameKeys[i] ?? normalizeCompanyName(r.name),
          country: r.country,
          timezone: resolveTimezone(null, r.country) ?? null,
          website: r.website ?? null,
          websiteDomain: site,
          groupId: plan.groups.get(i) ?? null,
          tags: p.flags,
          contacts: Array.from({ length: contacts }, (_, k) => ({ name: p.contactName ?? r.name, roles: [], email: r.emails[k] ?? null, phone: r.phones[k] ?? null })),
        };
      }),
      { ownerId: options.ownerId, status: options.ownerId ? 'lead' : 'pool', at, createdById: options.actorId },
    );
    await recordAudit(tx, {
      actorId: options.actorId, via: options.via, action: 'import', entityType: 'customer',
      details: { file: options.fileName, created: ids.length, firstId: ids[0] ?? null, lastId: ids.at(-1) ?? null, ownerId: options.ownerId, summary: summarize(plan, ids.length, false) },
    });
    return ids;
  }, { timeout: 300_000, maxWait: 10_000 });
}
