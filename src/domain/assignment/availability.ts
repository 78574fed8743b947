import type { Locale } from '../i18n';

export type Unavailable = 'off' | 'leave' | 'capacity';

export interface AvailabilityFacts {
  status: string;
  leaveFrom: Date | null;
  leaveUntil: Date | null;
  maxOpenLeads: number | null;
  openLeads: number;
}

/** Why a member cannot take a new lead right now, or null when they can. Leave dates are inclusive; an open end means "until further notice". */
export function unavailability(m: AvailabilityFacts, now: Date): Unavailable | null {
  if (m.status !== 'active') return 'off';
  const onLeave = (m.leaveFrom !== null || m.leaveUntil !== null)
    && (m.leaveFrom === null || m.leaveFrom <= now)
    && (m.leaveUntil === null || now <= m.leaveUntil);
  if (onLeave) return 'leave';
  if (m.maxOpenLeads !== null && m.openLeads >= m.maxOpenLeads) return 'capacity';
  return null;
}

const WORDS: Record<Unavailable, Record<Locale, string>> = {
  off: { en: 'off', zh: '停用' },
  leave: { en: 'on leave', zh: '休假' },
  capacity: { en: 'at capacity', zh: '已满额' },
};

export function unavailableWord(reason: Unavailable, locale: Locale): string {
  return WORDS[reason][locale];
}
