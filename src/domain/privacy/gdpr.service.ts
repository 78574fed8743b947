import { recordAudit } from '../audit/audit.repository';
import { contactBlindIndexes, findContactById, findContactsByDetail, findContactsOfCustomers, eraseContactRow, revealContactRow, type ContactView } from '../contacts/contact.repository';
import { inTransaction, type PrismaClient } from '../db/client';
import { DomainError } from '../errors';
import { looksLikeEmail, normalizeEmail } from '../normalize/email';
import { formatPhone, looksLikePhone, toE164 } from '../normalize/phone';
import type { Actor } from '../team/actor';
import { normalizeCompanyName } from '../dedupe/normalize-company';
import { leadLabel } from '../contacts/lead-label';
import { isPlaceholderName, personalNeedles } from './personal-needles';
import { searchHash } from '../audit/search-audit';
import { handleTombstones } from './tombstone.repository';
import {
  communicationsOf,
  forgetConversations,
  quoteNumbersOf,
  contactsWithCustomer,
  erasePersonalData,
  identitiesOfContacts,
  memberIdentitiesMatching,
  outboxOf,
  sequencesOf,
  type EraseCounts,
} from './gdpr.repository';

/** Files Quayside wrote that may name the person (quotation PDFs saved by the terminal channel): removed on erase. */
export interface FileScrubber {
  removeQuoteFiles(quoteNumbers: string[]): Promise<number>;
}

/** Scheduled jobs that may carry personal data (BullMQ in Redis): the erase removes the ones that mention the person. */
export interface JobScrubber {
  removeMatching(match: { contactIds: number[]; needles: string[] }): Promise<number>;
}

export const GDPR_BUNDLE_FORMAT = 'quayside.gdpr-export/1';

