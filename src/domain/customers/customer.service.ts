import { auditedSearch } from '../audit/search-audit';
import type { PrismaClient } from '../db/client';
import { inTransaction } from '../db/client';
import { DomainError } from '../errors';
import type { EventBus } from '../events';
import { recordAudit } from '../audit/audit.repository';
import { normalizeCompanyName } from '../dedupe/normalize-company';
import { judgeClash } from '../dedupe/clash';
import { assertCaptureAllowed } from './capture-limit';
import { lockDuplicateKey } from '../dedupe/duplicate-candidates.repository';
import { checkDuplicates } from '../dedupe/duplicate-check.service';
import { setCustomerGroup } from '../groups/company-group.repository';
import { toCountryCode } from '../normalize/country';
import { looksLikeEmail, normalizeEmail, websiteDomain } from '../normalize/email';
import { looksLikePhone, parsePhone, toE164 } from '../normalize/phone';
import { resolveTimezone } from '../normalize/timezone';
import type { Actor } from '../team/actor';
import { createCommunication, type CommunicationKind } from './communication.repository';
import { createContact as insertContact } from '../contacts/contact.repository';
import { checkField } from '../documents/document-fields';
import {
  createCustomer as insertCustomer,
  findCustomersByRef,
  markDormant,
  getCustomerCard,
  searchCustomers,
  touchCustomerContact,
  setCustomerAddress,
  type CustomerCard,
  type CustomerWithOwner,
} from './customer.repository';
import { customerScope, scopeAllows, type VisibilityPolicy } from '../access/visibility';

/** Longest note or message text stored; longer is refused rather than cut. */
export const MAX_TEXT_LENGTH = 20_000;

export interface NewCustomerInput {
  name: string;
  country?: string;
  /** emails, phones and website in any order, as typed */
  details: string[];
  contactName?: string;
  source?: string;
  /** create despite possible duplicates (the rep pressed "create anyway"); a certain duplicate is never created */
  force?: boolean;
}

export interface ContactInput {
  name: string;
  role: string;
  detail?: string;
}

/**
 * Split a list of typed details into normalised emails, phones and a website; every bad one is an error. A phone that is
 * possible but not in a known range is kept (and listed in `unverified`): new ranges and old metadata are common.
 */
export function parseContactDetails(details: string[], country: string | null) {
  const emails: string[] = [];
  const phones: string[] = [];
  const unverified: string[] = [];
  let website: string | undefined;
  for (const raw of details.map((d) => d.trim()).filter(Boolean)) {
    if (looksLikeEmail(raw)) {
      const email = normalizeEmail(raw);
      if (!email) throw new DomainError('INVALID_EMAIL', { value: raw });
      emails.push(email);
    } else if (looksLikePhone(raw)) {
      const phone = parsePhone(raw, country);
      if (phone.kind === 'impossible') throw new DomainError('INVALID_PHONE', { value: raw, country });
      if (phone.kind === 'unverified') unverified.push(phone.e164);
      phones.push(phone.e164);
    } else if (websiteDomain(raw) && raw.includes('.')) {
      website = raw;
    } else {
      throw new DomainError('BAD_ARGUMENTS', { value: raw });
    }
  }
  return { emails, phones, website, unverified };
}

/** Something the rep should check on a customer that was created anyway (shown after "Created …", stored as a tag). */
export type CreateNotice = { tag: 'country-unknown' | 'phone-unverified'; value: string };

