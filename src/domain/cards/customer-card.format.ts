import { DateTime } from 'luxon';
import type { CustomerCard } from '../customers/customer.repository';
import { domainMessages, truncateForEcho, type Locale } from '../i18n';
import { countryFlag, countryName } from '../normalize/country';
import { formatPhone } from '../normalize/phone';
import { localTime, resolveTimezone } from '../normalize/timezone';
import type { GroupHistory } from '../groups/company-group.service';
import { formatCardStage, formatCardTags } from './intent-tags.format';
import { messageText } from '../text/message-text';

interface ListedCustomer {
  id: number;
  name: string;
  country: string | null;
  status: string;
  grade: string;
  owner: { displayName: string } | null;
  contacts: { email: string | null; phone: string | null }[];
}

const WORDS = {
  en: {
    owner: 'Owner', none: '—', pool: 'public pool', stage: 'Stage', grade: 'Grade', status: 'Status', tags: 'Tags',
    contacts: 'Contacts', timeline: 'Last communications', local: 'local time', group: 'Group', noResults: 'No customers found.',
    website: 'Website', address: 'Address',
  },
  zh: {
    owner: '负责人', none: '—', pool: '公海', stage: '阶段', grade: '等级', status: '状态', tags: '标签',
    contacts: '联系人', timeline: '最近沟通', local: '当地时间', group: '集团', noResults: '没有找到客户。',
    website: '网站', address: '地址',
  },
} as const;

const STATUS: Record<string, Record<Locale, string>> = {
  lead: { en: 'lead', zh: '线索' }, active: { en: 'active', zh: '跟进中' }, dormant: { en: 'dormant', zh: '沉睡' },
  pool: { en: 'in pool', zh: '公海' }, lost: { en: 'lost', zh: '已流失' },
};

const DIRECTION_ICON: Record<string, string> = { inbound: '⬅', outbound: '➡', internal: '✎' };

function place(country: string | null, locale: Locale): string {
  return country ? `${countryFlag(country)} ${countryName(country, locale)}` : WORDS[locale].none;
}

export function formatCustomerList(customers: ListedCustomer[], locale: Locale): string {
  const w = WORDS[locale];
  if (!customers.length) return w.noResults;
  return customers
    .map((c) => {
      const reach = c.contacts.map((k) => k.email ?? (k.phone ? formatPhone(k.phone) : null)).find(Boolean);
      const owner = c.owner?.displayName ?? w.pool;
      return `#${c.id} ${c.name} · ${place(c.country, locale)} · ${w.owner}: ${owner}${reach ? ` · ${reach}` : ''}`;
    })
    .join('\n');
}

/** A moment as the reader's wall-clock time: "2026-12-03 17:12". */
function wallTime(at: Date, zone: string): string {
  return DateTime.fromJSDate(at).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
}

/**
 * `viewerZone`: the reader's time zone; timeline times are theirs (and the header says so). A buyer's message also
 * shows the buyer's own clock when it differs, which tells whether they wrote in office hours.
 */
export function formatCustomerCard(
  card: CustomerCard,
  locale: Locale,
  now: Date = new Date(),
  group: GroupHistory | null = null,
  viewerZone = 'UTC',
): string {
  const w = WORDS[locale];
  const zone = resolveTimezone(card.timezone, card.country);
  const opportunity = card.opportunities[0];
  const lines = [
    `#${card.id} ${card.name}${card.aliases.length ? ` (${card.aliases.join(', ')})` : ''}`,
    `${place(card.country, locale)}${zone ? ` · ${w.local} ${localTime(zone, now, locale)}` : ''}`,
    `${w.owner}: ${card.owner?.displayName ?? w.pool} · ${w.status}: ${STATUS[card.status]?.[locale] ?? card.status} · ${w.stage}: ${formatCardStage(opportunity, locale)} · ${w.grade}: ${card.grade}`,
  ];
  if (card.website) lines.push(`${w.website}: ${card.website}`);
  if (card.address) lines.push(`${w.address}: ${card.address}`);
  if (card.group) lines.push(`${w.group}: ${card.group.name} (${card.group.customers.map((c) => `#${c.id} ${c.name}`).join(', ')})`);
  if (group) lines.push(...formatGroupHistory(group, card.id, locale, viewerZone));
  if (card.tags.length) lines.push(`${w.tags}: ${formatCardTags(card.tags, card.communications, locale)}`);
  if (card.contacts.length) {
    lines.push(`${w.contacts}:`);
    for (const contact of card.contacts) {
      const reach = [contact.email, contact.phone ? formatPhone(contact.phone) : null].filter(Boolean).join(' · ');
      lines.push(`  • ${contact.name}${contact.roles.length ? ` [${contact.roles.join(', ')}]` : ''}${reach ? ` — ${reach}` : ''}`);
    }
  }
  if (card.communications.length) {
    lines.push(domainMessages(locale).cards.timelineHead({ title: w.timeline, zone: viewerZone }));
    for (const c of card.communications) {
      const buyerClock = zone && c.direction === 'inbound' && wallTime(c.occurredAt, zone).slice(11) !== wallTime(c.occurredAt, viewerZone).slice(11);
      const when = `${wallTime(c.occurredAt, viewerZone)}${buyerClock ? domainMessages(locale).cards.buyerClock({ time: wallTime(c.occurredAt, zone).slice(11) }) : ''}`;
      const tags = c.intents.length ? ` [${c.intents.join(', ')}]` : '';
      lines.push(`  ${DIRECTION_ICON[c.direction] ?? '•'} ${when} ${c.kind}/${c.channel}${c.language ? ` (${c.language})` : ''}${tags}: ${truncateForEcho(messageText(c.text, c.attachments, locale).replace(/\s+/g, ' '), 160)}`);
    }
  }
  return lines.join('\n');
}

/** The group's combined history (多抬头): other members' latest communications, and a line for members the reader may not see. */
function formatGroupHistory(group: GroupHistory, selfId: number, locale: Locale, viewerZone: string): string[] {
  const said = domainMessages(locale).cards;
  const others = group.communications.filter((c) => c.customerId !== selfId).slice(0, 5);
  const hidden = group.members.filter((m) => !m.visible);
  if (!others.length && !hidden.length) return [];
  const lines = [said.groupHistory];
  for (const c of others) {
    const when = wallTime(c.occurredAt, viewerZone);
    lines.push(`  ${DIRECTION_ICON[c.direction] ?? '•'} ${when} #${c.customerId} ${c.customerName} ${c.kind}/${c.channel}: ${truncateForEcho(messageText(c.text, c.attachments, locale).replace(/\s+/g, ' '), 120)}`);
  }
  for (const m of hidden) {
    const last = m.lastContactAt ? m.lastContactAt.toISOString().slice(0, 10) : '—';
    lines.push(said.hiddenMember({ id: m.id, name: m.name, owner: m.owner, last }));
  }
  return lines;
}
