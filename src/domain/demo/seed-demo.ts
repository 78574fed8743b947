import type { PrismaClient } from '../db/client';
import { inTransaction } from '../db/client';
import { normalizeCompanyName } from '../dedupe/normalize-company';
import { classifyMessage } from '../classify';
import { createCommunication } from '../customers/communication.repository';
import { createCustomer, touchCustomerContact } from '../customers/customer.repository';
import { websiteDomain } from '../normalize/email';
import { toE164 } from '../normalize/phone';
import { resolveTimezone } from '../normalize/timezone';
import type { Role } from '../team/actor';
import { findMemberByName } from '../team/team-member.repository';
import type { TeamService } from '../team/team.service';
import { ensureDemoTeamRoute } from '../assignment/default-route';
import { DEMO_CUSTOMERS, DEMO_MEMBERS, DEMO_TEAM } from './demo-data';

/**
 * Loads the demo book once; a second run changes nothing. "Loaded" is judged by what is there (members and
 * customers each), not by one marker, so a run cut short (or lost to a second process) is completed by the next.
 * The demo reps form a team that the default routing rule sends new leads to.
 */
export async function seedDemo(db: PrismaClient, team: TeamService, now: Date = new Date()) {
  const existing = new Set(
    (await db.customer.findMany({ where: { name: { in: DEMO_CUSTOMERS.map((c) => c.name) } }, select: { name: true } })).map((c) => c.name),
  );
  const missingCustomers = DEMO_CUSTOMERS.filter((c) => !existing.has(c.name));
  let addedMembers = 0;
  for (const m of DEMO_MEMBERS) {
    if (await findMemberByName(db, m.name)) continue;
    await team.add({ ...m, regions: [...m.regions], role: m.role as Role, manager: 'manager' in m ? m.manager : undefined }, 'seed');
    addedMembers += 1;
  }
  // new buyers writing in are routed from the start: the demo team is the default rule's target (checked every run)
  await ensureDemoTeamRoute(db, DEMO_TEAM);
  if (addedMembers === 0 && missingCustomers.length === 0) return { members: 0, customers: 0, skipped: true };
  const owners = new Map<string, number>();
  for (const m of DEMO_MEMBERS) owners.set(m.name, (await findMemberByName(db, m.name))!.id);

  await inTransaction(db, async (tx) => {
    for (const c of missingCustomers) {
      const ownerId = c.owner ? owners.get(c.owner)! : null;
      const customer = await createCustomer(tx, {
        name: c.name,
        normalizedName: normalizeCompanyName(c.name),
        country: c.country,
        timezone: resolveTimezone(null, c.country) ?? null,
        website: c.website ?? null,
        websiteDomain: c.website ? websiteDomain(c.website) : null,
        grade: c.grade,
        source: c.source,
        status: ownerId ? 'active' : 'pool',
        ownerId,
        contacts: [{
          name: c.contact.name,
          roles: c.contact.roles,
          email: c.contact.email ?? null,
          phone: c.contact.phone ? toE164(c.contact.phone, c.country) ?? null : null,
          language: c.contact.language,
        }],
      });
      const contact = customer.contacts[0];
      for (const [direction, daysAgo, text] of c.comms) {
        const at = new Date(now.getTime() - daysAgo * 86_400_000);
        const classified = direction === 'inbound' ? classifyMessage({ text, country: c.country }) : null;
        await createCommunication(tx, {
          customerId: customer.id,
          contactId: direction === 'internal' ? null : contact?.id ?? null,
          teamMemberId: direction === 'inbound' ? null : ownerId,
          channel: direction === 'internal' ? 'terminal' : 'whatsapp',
          direction,
          kind: direction === 'internal' ? 'call' : 'message',
          text,
          language: classified?.language ?? null,
          intents: classified?.intents ?? [],
          occurredAt: at,
        });
        await touchCustomerContact(tx, customer.id, at, direction);
      }
      // the demo book is a past the team lived: each customer dates from its first contact, not from the seeding
      await tx.customer.update({ where: { id: customer.id }, data: { createdAt: new Date(now.getTime() - Math.max(0, ...c.comms.map(([, d]) => d)) * 86_400_000 - 3_600_000) } });
    }
  });
  return { members: addedMembers, customers: missingCustomers.length, skipped: false };
}
