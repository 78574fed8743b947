import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderBarChart, type BarChartSpec } from '../../../src/domain/reports/chart';

const spec = (over: Partial<BarChartSpec> = {}): BarChartSpec => ({
  title: ['线索渠道', '2026-11 · 可见的全部客户'], labels: ['展会', '阿里巴巴', 'WhatsApp'], emptyText: '该时段没有数据',
  series: [{ label: '线索', values: [14, 20, 9] }], fileName: 'test', ...over,
});

/** RGBA pixels of the band at the top where the title is drawn. */
async function titleBand(png: Buffer): Promise<Uint8ClampedArray> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, 110);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, 110).data;
}

const differingPixels = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 60) n++;
  return n;
};

describe('charts', () => {
  it('draws Chinese with the packaged font: different words give different shapes, unlike boxes', async () => {
    const withFont = await titleBand(renderBarChart(spec()).data);
    const otherWords = await titleBand(renderBarChart(spec({ title: ['销售漏斗', '2026-11 · 可见的全部客户'] })).data);
    // characters no font has are drawn as the same empty box, whatever they are
    const missing = await titleBand(renderBarChart(spec({ title: ['\u{F0001}\u{F0002}\u{F0003}\u{F0004}', '2026-11 · 可见的全部客户'] })).data);
    const withoutFont = await titleBand(renderBarChart(spec({ withoutPackagedFonts: true })).data);
    expect(differingPixels(withFont, otherWords)).toBeGreaterThan(500);
    expect(differingPixels(withFont, missing)).toBeGreaterThan(500);
    expect(differingPixels(withFont, withoutFont)).toBeGreaterThan(500);
  });

  it('writes each value at its bar and the funnel conversion next to it', async () => {
    const plain = renderBarChart(spec({ horizontal: true }));
    const noted = renderBarChart(spec({ horizontal: true, notes: [null, '(142.9%)', '(45%)'] }));
    expect(plain.data.subarray(1, 4).toString()).toBe('PNG');
    expect(differingPixels(await fullImage(plain.data), await fullImage(noted.data))).toBeGreaterThan(200);
  });

  it('shows a clear "no data" image instead of empty axes', async () => {
    const empty = renderBarChart(spec({ series: [{ label: '线索', values: [0, 0, 0] }] }));
    const image = await loadImage(empty.data);
    expect(image.height).toBeLessThan(image.width);
    const none = renderBarChart(spec({ labels: [], series: [{ label: '线索', values: [] }] }));
    expect(Buffer.compare(empty.data, none.data)).toBe(0);
  });

  it('is drawn at twice the size, for phones', async () => {
    const image = await loadImage(renderBarChart(spec()).data);
    expect(image.width).toBe(1280);
  });
});

async function fullImage(png: Buffer): Promise<Uint8ClampedArray> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height).data;
}
