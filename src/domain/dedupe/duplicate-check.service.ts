import type { DbClient, PrismaClient } from '../db/client';
import { candidateQuery } from './blocking';
import {
  findCandidates,
  findCandidateIdsBulk,
  loadCandidates,
  type CandidateCustomer,
} from './duplicate-candidates.repository';
import { prepareRecord, scoreMatch, type CandidateRecord, type MatchReason, type MatchSignals, type MatchVerdict, type PreparedRecord } from './match';
import { tokenWeight } from './normalize-company';

export type { CandidateCustomer };

/** One existing customer the new record may be: the verdict, the reasons, and the group it would belong to. */
export interface DuplicateMatch {
  customer: CandidateCustomer;
  score: number;
  verdict: MatchVerdict;
  reasons: MatchReason[];
  signals: MatchSignals;
  /** set when the candidate belongs to a company group (多抬头) and the record shares its name core or domain */
  group: CandidateCustomer['group'];
}

/** An existing customer as the matcher sees it. */
export function toCandidateRecord(c: CandidateCustomer): CandidateRecord {
  return {
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    country: c.country,
    website: c.website,
    emails: c.contacts.map((k) => k.email).filter((e): e is string => !!e),
    phones: c.contacts.map((k) => k.phone).filter((p): p is string => !!p),
    contactNames: c.contacts.map((k) => k.name).filter((n) => n && n !== c.name),
  };
}

function belongsToGroup(s: MatchSignals, verdict: MatchVerdict): boolean {
  return verdict !== 'distinct' || s.groupLikely || s.sharedDomains.length > 0 || s.sharedDomainLabels.length > 0
    || s.sharedPhones.length > 0 || s.sharedNameTokens.some((t) => tokenWeight(t) === 1);
}

/** Scores prepared candidates against one record; keeps duplicates, possible duplicates and group hits, best first. */
export function rankMatches(record: PreparedRecord, candidates: { customer: CandidateCustomer; prepared: PreparedRecord }[]): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  for (const { customer, prepared } of candidates) {
    const result = scoreMatch(record, prepared);
    const group = customer.group && belongsToGroup(result.signals, result.verdict) ? customer.group : null;
    if (result.verdict === 'distinct' && !group) continue;
    matches.push({ customer, ...result, group });
  }
  return matches.sort((a, b) => b.score - a.score || a.customer.id - b.customer.id);
}

/** The duplicate check for one new customer (chat capture): candidates by index, then the matching engine. */
export async function checkDuplicates(db: DbClient, input: CandidateRecord, options: { excludeIds?: number[]; fuzzy?: boolean } = {}): Promise<DuplicateMatch[]> {
  const record = prepareRecord(input);
  // findCandidates leaves out excludeIds itself, merge chains included
  const customers = await findCandidates(db, candidateQuery(record), options);
  return rankMatches(record, customers.map((customer) => ({ customer, prepared: prepareRecord(toCandidateRecord(customer)) })));
}

/** The same check for many records at once (import): one round of bulk look-ups, each candidate prepared once. */
export async function checkDuplicatesBulk(db: DbClient, records: PreparedRecord[]): Promise<DuplicateMatch[][]> {
  const idSets = await findCandidateIdsBulk(db, records.map(candidateQuery));
  const allIds = [...new Set(idSets.flatMap((s) => [...s]))];
  const customers = allIds.length ? await loadCandidates(db, allIds) : [];
  const prepared = new Map(customers.map((customer) => [customer.id, { customer, prepared: prepareRecord(toCandidateRecord(customer)) }]));
  return records.map((record, i) => rankMatches(record, [...idSets[i]].map((id) => prepared.get(id)).filter((x) => x !== undefined)));
}

/** Duplicate checks as a service (flows, jobs and the import ask it; the customer service calls checkDuplicates inside its transaction). */
export function createDuplicateCheckService(deps: { db: PrismaClient }) {
  return {
    check: (input: CandidateRecord, options?: { excludeIds?: number[]; fuzzy?: boolean }) => checkDuplicates(deps.db, input, options),
    checkMany: (records: PreparedRecord[]) => checkDuplicatesBulk(deps.db, records),
  };
}

export type DuplicateCheckService = ReturnType<typeof createDuplicateCheckService>;
