import ExcelJS from 'exceljs';
import type { Locale } from '../i18n';
import type { OutboundFile } from '../channel-contract';
import { FUNNEL_STEPS } from './funnel.repository';
import { heading, REASON, SEGMENT, SOURCE, STEP, word } from './report.render';
import type { ReportResult } from './report.service';
import { neutralizeFormula } from '../export/spreadsheet-cells';

type Cell = string | number | null;
interface Column { header: Record<Locale, string>; format?: 'int' | 'pct' | 'money' | 'hours' }
interface Table { name: Record<Locale, string>; columns: Column[]; rows: Cell[][] }

const h = (en: string, zh: string) => ({ en, zh });
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

// text cells go through the one neutraliser every CSV and XLSX export uses; numbers stay numbers
const neutralise = neutralizeFormula;

function tables(result: ReportResult, locale: Locale): Table[] {
  if (result.kind === 'funnel') {
    const c = result.counts;
    return [
      {
        name: h('Funnel', '漏斗'),
        columns: [{ header: h('Step', '阶段') }, { header: h('Customers', '客户数'), format: 'int' }, { header: h('From previous step', '上一步转化率'), format: 'pct' }, { header: h('From leads', '线索转化率'), format: 'pct' }],
        rows: FUNNEL_STEPS.map((s, i) => [word(STEP, s, locale), c[s], i ? ratio(c[s], c[FUNNEL_STEPS[i - 1]]) : null, ratio(c[s], c.lead)]),
      },
      {
        name: h('Stalled', '停滞'),
        columns: [{ header: h('Stage', '阶段') }, { header: h('Open', '进行中'), format: 'int' }, { header: h('Idle 14+ days', '超过 14 天未推进'), format: 'int' }, { header: h('Median days', '中位天数'), format: 'hours' }],
        rows: result.stalls.map((s) => [word(STEP, s.stage, locale), s.open, s.idle, s.medianDays]),
      },
    ];
  }
  if (result.kind === 'channels') {
    return [{
      name: h('Channels', '渠道'),
      columns: [{ header: h('Source', '来源') }, { header: h('Leads', '线索'), format: 'int' }, { header: h('Won', '成交'), format: 'int' }, { header: h('Win rate', '成交率'), format: 'pct' }, { header: h('Won value', '成交额'), format: 'money' }],
      rows: result.rows.map((r) => [word(SOURCE, r.source, locale), r.leads, r.won, ratio(r.won, r.leads), r.wonValue]),
    }];
  }
  if (result.kind === 'team') {
    return [{
      name: h('Team', '团队'),
      columns: [
        { header: h('Rep', '销售') }, { header: h('New leads', '新线索'), format: 'int' }, { header: h('First response median (h)', '首次响应中位（小时）'), format: 'hours' },
        { header: h('First response p90 (h)', '首次响应 P90（小时）'), format: 'hours' }, { header: h('Follow-ups due', '应跟进'), format: 'int' },
        { header: h('Follow-ups done', '已跟进'), format: 'int' }, { header: h('Quotes', '报价'), format: 'int' }, { header: h('Won value', '成交额'), format: 'money' },
        { header: h('Pool claims', '公海领取'), format: 'int' }, { header: h('Pool releases', '公海释放'), format: 'int' },
      ],
      rows: result.rows.map((r) => [r.name, r.newLeads, r.frtMedianHours, r.frtP90Hours, r.followUpsDue, r.followUpsDone, r.quotes, r.wonValue, r.claims, r.releases]),
    }];
  }
  return [
    { name: h('Grades', '等级'), columns: [{ header: h('Grade', '等级') }, { header: h('Customers', '客户数'), format: 'int' }, { header: h('Dormant', '沉睡'), format: 'int' }], rows: result.grades.map((g) => [g.grade, g.customers, g.dormant]) },
    { name: h('ABC', 'ABC'), columns: [{ header: h('Class', '分类') }, { header: h('Customers', '客户数'), format: 'int' }, { header: h('12-month order value', '近 12 个月订单额'), format: 'money' }], rows: result.abc.map((a) => [a.abc, a.customers, a.value]) },
    { name: h('RFM', 'RFM'), columns: [{ header: h('Segment', '分群') }, { header: h('Customers', '客户数'), format: 'int' }], rows: result.rfm.map((r) => [word(SEGMENT, r.segment, locale), r.customers]) },
    { name: h('At risk', '风险客户'), columns: [{ header: h('Customer #', '客户编号'), format: 'int' }, { header: h('Name', '名称') }, { header: h('Reasons', '原因') }], rows: result.atRisk.top.map((r) => [r.id, r.name, r.reasons.map((x) => word(REASON, x, locale)).join(', ')]) },
  ];
}

const FORMATS = { int: '#,##0', pct: '0.0%', hours: '0.0' } as const;

/** The report as an XLSX workbook: one sheet per table, typed cells (numbers, percentages, money), title and period on top. */
export async function renderReportXlsx(result: ReportResult, locale: Locale, currency: string): Promise<OutboundFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Quayside';
  const title = heading(result.kind, result.target, locale);
  for (const table of tables(result, locale)) {
    const sheet = workbook.addWorksheet(table.name[locale]);
    sheet.addRow([neutralise(title.join(' · '))]).font = { bold: true, size: 13 };
    const header = sheet.addRow(table.columns.map((c) => neutralise(c.format === 'money' ? `${c.header[locale]} (${currency})` : c.header[locale])));
    header.font = { bold: true };
    for (const cells of table.rows) sheet.addRow(cells.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = Math.max(12, column.header[locale].length + 4);
      if (column.format) col.numFmt = column.format === 'money' ? '#,##0.00' : FORMATS[column.format];
    });
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
  }
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: `report-${result.kind}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data };
}
