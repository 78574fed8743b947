import { domainMessages, type Locale } from '../i18n';
import type { OutboundFile } from '../channel-contract';
import { countryName } from '../normalize/country';
import { FUNNEL_STEPS } from './funnel.repository';
import type { ReportResult, ReportTarget } from './report.service';

/** A report as it goes into chat: a short summary and one chart. */
export interface RenderedReport {
  text: string;
  file: OutboundFile;
}

export const STEP: Record<string, Record<Locale, string>> = {
  lead: { en: 'Leads', zh: '线索' }, contacted: { en: 'Contacted', zh: '已联系' }, quoted: { en: 'Quoted', zh: '已报价' },
  sample: { en: 'Sample', zh: '寄样' }, won: { en: 'Won', zh: '成交' },
};
export const SOURCE: Record<string, Record<Locale, string>> = {
  trade_show: { en: 'Trade show', zh: '展会' }, alibaba: { en: 'Alibaba', zh: '阿里巴巴' }, website: { en: 'Website', zh: '官网' },
  whatsapp: { en: 'WhatsApp', zh: 'WhatsApp' }, telegram: { en: 'Telegram', zh: 'Telegram' }, slack: { en: 'Slack', zh: 'Slack' },
  referral: { en: 'Referral', zh: '转介绍' }, import: { en: 'Import', zh: '导入' }, manual: { en: 'Manual', zh: '手动录入' },
};
export const SEGMENT: Record<string, Record<Locale, string>> = {
  champions: { en: 'Champions', zh: '核心客户' }, loyal: { en: 'Loyal', zh: '忠诚客户' }, new: { en: 'New buyers', zh: '新客户' },
  at_risk: { en: 'At risk', zh: '流失风险' }, hibernating: { en: 'Hibernating', zh: '休眠' }, needs_attention: { en: 'Needs attention', zh: '需关注' },
};
export const REASON: Record<string, Record<Locale, string>> = {
  falling_orders: { en: 'fewer orders', zh: '下单减少' }, complaint: { en: 'complaint', zh: '投诉' },
  payment_extension: { en: 'payment extension', zh: '要求延期付款' }, order_split: { en: 'split order', zh: '要求拆单' },
};
const TITLE: Record<ReportResult['kind'], Record<Locale, string>> = {
  funnel: { en: 'Sales funnel', zh: '销售漏斗' }, channels: { en: 'Lead channels', zh: '线索渠道' },
  team: { en: 'Team', zh: '团队业绩' }, customers: { en: 'Customers', zh: '客户分析' },
};

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—');
export const word = (table: Record<string, Record<Locale, string>>, key: string, locale: Locale) => table[key]?.[locale] ?? key;
const hours = (h: number | null) => (h === null ? '—' : h < 48 ? `${Math.round(h * 10) / 10}h` : `${Math.round(h / 24)}d`);

function money(value: number, currency: string, locale: Locale): string {
  return `${currency} ${Math.round(value).toLocaleString(domainMessages(locale).reports.numberLocale)}`;
}

/** Title lines: what the report is, then its period and scope (whose customers, which country). */
export function heading(kind: ReportResult['kind'], target: ReportTarget, locale: Locale): string[] {
  const m = domainMessages(locale).reports;
  const scope: string[] = [];
  if (target.rep) scope.push(target.rep);
  else if (target.team) scope.push(m.scopeTeam);
  if (target.country) scope.push(countryName(target.country, locale));
  if (!scope.length) scope.push(m.scopeAll);
  return [TITLE[kind][locale], [target.period.label, ...scope].join(' · ')];
}

const EMPTY: Record<Locale, string> = { en: 'No data for this period', zh: '该时段没有数据' };

/**
 * Summary text and chart for one report, in the reader's language; amounts in the company's base currency. The chart
 * renderer (chart.js on a native canvas, with the CJK fonts) loads with the first report, not at start-up.
 */
