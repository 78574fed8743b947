import { scopeAllows, type CustomerScope } from '../customers/visibility';
import type { Localized } from '../i18n';
import { formatPhone } from '../normalize/phone';
import type { Actor } from '../team/actor';
import type { DuplicateMatch } from './duplicate-check.service';
import { maskEmail, maskPersonName, maskPhone } from './mask';
import type { MatchReason } from './match';

/**
 * The clash rule (撞单) at capture: what happens to a new customer given the duplicate check's matches.
 * - a duplicate is never created: the rep learns whose it is (own, someone else's → transfer request, pool → /claim);
 * - a possible duplicate, or a hit on a company group someone else owns, waits for "create anyway";
 * - a group hit the rep may join (their own group, or nobody's) is created inside the group.
 * Details of customers the rep may not see are masked here, before any flow sees them.
 */
export type ClashDecision =
  | { kind: 'create'; groupId: number | null; group: { name: string; owner: string | null } | null }
  | { kind: 'block'; code: 'DUPLICATE_CUSTOMER' | 'POSSIBLE_DUPLICATE'; customerId: number; details: Record<string, unknown> };

export interface MatchDetail {
  id: number;
  name: string;
  country: string | null;
  owner: string | null;
  ownerId: number | null;
  status: string;
  score: number;
  reasons: Localized<string[]>;
  contacts: string[];
  visible: boolean;
}

function maskedReason(r: MatchReason, visible: boolean): MatchReason {
  if (visible || r.code !== 'same_contact') return r;
  return { ...r, en: 'same contact name', zh: '联系人姓名相同' };
}

export function describeMatch(m: DuplicateMatch, scope: CustomerScope): MatchDetail {
  const c = m.customer;
  const visible = scopeAllows(scope, c);
  const inPool = c.status === 'pool' || c.ownerId === null;
  const contacts = c.contacts.slice(0, 3).map((k) =>
    (visible
      ? [k.name, k.email, k.phone ? formatPhone(k.phone) : null]
      : [maskPersonName(k.name), k.email ? maskEmail(k.email) : null, k.phone ? maskPhone(k.phone) : null]
    ).filter(Boolean).join(' '),
  );
  const reasons = m.reasons.map((r) => maskedReason(r, visible));
  return {
    id: c.id,
    name: c.name,
    country: c.country,
    owner: inPool ? null : c.owner?.displayName ?? null,
    ownerId: inPool ? null : c.ownerId,
    status: c.status,
    score: m.score,
    reasons: { en: reasons.map((r) => r.en), zh: reasons.map((r) => r.zh) },
    contacts,
    visible,
  };
}

export function judgeClash(actor: Actor, matches: DuplicateMatch[], scope: CustomerScope, options: { force?: boolean } = {}): ClashDecision {
  const duplicate = matches.find((m) => m.verdict === 'duplicate');
  if (duplicate) {
    const d = describeMatch(duplicate, scope);
    const c = duplicate.customer;
    return {
      kind: 'block',
      code: 'DUPLICATE_CUSTOMER',
      customerId: c.id,
      details: {
        ...d,
        ownerIsActor: c.ownerId === actor.id,
        ownedSince: d.owner ? c.ownedSince?.toISOString() ?? null : null,
        lastContactAt: c.lastContactAt?.toISOString() ?? null,
        group: duplicate.group ? { name: duplicate.group.name, owner: duplicate.group.ownerName } : null,
      },
    };
  }
  const grouped = matches.find((m) => m.group);
  const group = grouped?.group ?? null;
  const possible = matches.filter((m) => m.verdict === 'possible_duplicate');
  const othersGroup = group !== null && group.ownerId !== null && group.ownerId !== actor.id;
  if (!options.force && (possible.length > 0 || othersGroup)) {
    const shown = [...new Set([...possible, ...(grouped ? [grouped] : [])])].slice(0, 3);
    return {
      kind: 'block',
      code: 'POSSIBLE_DUPLICATE',
      customerId: shown[0].customer.id,
      details: {
        matches: shown.map((m) => describeMatch(m, scope)),
        group: group ? { id: group.id, name: group.name, owner: group.ownerName } : null,
      },
    };
  }
  return { kind: 'create', groupId: group?.id ?? null, group: group ? { name: group.name, owner: group.ownerName } : null };
}
