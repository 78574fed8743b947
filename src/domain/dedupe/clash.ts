import { scopeAllows, type CustomerScope } from '../access/visibility';
import type { Localized } from '../i18n';
import { formatPhone } from '../normalize/phone';
import type { Actor } from '../team/actor';
import type { DuplicateMatch } from './duplicate-check.service';
import { maskCompanyName, maskEmailHint, maskPersonName, maskPhone } from './mask';
import type { MatchReason } from './match';

/**
 * The clash rule (撞单) at capture: what happens to a new customer given the duplicate check's matches.
 * - a duplicate is never created: the rep learns whose it is (own, someone else's → transfer request, pool → /claim);
 * - a possible duplicate, or a hit on a company group someone else owns, waits for "create anyway";
 * - a group hit the rep may join (their own group, or nobody's) is created inside the group.
 * Details of customers the rep may not see are masked here, before any flow sees them, so the reply is never an
 * oracle: reasons carry no values (never the email, phone or domain typed), the company's name is shown
 * only when the rep typed a similar name (else a masked hint), and a shared company domain alone never reveals one.
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

// Reasons about a customer the rep may not see: what kind of evidence, never its value (nor the other side's words).
const MASKED_REASONS: Partial<Record<MatchReason['code'], [string, string]>> = {
  same_email: ['same email address', '邮箱相同'],
  same_email_domain: ['same email domain', '邮箱域名相同'],
  same_website: ['same company domain', '公司域名相同'],
  same_domain_label: ['related domains', '域名主体相同'],
  domain_names_firm: ['a company domain spells the other name', '公司域名拼写的是另一名称'],
  same_phone: ['same phone number', '电话相同'],
  same_contact: ['same contact name', '联系人姓名相同'],
  different_domains: ['different company domains', '公司域名不同'],
  different_name_words: ['different name words', '名称关键词不同'],
  different_trade_words: ['different lines of business', '经营范围词不同'],
  family_firms: ['one family\'s name, different firms', '同一家族的名称，不同的公司'],
  different_place: ['different place in the names', '名称中的地区不同'],
  different_entity_marker: ['different number or direction in the names', '名称中的编号或方位不同'],
  different_legal_form: ['different legal forms in two countries', '两国的公司类型不同'],
  group_entity: ['possibly another entity of the same group', '可能是同一集团的不同抬头'],
};

function maskedReason(r: MatchReason, visible: boolean): MatchReason {
  const masked = MASKED_REASONS[r.code];
  if (visible || !masked) return r;
  return { ...r, en: masked[0], zh: masked[1] };
}

/** The rep typed a name like this customer's: naming it back tells them nothing they did not know. */
const nameTyped = (m: DuplicateMatch) => m.signals.nameSimilarity >= 0.6;

/**
 * A match the rep may not learn of at all: a customer they cannot see, tied to what they typed by a company domain
 * only (no similar name, no same email or phone). Such a hint would turn `/new X, DE, some-domain.de` into a lookup.
 */
function revealsByDomainOnly(m: DuplicateMatch, scope: CustomerScope): boolean {
  const s = m.signals;
  return !scopeAllows(scope, m.customer) && !nameTyped(m) && !s.sharedEmails.length && !s.sharedPhones.length;
}

export function describeMatch(m: DuplicateMatch, scope: CustomerScope): MatchDetail {
  const c = m.customer;
  const visible = scopeAllows(scope, c);
  const inPool = c.status === 'pool' || c.ownerId === null;
  const contacts = c.contacts.slice(0, 3).map((k) =>
    (visible
      ? [k.name, k.email, k.phone ? formatPhone(k.phone) : null]
      : [maskPersonName(k.name), k.email ? maskEmailHint(k.email) : null, k.phone ? maskPhone(k.phone) : null]
    ).filter(Boolean).join(' '),
  );
  const reasons = m.reasons.map((r) => maskedReason(r, visible));
  return {
    id: c.id,
    name: visible || nameTyped(m) ? c.name : maskCompanyName(c.name),
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

export function judgeClash(actor: Actor, allMatches: DuplicateMatch[], scope: CustomerScope, options: { force?: boolean } = {}): ClashDecision {
  const matches = allMatches.filter((m) => !revealsByDomainOnly(m, scope));
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
