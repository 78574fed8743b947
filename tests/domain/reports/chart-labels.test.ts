import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderBarChart, type BarChartSpec } from '../../../src/domain/reports/chart';
import { heading } from '../../../src/domain/reports/report.render';
import type { ReportTarget } from '../../../src/domain/reports/report.service';

// Issue 17, charts: the parts chart.test.ts does not pin down — the "no data" sentence is drawn, each value is written
// beside its bar, and the title carries the period and the scope.

const spec = (over: Partial<BarChartSpec> = {}): BarChartSpec => ({
  title: ['Sales funnel', '2026-11 · all customers you can see'], labels: ['Leads', 'Quoted', 'Won'], emptyText: 'No data for this period',
  series: [{ label: 'customers', values: [20, 10, 5] }], fileName: 'test', horizontal: true, ...over,
});

async function darkPixels(png: Buffer, box: { x0: number; x1: number; y0: number; y1: number }): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const x0 = Math.round(box.x0 * image.width), x1 = Math.round(box.x1 * image.width);
  const y0 = Math.round(box.y0 * image.height), y1 = Math.round(box.y1 * image.height);
  const data = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) n++; // any ink: the sentence is grey
  return n;
}

describe('chart labels', () => {
  it('draws the "no data" sentence on the empty image', async () => {
    const middle = { x0: 0.1, x1: 0.9, y0: 0.5, y1: 0.75 };
    const said = await darkPixels(renderBarChart(spec({ series: [{ label: 'customers', values: [0, 0, 0] }] })).data, middle);
    const silent = await darkPixels(renderBarChart(spec({ series: [{ label: 'customers', values: [0, 0, 0] }], emptyText: '' })).data, middle);
    expect(silent).toBe(0);
    expect(said).toBeGreaterThan(100);
  });

  it('writes the longest bar\'s value in the room kept beyond the bars\' ends', async () => {
    // the right-hand strip is the padding kept for the values: only the written value puts ink there
    const strip = { x0: 0.87, x1: 1, y0: 0.15, y1: 0.9 };
    expect(await darkPixels(renderBarChart(spec()).data, strip)).toBeGreaterThan(30);
  });

  it('puts the period and the scope in the title', () => {
    const target = { period: { label: '2026-Q3' }, rep: 'alice', country: 'MX' } as unknown as ReportTarget;
    expect(heading('funnel', target, 'en')).toEqual(['Sales funnel', '2026-Q3 · alice · Mexico']);
    expect(heading('channels', { period: { label: '本月' } } as unknown as ReportTarget, 'zh')).toEqual(['线索渠道', '本月 · 可见的全部客户']);
  });
});