export async function renderReport(result: ReportResult, locale: Locale, currency: string): Promise<RenderedReport> {
  const { renderBarChart } = await import('./chart');
  const title = heading(result.kind, result.target, locale);
  const m = domainMessages(locale).reports;
  const lines = [title.join(' · ')];
  const emptyText = EMPTY[locale];
  let file: OutboundFile;
  if (result.kind === 'funnel') {
    const c = result.counts;
    lines.push(FUNNEL_STEPS.map((s, i) => `${word(STEP, s, locale)} ${c[s]}${i ? ` (${pct(c[s], c[FUNNEL_STEPS[i - 1]])})` : ''}`).join(' → '));
    lines.push(m.funnelOverall({ rate: pct(c.won, c.lead), lost: c.lost }));
    const drops = FUNNEL_STEPS.slice(1).map((s, i) => ({ from: FUNNEL_STEPS[i], to: s, rate: c[FUNNEL_STEPS[i]] ? c[s] / c[FUNNEL_STEPS[i]] : 1 }));
    const worst = drops.filter((d) => c[d.from] > 0).sort((a, b) => a.rate - b.rate)[0];
    if (worst) {
      lines.push(m.funnelWorstDrop({ from: word(STEP, worst.from, locale), to: word(STEP, worst.to, locale), rate: pct(c[worst.to], c[worst.from]) }));
    }
    const stuck = result.stalls.filter((s) => s.idle > 0).sort((a, b) => b.idle - a.idle);
    for (const s of stuck.slice(0, 3)) {
      const median = s.medianDays === null ? '—' : Math.round(s.medianDays);
      lines.push(m.funnelStalled({ stage: word(STEP, s.stage, locale), open: s.open, idle: s.idle, median }));
    }
    file = renderBarChart({
      title, emptyText, fileName: 'report-funnel', horizontal: true,
      labels: FUNNEL_STEPS.map((s) => word(STEP, s, locale)),
      // conversion from the step before, at each bar's end
      notes: FUNNEL_STEPS.map((s, i) => (i && c[FUNNEL_STEPS[i - 1]] ? `(${pct(c[s], c[FUNNEL_STEPS[i - 1]])})` : null)),
      series: [{ label: m.seriesCustomers, values: FUNNEL_STEPS.map((s) => c[s]) }],
    });
  } else if (result.kind === 'channels') {
    if (!result.rows.length) lines.push(m.noLeads);
    for (const r of result.rows) {
      lines.push(m.channelRow({
        source: word(SOURCE, r.source, locale), leads: r.leads, won: r.won, rate: pct(r.won, r.leads), value: money(r.wonValue, currency, locale),
      }));
    }
    file = renderBarChart({
      title, emptyText, fileName: 'report-channels',
      labels: result.rows.map((r) => word(SOURCE, r.source, locale)),
      series: [
        { label: m.seriesLeads, values: result.rows.map((r) => r.leads) },
        { label: m.seriesWon, values: result.rows.map((r) => r.won) },
      ],
    });
  } else if (result.kind === 'team') {
    if (!result.rows.length) lines.push(m.noReps);
    for (const r of result.rows) {
      lines.push(m.teamRow({
        name: r.name, newLeads: r.newLeads, frtMedian: hours(r.frtMedianHours), frtP90: hours(r.frtP90Hours),
        followUpsDone: r.followUpsDone, followUpsDue: r.followUpsDue, quotes: r.quotes, value: money(r.wonValue, currency, locale),
        claims: r.claims, releases: r.releases,
      }));
    }
    file = renderBarChart({
      title, emptyText, fileName: 'report-team',
      labels: result.rows.map((r) => r.name),
      series: [
        { label: m.seriesNewLeads, values: result.rows.map((r) => r.newLeads) },
        { label: m.seriesFollowUpsDone, values: result.rows.map((r) => r.followUpsDone) },
        { label: m.seriesFollowUpsDue, values: result.rows.map((r) => r.followUpsDue) },
        { label: m.seriesQuotes, values: result.rows.map((r) => r.quotes) },
      ],
    });
  } else {
    const total = result.grades.reduce((n, g) => n + g.customers, 0);
    const dormant = result.grades.reduce((n, g) => n + g.dormant, 0);
    lines.push(m.customersTotal({ total, grades: result.grades.map((g) => `${g.grade} ${g.customers}`).join(m.gradeSeparator), dormant }));
    if (result.abc.length) lines.push(`${m.abcTitle}: ${result.abc.map((a) => `${a.abc} ${a.customers} (${money(a.value, currency, locale)})`).join(' · ')}`);
    if (result.rfm.length) lines.push(`RFM: ${result.rfm.map((r) => `${word(SEGMENT, r.segment, locale)} ${r.customers}`).join(' · ')}`);
    lines.push(m.atRisk({ total: result.atRisk.total }));
    for (const r of result.atRisk.top) lines.push(`  #${r.id} ${r.name}: ${r.reasons.map((x) => word(REASON, x, locale)).join(', ')}`);
    const w = result.wakeup;
    lines.push(m.wakeupSummary({ enrolled: w.enrolled, sent: w.sent, replied: w.replied, rate: pct(w.replied, w.sent), revived: w.revived }));
    file = renderBarChart({
      title, emptyText, fileName: 'report-customers', horizontal: true,
      labels: result.rfm.length ? result.rfm.map((r) => word(SEGMENT, r.segment, locale)) : result.grades.map((g) => g.grade),
      series: [{ label: m.seriesCustomers, values: result.rfm.length ? result.rfm.map((r) => r.customers) : result.grades.map((g) => g.customers) }],
    });
  }
  return { text: lines.join('\n'), file };
}
