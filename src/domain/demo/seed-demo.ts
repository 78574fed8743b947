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
import { DEMO_CUSTOMERS, DEMO_MEMBERS } from './demo-data';

/** Loads the demo book once; a second run changes nothing. */
export async function seedDemo(db: PrismaClient, team: TeamService, now: Date = new Date()) {
  if (await findMemberByName(db, 'alice')) return { members: 0, customers: 0, skipped: true };
  for (const m of DEMO_MEMBERS) {
    await team.add({ ...m, regions: [...m.regions], role: m.role as Role, manager: 'manager' in m ? m.manager : undefined }, 'seed');
  }
  const owners = new Map<string, number>();
  for (const m of DEMO_MEMBERS) owners.set(m.name, (await findMemberByName(db, m.name))!.id);

  await inTransaction(db, async (tx) => {
    for (const c of DEMO_CUSTOMERS) {
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
    }
  });
  return { members: DEMO_MEMBERS.length, customers: DEMO_CUSTOMERS.length, skipped: false };
}
