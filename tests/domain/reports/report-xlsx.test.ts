import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula as neutralise } from '../../../src/domain/export/spreadsheet-cells';
import { renderReportXlsx } from '../../../src/domain/reports/report.xlsx';
import type { ReportResult } from '../../../src/domain/reports/report.service';

const target = { period: { label: '2026-11' } } as ReportResult['target'];

async function read(data: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

describe('reports as XLSX', () => {
  it('writes typed cells: counts and money as numbers, rates as percentages', async () => {
    const result = { kind: 'channels', target, rows: [{ source: 'alibaba', leads: 20, won: 2, wonValue: 18000.5 }, { source: 'trade_show', leads: 14, won: 3, wonValue: 52000 }] } as ReportResult;
    const file = await renderReportXlsx(result, 'zh', 'USD');
    expect(file.name).toBe('report-channels.xlsx');
    const sheet = (await read(file.data)).getWorksheet('渠道')!;
    expect(sheet.getCell('A1').value).toBe('线索渠道 · 2026-11 · 可见的全部客户');
    expect(sheet.getRow(2).values).toEqual([undefined, '来源', '线索', '成交', '成交率', '成交额 (USD)']);
    expect(sheet.getRow(3).values).toEqual([undefined, '阿里巴巴', 20, 2, 0.1, 18000.5]);
    expect(sheet.getCell('D3').numFmt).toBe('0.0%');
    expect(sheet.getCell('E3').numFmt).toBe('#,##0.00');
    expect(typeof sheet.getCell('B4').value).toBe('number');
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)', '\t=1']) expect(neutralise(bad).startsWith("'")).toBe(true);
    expect(neutralise('Acme = good')).toBe('Acme = good');
    const result = {
      kind: 'team', target,
      rows: [{ memberId: 1, name: '=cmd|calc', newLeads: 3, frtMedianHours: 1.5, frtP90Hours: null, followUpsDue: 4, followUpsDone: 2, quotes: 1, wonValue: 0, claims: 0, releases: 0 }],
    } as ReportResult;
    const sheet = (await read((await renderReportXlsx(result, 'en', 'USD')).data)).worksheets[0];
    expect(sheet.getCell('A3').value).toBe("'=cmd|calc");
    expect(sheet.getCell('A3').formula).toBeUndefined();
    expect(sheet.getCell('C3').value).toBe(1.5);
    expect(sheet.getCell('D3').value).toBeNull();
  });

  it('writes one sheet per table of the customers report', async () => {
    const result = {
      kind: 'customers', target, grades: [{ grade: 'A', customers: 3, dormant: 1 }], abc: [{ abc: 'A', customers: 2, value: 90000 }],
      rfm: [{ segment: 'champions', customers: 2 }], atRisk: { total: 1, top: [{ id: 7, name: '-Bobs Leuchten', reasons: ['complaint'] }] },
      wakeup: { enrolled: 0, sent: 0, replied: 0, revived: 0 },
    } as ReportResult;
    const workbook = await read((await renderReportXlsx(result, 'en', 'EUR')).data);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Grades', 'ABC', 'RFM', 'At risk']);
    expect(workbook.getWorksheet('At risk')!.getRow(3).values).toEqual([undefined, 7, "'-Bobs Leuchten", 'complaint']);
    expect(workbook.getWorksheet('ABC')!.getCell('C2').value).toBe('12-month order value (EUR)');
  });
});
