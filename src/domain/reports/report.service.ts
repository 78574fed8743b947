import { recordAudit } from '../audit/audit.repository';
import { customerScope, type CustomerScope, type VisibilityPolicy } from '../access/visibility';
import type { DbClient, PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { toCountryCode } from '../normalize/country';
import type { Actor } from '../team/actor';
import { findMemberByName, managedMemberIds } from '../team/team-member.repository';
import { gradeRows, orderSegments, wakeupResults, type GradeRow, type OrderSegments, type WakeupRow } from './customers-report.repository';
import { channelLeads, channelRows, channelValue, funnelCounts, stageStalls, type ChannelRow } from './funnel.repository';
import { isPeriodToken, parsePeriod, type ReportPeriod } from './period';
import { withReportSettings, type ReportFilter } from './report-filter.repository';
import { teamLeads, teamRows, withLeads } from './team-report.repository';

export const REPORT_KINDS = ['funnel', 'channels', 'team', 'customers'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What a report was cut by, in words the summary repeats back. */
export interface ReportTarget {
  period: ReportPeriod;
  rep?: string;
  team?: boolean;
  country?: string;
}

export type ReportResult =
  | { kind: 'funnel'; target: ReportTarget; counts: Awaited<ReturnType<typeof funnelCounts>>; stalls: Awaited<ReturnType<typeof stageStalls>> }
  | { kind: 'channels'; target: ReportTarget; rows: ChannelRow[] }
  | { kind: 'team'; target: ReportTarget; rows: Awaited<ReturnType<typeof teamRows>> }
  | {
      kind: 'customers';
      target: ReportTarget;
      grades: GradeRow[];
      abc: OrderSegments['abc'];
      rfm: OrderSegments['rfm'];
      atRisk: OrderSegments['atRisk'];
      wakeup: WakeupRow;
    };

const TEAM_WORDS = new Set(['team', '团队', 'all', '全部']);

function allowsOwner(scope: CustomerScope, memberId: number): boolean {
  return scope.kind === 'all' || scope.ownerIds.includes(memberId);
}

/** Reports in chat: each is SQL aggregates cut by the reader's visibility (the same rule as every other read). */
export function createReportService(deps: { db: PrismaClient; policy: VisibilityPolicy }) {
  const { db, policy } = deps;

  /** "[period] [team|rep] [country]" in any order → the filter; unknown words and other teams' reps are errors. */
  async function resolveFilter(actor: Actor, tokens: string[], now: Date): Promise<{ filter: ReportFilter; target: ReportTarget }> {
    const scope = await customerScope(db, actor, policy);
    let periodToken: string | undefined;
    const target: Partial<ReportTarget> = {};
    let ownerIds: number[] | undefined;
    for (const token of tokens) {
      if (isPeriodToken(token) && !periodToken) {
        periodToken = token;
      } else if (TEAM_WORDS.has(token.toLowerCase())) {
        target.team = true;
        if (actor.role === 'manager') ownerIds = [actor.id, ...(await managedMemberIds(db, actor.id))];
      } else {
        const member = await findMemberByName(db, token);
        if (member) {
          if (!allowsOwner(scope, member.id)) throw new DomainError('FORBIDDEN', { rep: token });
          ownerIds = [member.id];
          target.rep = member.displayName;
          continue;
        }
        const country = token.length >= 2 ? toCountryCode(token) : undefined;
        if (!country) throw new DomainError('REPORT_UNKNOWN_FILTER', { value: token });
        target.country = country;
      }
    }
    const period = parsePeriod(periodToken, now, actor.timezone);
    return {
      filter: { scope, ownerIds, country: target.country, from: period.from, to: period.to },
      target: { ...target, period },
    };
  }

  async function run(actor: Actor, via: string, kind: ReportKind, tokens: string[], now: Date): Promise<ReportResult> {
    const { filter, target } = await resolveFilter(actor, tokens, now);
    let result: ReportResult;
    const q = <T>(query: (db: DbClient) => Promise<T>) => withReportSettings(db, query);
    if (kind === 'funnel') {
      const [counts, stalls] = await Promise.all([q((d) => funnelCounts(d, filter)), q((d) => stageStalls(d, filter, now))]);
      result = { kind, target, counts, stalls };
    } else if (kind === 'channels') {
      // two statements side by side: the cohort's leads and wins, and the order value booked in the period
      const [leads, value] = await Promise.all([q((d) => channelLeads(d, filter)), q((d) => channelValue(d, filter))]);
      result = { kind, target, rows: channelRows(leads, value) };
    } else if (kind === 'team') {
      // two statements side by side: new leads (a pass over customers) and the per-member activity figures
      const [rows, leads] = await Promise.all([q((d) => teamRows(d, filter)), q((d) => teamLeads(d, filter))]);
      result = { kind, target, rows: withLeads(rows, leads) };
    } else {
      // three statements side by side (they were five, each its own pass over the customers table): grades scan the
      // visible customers once; wake-up results and the order segments only look customers up by id
      const [grades, wakeup, { abc, rfm, atRisk }] = await Promise.all([
        q((d) => gradeRows(d, filter)), q((d) => wakeupResults(d, filter)), q((d) => orderSegments(d, filter, now)),
      ]);
      result = { kind, target, grades, abc, rfm, atRisk, wakeup };
    }
    await recordAudit(db, {
      actorId: actor.id, via, action: 'report', entityType: 'report', entityId: kind,
      details: { tokens, from: target.period.from.toISOString(), to: target.period.to.toISOString() },
    });
    return result;
  }

  return { run, resolveFilter };
}

export type ReportService = ReturnType<typeof createReportService>;
