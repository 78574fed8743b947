import type { Locale } from '../i18n';
import { unavailableWord, type Unavailable } from './availability';

/** Why a lead went where it went; stored in English in assignments.reason, told to people in their language. */
export type AssignmentReason =
  | { kind: 'round_robin'; rule: string; slot: number; cycle: number; skipped: Skipped[] }
  | { kind: 'direct'; rule: string }
  | { kind: 'manager_fallback'; rule: string; team: string; skipped: Skipped[] }
  | { kind: 'member_fallback'; rule: string; member: string; why: Unavailable }
  | { kind: 'group_owner'; group: string }
  | { kind: 'reassigned'; by: string; from: string | null; why: string }
  | { kind: 'own_new' };

export interface Skipped {
  name: string;
  why: Unavailable;
}

const skippedList = (skipped: Skipped[], locale: Locale) =>
  skipped.map((s) => `${s.name} ${unavailableWord(s.why, locale)}`).join(locale === 'zh' ? '，' : ', ');

export function formatReason(r: AssignmentReason, locale: Locale): string {
  const zh = locale === 'zh';
  switch (r.kind) {
    case 'round_robin': {
      const base = zh ? `规则 ${r.rule}，轮询 ${r.slot}/${r.cycle}` : `rule ${r.rule}, round robin ${r.slot}/${r.cycle}`;
      return r.skipped.length ? `${base}${zh ? `（跳过：${skippedList(r.skipped, locale)}）` : ` (skipped: ${skippedList(r.skipped, locale)})`}` : base;
    }
    case 'direct':
      return zh ? `规则 ${r.rule}，指定负责人` : `rule ${r.rule}, direct`;
    case 'manager_fallback':
      return zh
        ? `规则 ${r.rule}：团队 ${r.team} 无人可接（${skippedList(r.skipped, locale) || '无成员'}），转给团队经理`
        : `rule ${r.rule}: nobody available in team ${r.team} (${skippedList(r.skipped, locale) || 'no members'}), sent to the team manager`;
    case 'member_fallback':
      return zh
        ? `规则 ${r.rule}：${r.member} ${unavailableWord(r.why, locale)}，转给其经理`
        : `rule ${r.rule}: ${r.member} is ${unavailableWord(r.why, locale)}, sent to their manager`;
    case 'group_owner':
      return zh ? `集团 ${r.group} 的负责人（同一集团归同一人）` : `owner of group ${r.group} (one owner per group)`;
    case 'reassigned':
      return zh ? `由 ${r.by} 改派${r.from ? `（原负责人 ${r.from}）` : ''}：${r.why}` : `reassigned by ${r.by}${r.from ? ` from ${r.from}` : ''}: ${r.why}`;
    case 'own_new':
      return zh ? '本人新建' : 'created by the rep';
  }
}
