import { recordAudit } from '../audit/audit.repository';
import { customerScope, scopeAllows, type VisibilityPolicy } from '../access/visibility';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../team/actor';
import {
  createMergeRecord,
  deleteTags,
  restoreTag,
  updateMergedCustomer,
  findMerge,
  findMergeCustomer,
  laterCommunicationsOfContacts,
  markMergeUndone,
  moveCustomerRows,
  setCustomer,
  type MergeSnapshot,
} from './merge.repository';

/** How long a merge can be undone. */
export const UNMERGE_DAYS = 30;
const FILLABLE = ['website', 'websiteDomain', 'country', 'industry'] as const;

/**
 * Merging two records of one buyer: everything of the source moves to the target, the source's names become the
 * target's aliases, the source stays as a pointer (merged_into_id) so old references and the duplicate check still
 * lead to the survivor; a snapshot of what moved makes it undoable for 30 days.
 */
export function createMergeService(deps: { db: PrismaClient; policy: VisibilityPolicy; now?: () => Date }) {
  const { db, policy } = deps;
  const now = deps.now ?? (() => new Date());

  async function mayTouch(actor: Actor, customers: { ownerId: number | null; country: string | null; id: number }[]) {
    const scope = await customerScope(db, actor, policy);
    for (const c of customers) if (!scopeAllows(scope, c)) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${c.id}` });
    // a manager (or above) for anything they can see; a rep only for two customers they own
    if (actor.role === 'rep' && !customers.every((c) => c.ownerId === actor.id)) throw new DomainError('MERGE_INVALID', { reason: 'forbidden' });
  }

  return {
    async merge(actor: Actor, via: string, sourceId: number, targetId: number) {
      if (sourceId === targetId) throw new DomainError('MERGE_INVALID', { reason: 'same' });
      const [source, target] = await Promise.all([findMergeCustomer(db, sourceId), findMergeCustomer(db, targetId)]);
      if (!source) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${sourceId}` });
      if (!target) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${targetId}` });
      for (const c of [source, target]) if (c.mergedIntoId) throw new DomainError('MERGE_INVALID', { reason: 'merged', id: c.id });
      await mayTouch(actor, [source, target]);
      const at = now();
      return inTransaction(db, async (tx) => {
        const targetTags = new Set(target.tags.map((t) => t.tag));
        const dropped = source.tags.filter((t) => targetTags.has(t.tag));
        await deleteTags(tx, dropped.map((t) => t.id));
        const moved = await moveCustomerRows(tx, source.id, target.id, dropped.map((t) => t.id));
        const known = new Set([target.name, ...target.aliases].map((n) => n.toLowerCase()));
        const addedAliases = [...new Set([source.name, ...source.aliases])].filter((n) => !known.has(n.toLowerCase()));
        const filled = FILLABLE.filter((f) => target[f] === null && source[f] !== null);
        const snapshot: MergeSnapshot = {
          moved,
          droppedTags: dropped.map((t) => ({ tag: t.tag, source: t.source, evidenceCommunicationId: t.evidenceCommunicationId })),
          target: {
            aliases: target.aliases, website: target.website, websiteDomain: target.websiteDomain, country: target.country, industry: target.industry,
            lastContactAt: target.lastContactAt?.toISOString() ?? null, firstContactAt: target.firstContactAt?.toISOString() ?? null,
          },
          filled,
          addedAliases,
        };
        const latest = [target.lastContactAt, source.lastContactAt].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
        const earliest = [target.firstContactAt, source.firstContactAt].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
        await updateMergedCustomer(tx, target.id, {
          aliases: [...target.aliases, ...addedAliases], lastContactAt: latest, firstContactAt: earliest, ...Object.fromEntries(filled.map((f) => [f, source[f]])),
        });
        await updateMergedCustomer(tx, source.id, { mergedIntoId: target.id });
        const merge = await createMergeRecord(tx, { sourceId: source.id, targetId: target.id, byId: actor.id, snapshot, at });
        const counts = Object.fromEntries(Object.entries(moved).map(([k, v]) => [k, v.length]));
        for (const customerId of [target.id, source.id]) {
          await recordAudit(tx, { actorId: actor.id, via, action: 'merge', entityType: 'merge', entityId: merge.id, customerId, details: { sourceId: source.id, targetId: target.id, moved: counts } });
        }
        return { merge, source: { id: source.id, name: source.name }, target: { id: target.id, name: target.name }, moved: counts, addedAliases };
      });
    },

    async unmerge(actor: Actor, via: string, mergeId: number) {
      const merge = await findMerge(db, mergeId);
      if (!merge || merge.undoneAt) throw new DomainError('MERGE_NOT_FOUND', { id: mergeId, undoneAt: merge?.undoneAt?.toISOString() });
      const at = now();
      if (at.getTime() - merge.at.getTime() > UNMERGE_DAYS * 86_400_000) {
        throw new DomainError('MERGE_EXPIRED', { id: mergeId, at: merge.at.toISOString(), days: UNMERGE_DAYS });
      }
      const [source, target] = await Promise.all([findMergeCustomer(db, merge.sourceId), findMergeCustomer(db, merge.targetId)]);
      if (!source || !target) throw new DomainError('MERGE_NOT_FOUND', { id: mergeId });
      await mayTouch(actor, [target, { ...source, ownerId: source.ownerId }]);
      const snapshot = merge.snapshot as unknown as MergeSnapshot;
      return inTransaction(db, async (tx) => {
        if (!(await markMergeUndone(tx, merge.id, at))) throw new DomainError('MERGE_NOT_FOUND', { id: mergeId });
        await setCustomer(tx, snapshot.moved, source.id, target.id);
        // the buyer may have written since, through a contact that came from the source: that goes back with it
        const later = await laterCommunicationsOfContacts(tx, target.id, snapshot.moved.contacts);
        await setCustomer(tx, { communications: later }, source.id, target.id);
        for (const t of snapshot.droppedTags) {
          await restoreTag(tx, source.id, t);
        }
        const added = new Set(snapshot.addedAliases);
        const restore: Record<string, unknown> = { aliases: target.aliases.filter((a) => !added.has(a)) };
        for (const f of snapshot.filled) if (target[f as (typeof FILLABLE)[number]] === source[f as (typeof FILLABLE)[number]]) restore[f] = snapshot.target[f as keyof MergeSnapshot['target']];
        if (!target.lastContactAt || target.lastContactAt <= merge.at) {
          restore.lastContactAt = snapshot.target.lastContactAt ? new Date(snapshot.target.lastContactAt) : null;
          restore.firstContactAt = snapshot.target.firstContactAt ? new Date(snapshot.target.firstContactAt) : null;
        }
        await updateMergedCustomer(tx, target.id, restore);
        await updateMergedCustomer(tx, source.id, { mergedIntoId: null });
        for (const customerId of [target.id, source.id]) {
          await recordAudit(tx, { actorId: actor.id, via, action: 'unmerge', entityType: 'merge', entityId: merge.id, customerId, details: { sourceId: source.id, targetId: target.id } });
        }
        return { merge: { ...merge, undoneAt: at }, source: { id: source.id, name: source.name }, target: { id: target.id, name: target.name } };
      });
    },
  };
}

export type MergeService = ReturnType<typeof createMergeService>;