export function createCustomerService(deps: { db: PrismaClient; policy: VisibilityPolicy; events: EventBus }) {
  const { db, policy, events } = deps;

  /** A customer the actor may see, by id or name; not found, ambiguous and forbidden are errors. */
  async function resolveVisible(actor: Actor, ref: string): Promise<CustomerWithOwner> {
    const scope = await customerScope(db, actor, policy);
    const found = await findCustomersByRef(db, ref);
    const visible = found.filter((c) => scopeAllows(scope, c));
    if (visible.length === 1) return visible[0];
    if (visible.length > 1) {
      const exact = visible.filter((c) => c.name.toLowerCase() === ref.trim().toLowerCase());
      if (exact.length === 1) return exact[0];
      throw new DomainError('CUSTOMER_AMBIGUOUS', { ref, candidates: visible.map((c) => `#${c.id} ${c.name}`) });
    }
    // Found but not visible: say nothing about it beyond "not found".
    throw new DomainError('CUSTOMER_NOT_FOUND', { ref });
  }

  return {
    resolveVisible,

    /** Whether this member may see the customer (e.g. before handing them something about it). */
    async maySee(actor: Actor, customerId: number): Promise<boolean> {
      const customer = await db.customer.findUnique({ where: { id: customerId }, select: { ownerId: true, country: true } });
      return customer !== null && scopeAllows(await customerScope(db, actor, policy), customer);
    },

    /** Customers silent for `days` become dormant; returns how many changed (re-running changes nothing twice). */
    sweepDormant(now: Date, days: number): Promise<number> {
      return markDormant(db, new Date(now.getTime() - days * 86_400_000));
    },

    /** Chat capture runs the duplicate check at most CAPTURE_CHECKS_PER_HOUR times an hour per member (RATE_LIMITED). */
    assertCaptureAllowed: (actor: Actor, now?: Date) => assertCaptureAllowed(db, actor, now),

    async create(actor: Actor, via: string, input: NewCustomerInput) {
      const name = input.name.trim();
      if (!name) throw new DomainError('BAD_ARGUMENTS', { missing: 'company' });
      let country: string | null = null;
      const notices: CreateNotice[] = [];
      if (input.country?.trim()) {
        // An unknown country does not stop a rep from recording a buyer: stored empty and flagged, like the import.
        country = toCountryCode(input.country) ?? null;
        if (!country) notices.push({ tag: 'country-unknown', value: input.country.trim() });
      }
      const { emails, phones, website, unverified } = parseContactDetails(input.details, country);
      for (const phone of unverified) notices.push({ tag: 'phone-unverified', value: phone });
      const normalizedName = normalizeCompanyName(name);
      const domain = website ? websiteDomain(website) : undefined;

      // 撞单: the matching engine on every signal (see dedupe/clash.ts for what blocks, warns or joins a group).
      const scope = await customerScope(db, actor, policy);
      const outcome = await inTransaction(db, async (tx) => {
        await lockDuplicateKey(tx, normalizedName);
        const matches = await checkDuplicates(tx, {
          name, country, emails, phones, website: website ?? null, contactNames: input.contactName?.trim() ? [input.contactName.trim()] : [],
        });
        const decision = judgeClash(actor, matches, scope, { force: input.force });
        if (decision.kind === 'block') return { blocked: decision } as const;
        const customer = await insertCustomer(tx, {
          name,
          normalizedName,
          country,
          timezone: resolveTimezone(null, country) ?? null,
          website: website ?? null,
          websiteDomain: domain ?? null,
          source: input.source ?? 'manual',
          ownerId: actor.id,
          createdById: actor.id,
          contacts:
            emails.length || phones.length || input.contactName
              ? [{ name: input.contactName?.trim() || name, roles: [], email: emails[0] ?? null, phone: phones[0] ?? null }]
              : [],
        });
        // extra emails/phones become their own contact rows so none is lost
        for (const email of emails.slice(1)) await insertContact(tx, customer.id, { name, roles: [], email });
        for (const phone of phones.slice(1)) await insertContact(tx, customer.id, { name, roles: [], phone });
        await recordAudit(tx, { actorId: actor.id, via, action: 'create', entityType: 'customer', entityId: customer.id, customerId: customer.id });
        if (decision.groupId) await setCustomerGroup(tx, [customer.id], decision.groupId);
        const tags = [...new Set(notices.map((n) => n.tag))];
        if (tags.length) await tx.customerTag.createMany({ data: tags.map((tag) => ({ customerId: customer.id, tag, source: 'manual' })), skipDuplicates: true });
        return { customer: { ...customer, groupId: decision.groupId, joinedGroup: decision.group, notices } } as const;
      });
      if (outcome.blocked) {
        // Recorded outside the refused transaction, so the block itself is never rolled back.
        const { code, customerId, details } = outcome.blocked;
        await recordAudit(db, {
          actorId: actor.id, via, action: 'block', entityType: 'customer', entityId: customerId, customerId,
          details: { attempted: name, country, verdict: code === 'DUPLICATE_CUSTOMER' ? 'duplicate' : 'possible_duplicate', score: Number(details.score ?? (details.matches as { score: number }[] | undefined)?.[0]?.score ?? 0) },
        });
        throw new DomainError(code, details);
      }
      return outcome.customer;
    },

    async find(actor: Actor, via: string, text: string) {
      const scope = await customerScope(db, actor, policy);
      const phone = looksLikePhone(text) ? toE164(text) : undefined;
      const country = text.trim().length >= 2 ? toCountryCode(text) : undefined;
      const results = await searchCustomers(db, scope, { text, phone, country });
      await recordAudit(db, { actorId: actor.id, via, action: 'search', entityType: 'customer', details: { ...auditedSearch(text), results: results.length } });
      return results;
    },

    async card(actor: Actor, via: string, ref: string): Promise<CustomerCard> {
      const customer = await resolveVisible(actor, ref);
      const card = await getCustomerCard(db, customer.id);
      if (!card) throw new DomainError('CUSTOMER_NOT_FOUND', { ref });
      await recordAudit(db, { actorId: actor.id, via, action: 'view', entityType: 'customer', entityId: card.id, customerId: card.id });
      return card;
    },

    async log(actor: Actor, via: string, ref: string, entry: { kind: CommunicationKind; text: string }) {
      if (entry.text.length > MAX_TEXT_LENGTH) throw new DomainError('TEXT_TOO_LONG', { max: MAX_TEXT_LENGTH, length: entry.text.length });
      const customer = await resolveVisible(actor, ref);
      const result = await inTransaction(db, async (tx) => {
        const at = new Date();
        const communication = await createCommunication(tx, {
          customerId: customer.id,
          teamMemberId: actor.id,
          channel: via,
          direction: 'internal',
          kind: entry.kind,
          text: entry.text,
          occurredAt: at,
        });
        // calls and meetings are contact with the buyer; a note is not
        if (entry.kind !== 'note') await touchCustomerContact(tx, customer.id, at, 'outbound');
        await recordAudit(tx, { actorId: actor.id, via, action: 'log', entityType: 'communication', entityId: communication.id, customerId: customer.id });
        return { customer, communication };
      });
      if (entry.kind !== 'note') await events.emit('customer.contacted', { customerId: customer.id, memberId: actor.id, at: result.communication.occurredAt });
      return result;
    },

    /** `/customer <ref>: address …`: the address a proforma invoice prints for this buyer (whoever may see the customer may set it, as with contacts). */
    async setAddress(actor: Actor, via: string, ref: string, address: string) {
      const customer = await resolveVisible(actor, ref);
      const value = checkField('address', address);
      await inTransaction(db, async (tx) => {
        await setCustomerAddress(tx, customer.id, value);
        await recordAudit(tx, { actorId: actor.id, via, action: 'update', entityType: 'customer', entityId: customer.id, customerId: customer.id, details: { field: 'address' } });
      });
      return { customer, address: value };
    },

    async addContact(actor: Actor, via: string, ref: string, input: ContactInput) {
      const customer = await resolveVisible(actor, ref);
      const { emails, phones } = parseContactDetails(input.detail ? [input.detail] : [], customer.country);
      return inTransaction(db, async (tx) => {
        const contact = await insertContact(tx, customer.id, {
          name: input.name.trim(),
          roles: [input.role],
          email: emails[0] ?? null,
          phone: phones[0] ?? null,
        });
        await recordAudit(tx, { actorId: actor.id, via, action: 'contact_add', entityType: 'contact', entityId: contact.id, customerId: customer.id });
        return { customer, contact };
      });
    },
  };
}

export type CustomerService = ReturnType<typeof createCustomerService>;