/** Data-subject requests: export everything about a person, or erase it everywhere it lives. */
export function createGdprService(deps: { db: PrismaClient }) {
  const { db } = deps;

  /**
   * "#12" / "12" → that contact; an email or phone → every live contact with it (the same person may buy for two
   * companies: the request is about the person, so it covers all of them).
   */
  async function resolveSubject(ref: string): Promise<ContactView[]> {
    const text = ref.trim();
    let found: ContactView[] = [];
    if (/^#?\d{1,9}$/.test(text)) {
      const one = await findContactById(db, Number(text.replace('#', '')));
      found = one && !one.erasedAt ? [one] : [];
    } else if (looksLikeEmail(text)) {
      const email = normalizeEmail(text);
      if (!email) throw new DomainError('INVALID_EMAIL', { value: text });
      found = await findContactsByDetail(db, { emails: [email] });
    } else if (looksLikePhone(text)) {
      const phone = toE164(text);
      if (!phone) throw new DomainError('INVALID_PHONE', { value: text });
      found = await findContactsByDetail(db, { phones: [phone] });
    }
    if (!found.length) throw new DomainError('CONTACT_NOT_FOUND', { ref: text });
    return expandToPerson(found);
  }

  /**
   * One person is often several contact rows: the chat lead's placeholder ("Telegram buyer", the account they wrote
   * from), and the contacts a rep added for them by name, one per email or phone. The request covers all of them:
   * on the same customers, contacts with the same name and the lead's only placeholder; anywhere, contacts with one of
   * their emails or phones.
   */
  async function expandToPerson(found: ContactView[]): Promise<ContactView[]> {
    const byId = new Map(found.map((c) => [c.id, c]));
    const names = new Set(found.filter((c) => !isPlaceholderName(c.name)).map((c) => c.name.trim().toLowerCase()));
    const siblings = await findContactsOfCustomers(db, [...new Set(found.map((c) => c.customerId))]);
    for (const c of siblings) if (names.has(c.name.trim().toLowerCase())) byId.set(c.id, c);
    const placeholders = siblings.filter((c) => isPlaceholderName(c.name) && !c.email && !c.phone);
    for (const customerId of new Set(found.map((c) => c.customerId))) {
      const own = placeholders.filter((c) => c.customerId === customerId);
      if (own.length === 1) byId.set(own[0].id, own[0]);
    }
    const emails = [...byId.values()].flatMap((c) => (c.email ? [c.email] : []));
    const phones = [...byId.values()].flatMap((c) => (c.phone ? [c.phone] : []));
    for (const c of await findContactsByDetail(db, { emails, phones })) byId.set(c.id, c);
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }

  // every request has an admin behind it, named in the audit log
  function auditActor(actor: Actor | null) {
    if (!actor) throw new DomainError('FORBIDDEN', { action: 'gdpr', reason: 'no_actor' });
    if (actor.role !== 'admin') throw new DomainError('FORBIDDEN', { action: 'gdpr' });
    return actor.id;
  }

  return {
    resolveSubject,

    /** A machine-readable bundle: the contacts, their chat accounts, messages, sequences and queued messages. */
    async export(actor: Actor | null, via: string, ref: string) {
      const actorId = auditActor(actor);
      const subject = await resolveSubject(ref);
      const ids = subject.map((c) => c.id);
      const customerIds = [...new Set(subject.map((c) => c.customerId))];
      const [contacts, identities, sequences, outbox] = await Promise.all([
        contactsWithCustomer(db, ids), identitiesOfContacts(db, ids), sequencesOf(db, ids), outboxOf(db, ids),
      ]);
      const handles = identities.map((i) => i.externalId);
      const details = subject.flatMap((c) => [c.email, ...(c.phone ? [c.phone, formatPhone(c.phone), c.phone.replace(/\D/g, '')] : [])].filter((v): v is string => !!v && v.length >= 5));
      const communications = await communicationsOf(db, ids, customerIds, handles, [...details, ...handles]);
      await recordAudit(db, {
        actorId, via, action: 'export', entityType: 'contact', entityId: ids.join(','), customerId: customerIds[0] ?? null,
        details: { gdpr: true, contacts: ids.length, communications: communications.length },
      });
      return {
        format: GDPR_BUNDLE_FORMAT,
        generatedAt: new Date().toISOString(),
        request: ref,
        contacts: contacts.map((c) => {
          const { emailHash: _e, phoneHash: _p, ...rest } = revealContactRow(c);
          return rest;
        }),
        channelIdentities: identities.map(({ channel, externalId, chatId, displayName, createdAt }) => ({ channel, externalId, chatId, displayName, createdAt })),
        communications: communications.map(({ id, customerId, contactId, channel, direction, kind, text, language, intents, attachments, edits, occurredAt }) =>
          ({ id, customerId, contactId, channel, direction, kind, text, language, intents, attachments, edits, occurredAt })),
        sequences,
        outbox: outbox.map(({ id, channel, text, status, dueAt, sentAt }) => ({ id, channel, text, status, dueAt, sentAt })),
      };
    },

    /**
     * Erases the person everywhere (see gdpr.repository) in one transaction, then their scheduled jobs; keeps only
     * tombstones (blind indexes) so an import does not bring them back. A contact who is also a team member's chat
     * account is refused: erasing it would cut a colleague off.
     */
    async erase(actor: Actor | null, via: string, ref: string, options: { jobs?: JobScrubber; files?: FileScrubber; now?: Date } = {}) {
      const actorId = auditActor(actor);
      const at = options.now ?? new Date();
      const subject = await resolveSubject(ref);
      const ids = subject.map((c) => c.id);
      const phoneDigits = subject.flatMap((c) => (c.phone ? [c.phone.replace(/\D/g, '')] : []));
      const members = await memberIdentitiesMatching(db, ids, phoneDigits);
      if (members.length) {
        throw new DomainError('CONTACT_IS_TEAM_MEMBER', { id: ids.join(', #'), member: members[0].teamMember?.name ?? `#${members[0].teamMemberId}` });
      }
      const identities = await identitiesOfContacts(db, ids);
      const externalIds = identities.map((i) => i.externalId);
      const handles = [...new Set([...externalIds, ...identities.flatMap((i) => (i.chatId ? [i.chatId] : []))])];
      const customerIds = [...new Set(subject.map((c) => c.customerId))];
      const others = (await findContactsOfCustomers(db, customerIds)).filter((c) => !ids.includes(c.id)).map((c) => c.name);
      const needles = personalNeedles(await contactsWithCustomer(db, ids), identities, subject, handles, others);
      const quoteNumbers = await quoteNumbersOf(db, customerIds);
      const counts: EraseCounts = await inTransaction(db, async (tx) => {
        const result = await erasePersonalData(tx, {
          contactIds: ids,
          customerIds,
          handles,
          needles,
          searchHashes: subject.flatMap((c) => [c.email, c.phone].filter((v): v is string => !!v).map(searchHash)),
          tombstones: [...subject.flatMap(contactBlindIndexes), ...handleTombstones(externalIds)],
          neutralName: (customer) => {
            const name = `${leadLabel(customer.source)} #${customer.id}`;
            return { name, normalizedName: normalizeCompanyName(name) };
          },
        }, at);
        for (const id of ids) await eraseContactRow(tx, id, at);
        await forgetConversations(tx, handles);
        // the audit row says what was erased, never who: no name, email, phone or handle in it
        await recordAudit(tx, {
          actorId, via, action: 'erase', entityType: 'contact', entityId: ids.join(','), customerId: subject[0].customerId,
          details: { gdpr: true, contacts: ids.length, ...result },
        });
        return result;
      });
      const jobs = options.jobs ? await options.jobs.removeMatching({ contactIds: ids, needles }) : 0;
      const files = options.files ? await options.files.removeQuoteFiles(quoteNumbers) : 0;
      return { contacts: ids.length, ...counts, jobs, files };
    },
  };
}

export type GdprService = ReturnType<typeof createGdprService>;
