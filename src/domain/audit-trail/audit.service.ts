import type { CustomerWithOwner } from '../customers/customer.repository';
import type { PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { isManagerOrAbove, type Actor } from '../team/actor';
import { listMembers } from '../team/team-member.repository';
import { auditForCustomer, auditPage, recordAudit } from '../audit/audit.repository';
import { bulkReaders, claimBulkReadAlert, type BulkReader } from '../audit/bulk-read.repository';

/** More customer cards than this viewed or exported by one rep in an hour alerts their manager. */
export const BULK_READ_THRESHOLD = 50;

export interface AuditLine {
  id: number;
  at: string;
  actor: string | null;
  via: string;
  action: string;
  entityType: string;
  entityId: string | null;
  customerId: number | null;
  details: unknown;
}

/** Who did what to a customer (managers and up), and the whole log as lines for admins. Reading the log is audited too. */
export function createAuditService(deps: { db: PrismaClient; resolveVisible: (actor: Actor, ref: string) => Promise<CustomerWithOwner> }) {
  const { db } = deps;

  async function memberNames(): Promise<Map<number, string>> {
    return new Map((await listMembers(db)).map((m) => [m.id, m.name]));
  }

  return {
    async forCustomer(actor: Actor, via: string, ref: string, limit = 30) {
      if (!isManagerOrAbove(actor)) throw new DomainError('FORBIDDEN', { action: 'audit' });
      const customer = await deps.resolveVisible(actor, ref);
      const [rows, names] = await Promise.all([auditForCustomer(db, customer.id, limit), memberNames()]);
      await recordAudit(db, { actorId: actor.id, via, action: 'view', entityType: 'audit_log', entityId: customer.id, customerId: customer.id });
      return { customer, entries: rows.map((r) => ({ ...r, actor: r.actorId ? names.get(r.actorId) ?? `#${r.actorId}` : null })) };
    },

    /**
     * Reps over the bulk-read threshold in the last hour whose manager has not been alerted this hour yet; each
     * returned reader's alert is claimed (recorded) here, so the caller notifies exactly these.
     */
    async claimBulkReadAlerts(now: Date, threshold = BULK_READ_THRESHOLD): Promise<(BulkReader & { managerId: number })[]> {
      const claimed: (BulkReader & { managerId: number })[] = [];
      for (const reader of await bulkReaders(db, now, threshold)) {
        if (reader.managerId === null) continue;
        const withManager = { ...reader, managerId: reader.managerId };
        if (await claimBulkReadAlert(db, withManager, now)) {
          await recordAudit(db, { actorId: reader.memberId, via: 'job', action: 'alert', entityType: 'team_member', entityId: reader.memberId, details: { bulkRead: reader.cards, managerId: reader.managerId } });
          claimed.push(withManager);
        }
      }
      return claimed;
    },

    /** Streams the log (optionally a time range) in pages; admins only; the export itself is recorded first. */
    async *export(actor: Actor, via: string, range: { from?: Date; to?: Date } = {}): AsyncGenerator<AuditLine> {
      if (actor.role !== 'admin') throw new DomainError('FORBIDDEN', { action: 'audit export' });
      await recordAudit(db, {
        actorId: actor.id, via, action: 'export', entityType: 'audit_log',
        details: { from: range.from?.toISOString() ?? null, to: range.to?.toISOString() ?? null },
      });
      const names = await memberNames();
      for (let afterId = 0; ;) {
        const page = await auditPage(db, { afterId, from: range.from, to: range.to, limit: 1000 });
        if (!page.length) return;
        for (const r of page) {
          yield {
            id: r.id, at: r.at.toISOString(), actor: r.actorId ? names.get(r.actorId) ?? `#${r.actorId}` : null, via: r.via,
            action: r.action, entityType: r.entityType, entityId: r.entityId, customerId: r.customerId, details: r.details,
          };
        }
        afterId = page[page.length - 1].id;
      }
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
