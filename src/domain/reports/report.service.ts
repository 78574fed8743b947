import { recordAudit } from '../audit/audit.repository';
import { customerScope, type CustomerScope, type VisibilityPolicy } from '../customers/visibility';
import type { DbClient, PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { toCountryCode } from '../normalize/country';
import type { Actor } from '../team/actor';
import { findMemberByName, managedMemberIds } from '../team/team-member.repository';
import { abcRows, atRisk, gradeRows, rfmRows, wakeupResults } from './customers-report.repository';
import { channelBreakdown, funnelCounts, stageStalls } from './funnel.repository';
import { isPeriodToken, parsePeriod, type ReportPeriod } from './period';
import { withoutJit, type ReportFilter } from './report-filter.repository';
import { teamRows } from './team-report.repository';

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
  | { kind: 'channels'; target: ReportTarget; rows: Awaited<ReturnType<typeof channelBreakdown>> }
  | { kind: 'team'; target: ReportTarget; rows: Awaited<ReturnType<typeof teamRows>> }
  | {
      kind: 'customers';
      target: ReportTarget;
      grades: Awaited<ReturnType<typeof gradeRows>>;
      abc: Awaited<ReturnType<typeof abcRows>>;
      rfm: Awaited<ReturnType<typeof rfmRows>>;
      atRisk: Awaited<ReturnType<typeof atRisk>>;
      wakeup: Awaited<ReturnType<typeof wakeupResults>>;
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
    const q = <T>(query: (db: DbClient) => Promise<T>) => withoutJit(db, query);
    if (kind === 'funnel') {
      const [counts, stalls] = await Promise.all([q((d) => funnelCounts(d, filter)), q((d) => stageStalls(d, filter, now))]);
      result = { kind, target, counts, stalls };
    } else if (kind === 'channels') {
      result = { kind, target, rows: await q((d) => channelBreakdown(d, filter)) };
    } else if (kind === 'team') {
      result = { kind, target, rows: await q((d) => teamRows(d, filter)) };
    } else {
      const [grades, abc, rfm, risk, wakeup] = await Promise.all([
        q((d) => gradeRows(d, filter)), q((d) => abcRows(d, filter, now)), q((d) => rfmRows(d, filter, now)),
        q((d) => atRisk(d, filter, now)), q((d) => wakeupResults(d, filter)),
      ]);
      result = { kind, target, grades, abc, rfm, atRisk: risk, wakeup };
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
