import { domainMessages, type Locale } from '../i18n';
import { unavailableWord, type Unavailable } from './availability';

/** Why a lead went where it went; stored in English in assignments.reason, told to people in their language. */
export type AssignmentReason =
  | { kind: 'round_robin'; rule: string; slot: number; cycle: number; skipped: Skipped[] }
  | { kind: 'direct'; rule: string }
  | { kind: 'manager_fallback'; rule: string; team: string; skipped: Skipped[] }
  | { kind: 'member_fallback'; rule: string; member: string; why: Unavailable }
  | { kind: 'group_owner'; group: string }
  | { kind: 'reassigned'; by: string; from: string | null; why: string }
  | { kind: 'own_new' }
  /** as stored with the assignment (English): all that is left of it when its notice is written late */
  | { kind: 'recorded'; text: string };

export interface Skipped {
  name: string;
  why: Unavailable;
}

const skippedList = (skipped: Skipped[], locale: Locale) =>
  skipped.map((s) => `${s.name} ${unavailableWord(s.why, locale)}`).join(domainMessages(locale).assignment.listSeparator);

export function formatReason(r: AssignmentReason, locale: Locale): string {
  const m = domainMessages(locale).assignment;
  switch (r.kind) {
    case 'round_robin': {
      const base = m.roundRobin(r);
      return r.skipped.length ? `${base}${m.skipped({ list: skippedList(r.skipped, locale) })}` : base;
    }
    case 'direct':
      return m.direct(r);
    case 'manager_fallback':
      return m.managerFallback({ rule: r.rule, team: r.team, skipped: skippedList(r.skipped, locale) });
    case 'member_fallback':
      return m.memberFallback({ rule: r.rule, member: r.member, why: unavailableWord(r.why, locale) });
    case 'group_owner':
      return m.groupOwner(r);
    case 'reassigned':
      return m.reassigned(r);
    case 'own_new':
      return m.ownNew;
    case 'recorded':
      return r.text;
  }
}
