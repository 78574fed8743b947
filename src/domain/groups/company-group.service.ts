import { recordAudit } from '../audit/audit.repository';
import { customerScope, scopeAllows, type VisibilityPolicy } from '../access/visibility';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../team/actor';
import {
  countGroupMembers,
  createGroup,
  deleteGroup,
  findGroup,
  findGroupingCustomers,
  renameGroup,
  groupCommunications,
  setCustomerGroup,
} from './company-group.repository';

/** A group's combined history as one member's card shows it: what the reader may see in full, the rest as a line. */
export interface GroupHistory {
  id: number;
  name: string;
  members: { id: number; name: string; country: string | null; owner: string | null; visible: boolean; lastContactAt: Date | null }[];
  communications: { customerId: number; customerName: string; occurredAt: Date; direction: string; kind: string; channel: string; text: string; attachments?: unknown }[];
}

export function createCompanyGroupService(deps: { db: PrismaClient; policy: VisibilityPolicy }) {
  const { db, policy } = deps;

  async function visibleCustomers(actor: Actor, ids: number[]) {
    const scope = await customerScope(db, actor, policy);
    const rows = await findGroupingCustomers(db, ids);
    for (const id of ids) {
      const row = rows.find((r) => r.id === id);
      if (!row || !scopeAllows(scope, row)) throw new DomainError('CUSTOMER_NOT_FOUND', { ref: `#${id}` });
    }
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }

  return {
    /** Links two customers under one group: joins the existing group of either, or makes a new one (named `name` or after the first). */
    async link(actor: Actor, via: string, aId: number, bId: number, name?: string) {
      const [a, b] = await visibleCustomers(actor, [aId, bId]);
      if (a.group && b.group && a.group.id !== b.group.id) {
        throw new DomainError('GROUP_CONFLICT', { a: a.id, b: b.id, groupA: a.group.name, groupB: b.group.name });
      }
      return inTransaction(db, async (tx) => {
        let groupId = a.group?.id ?? b.group?.id ?? null;
        let created = false;
        if (groupId === null) {
          groupId = (await createGroup(tx, { name: name?.trim() || a.name, ownerId: a.ownerId ?? b.ownerId })).id;
          created = true;
        } else if (name?.trim()) {
          await renameGroup(tx, groupId, name.trim());
        }
        await setCustomerGroup(tx, [a.id, b.id], groupId);
        for (const c of [a, b]) {
          await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'company_group', entityId: groupId, customerId: c.id, details: { group: groupId, joined: true, created } });
        }
        return (await findGroup(tx, groupId))!;
      });
    },

    /** Takes a customer out of its group; a group left with one member is dissolved. */
    async unlink(actor: Actor, via: string, customerId: number) {
      const [c] = await visibleCustomers(actor, [customerId]);
      if (!c.group) return null;
      const group = c.group;
      return inTransaction(db, async (tx) => {
        await setCustomerGroup(tx, [c.id], null);
        if ((await countGroupMembers(tx, group.id)) <= 1) await deleteGroup(tx, group.id);
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'company_group', entityId: group.id, customerId: c.id, details: { group: group.id, left: true } });
        return group;
      });
    },

    /** The group's combined history: latest communications across the members the reader may see. */
    async history(actor: Actor, groupId: number, limit = 10): Promise<GroupHistory | null> {
      const group = await findGroup(db, groupId);
      if (!group) return null;
      const scope = await customerScope(db, actor, policy);
      const members = group.customers.map((c) => ({
        id: c.id, name: c.name, country: c.country, owner: c.owner?.displayName ?? null, visible: scopeAllows(scope, c), lastContactAt: c.lastContactAt,
      }));
      const names = new Map(members.map((m) => [m.id, m.name]));
      const readable = members.filter((m) => m.visible).map((m) => m.id);
      const communications = readable.length ? await groupCommunications(db, readable, limit) : [];
      return {
        id: group.id,
        name: group.name,
        members,
        communications: communications.map((c) => ({ ...c, customerId: c.customerId!, customerName: names.get(c.customerId!) ?? '' })),
      };
    },
  };
}

export type CompanyGroupService = ReturnType<typeof createCompanyGroupService>;
