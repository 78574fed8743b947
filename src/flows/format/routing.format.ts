import type { RuleWithTarget } from '../../domain/assignment/assignment-rule.repository';
import { describeMatch } from '../../domain/assignment/rule-match';
import type { Locale } from '../../domain/i18n';
import { countryFlag } from '../../domain/normalize/country';
import type { PoolRow } from '../../domain/pool/pool.repository';

export function formatRules(rules: RuleWithTarget[], locale: Locale): string {
  const zh = locale === 'zh';
  if (!rules.length) return zh ? '还没有分配规则。添加：/rule add country=MX,CO product=lighting -> team:latam' : 'No assignment rules yet. Add one: /rule add country=MX,CO product=lighting -> team:latam';
  const ordered = [...rules.filter((r) => !r.isDefault), ...rules.filter((r) => r.isDefault)];
  const target = (r: RuleWithTarget) => `${r.targetType === 'team' ? (zh ? '团队 ' : 'team ') : '@'}${r.targetName}`;
  const lines = ordered.map((r, i) => `${r.isDefault ? '*' : i + 1}. ${r.name}: ${r.isDefault ? (zh ? '其余全部' : 'everything else') : describeMatch(r.match)} → ${target(r)}`);
  return `${zh ? '分配规则（按顺序，先匹配先得）：' : 'Assignment rules (first match wins):'}\n${lines.join('\n')}`;
}

export interface TeamWeightsView {
  team: string;
  members: { name: string; weight: number; mode: string; status: string }[];
  cycle: string[];
}

export function formatWeights(view: TeamWeightsView, locale: Locale): string {
  const zh = locale === 'zh';
  const members = view.members
    .map((m) => `${m.name}=${m.weight}${m.mode === 'conversion' ? (zh ? '（按转化）' : ' (conversion)') : ''}${m.status !== 'active' ? ` [${m.status}]` : ''}`)
    .join(' ');
  return `${zh ? '团队' : 'Team'} ${view.team}: ${members}\n${zh ? '轮询顺序' : 'Order'}: ${view.cycle.join('-') || '—'}`;
}

export function formatPool(rows: PoolRow[], locale: Locale, now: Date = new Date()): string {
  const zh = locale === 'zh';
  if (!rows.length) return zh ? '公海中没有符合条件的客户。' : 'No customers in the public pool match.';
  const days = (d: Date | null) => (d ? Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000)) : null);
  return rows
    .map((r) => {
      const ago = days(r.releasedAt);
      const when = ago === null ? '' : zh ? ` · ${ago} 天前释放` : ` · released ${ago}d ago`;
      const lines = r.productLines.length ? ` · ${r.productLines.join(', ')}` : '';
      return `#${r.id} ${r.name} · ${r.country ? `${countryFlag(r.country)} ${r.country}` : '—'} · ${zh ? '等级' : 'grade'} ${r.grade}${lines}${when}${r.reason ? ` (${r.reason})` : ''}`;
    })
    .join('\n');
}
