import type { RuleWithTarget } from '../../domain/assignment/assignment-rule.repository';
import { describeMatch } from '../../domain/assignment/rule-match';
import type { Locale } from '../../domain/i18n';
import { countryFlag } from '../../domain/normalize/country';
import type { PoolRow } from '../../domain/pool/pool.repository';
import { messages } from '../i18n';

export function formatRules(rules: RuleWithTarget[], locale: Locale): string {
  const m = messages(locale).routingFormat;
  if (!rules.length) return m.noRules;
  const ordered = [...rules.filter((r) => !r.isDefault), ...rules.filter((r) => r.isDefault)];
  const target = (r: RuleWithTarget) => `${r.targetType === 'team' ? m.team : '@'}${r.targetName}`;
  const lines = ordered.map((r, i) => `${r.isDefault ? '*' : i + 1}. ${r.name}: ${r.isDefault ? m.everythingElse : describeMatch(r.match)} → ${target(r)}`);
  return `${m.rulesHead}\n${lines.join('\n')}`;
}

export interface TeamWeightsView {
  team: string;
  members: { name: string; weight: number; mode: string; status: string }[];
  cycle: string[];
}

export function formatWeights(view: TeamWeightsView, locale: Locale): string {
  const m = messages(locale).routingFormat;
  const members = view.members
    .map((w) => `${w.name}=${w.weight}${w.mode === 'conversion' ? m.byConversion : ''}${w.status !== 'active' ? ` [${w.status}]` : ''}`)
    .join(' ');
  return m.teamLine({ team: view.team, members, order: view.cycle.join('-') || '—' });
}

export function formatPool(rows: PoolRow[], locale: Locale, now: Date = new Date()): string {
  const m = messages(locale).routingFormat;
  if (!rows.length) return m.emptyPool;
  const days = (d: Date | null) => (d ? Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000)) : null);
  return rows
    .map((r) => {
      const ago = days(r.releasedAt);
      const when = ago === null ? '' : m.releasedAgo({ days: ago });
      const lines = r.productLines.length ? ` · ${r.productLines.join(', ')}` : '';
      return `#${r.id} ${r.name} · ${r.country ? `${countryFlag(r.country)} ${r.country}` : '—'} · ${m.grade} ${r.grade}${lines}${when}${r.reason ? ` (${r.reason})` : ''}`;
    })
    .join('\n');
}
