import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import { canvasFontFamily } from '../documents/canvas-fonts';
import type { OutboundFile } from '../channel-contract';

Chart.register(...registerables);

/** One series of a bar chart. */
export interface ChartSeries {
  label: string;
  values: number[];
  color?: string;
}

export interface BarChartSpec {
  /** first line: what it is; the following lines: period and scope */
  title: string[];
  labels: string[];
  series: ChartSeries[];
  /** horizontal bars read better for funnels and long names */
  horizontal?: boolean;
  stacked?: boolean;
  /** a note drawn at each bar's end after its value, e.g. the funnel's step conversion "(62%)" */
  notes?: (string | null)[];
  /** shown instead of empty axes when every value is zero */
  emptyText: string;
  /** file name without extension */
  fileName: string;
  /** tests: draw with the machine's default font only, to show what the packaged fonts change */
  withoutPackagedFonts?: boolean;
}

const PALETTE = ['#2f6fdf', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#9c755f'];
// Square-ish and drawn at twice the size: a phone shows it ~360 pt wide, where 15 px text at 2x still reads.
const WIDTH = 640;
const HEIGHT = 560;
const SCALE = 2;

// Chat apps show PNGs on dark themes too: paint a white background instead of leaving it transparent.
const whiteBackground: Plugin = {
  id: 'white-background',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Writes each bar's value (and its note) at the bar's end. */
function valueLabels(notes: (string | null)[] | undefined, family: string): Plugin {
  return {
    id: 'value-labels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.fillStyle = '#222222';
      ctx.font = `bold 14px ${family}`;
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        meta.data.forEach((bar, i) => {
          const value = Number(dataset.data[i] ?? 0);
          const note = chart.data.datasets.length === 1 ? notes?.[i] : null;
          const text = note ? `${value.toLocaleString('en-US')}  ${note}` : value.toLocaleString('en-US');
          const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, x + 6, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, x, y - 4);
          }
        });
      });
      ctx.restore();
    },
  };
}

function png(canvas: Canvas, fileName: string): OutboundFile {
  return { name: `${fileName}.png`, mimeType: 'image/png', data: canvas.toBuffer('image/png') };
}

/** The image sent when there is nothing to draw: the title and a plain sentence instead of empty axes. */
function emptyChart(spec: BarChartSpec, family: string): OutboundFile {
  const height = 240;
  const canvas = createCanvas(WIDTH * SCALE, height * SCALE);
  const ctx = canvas.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = '#222222';
  ctx.textAlign = 'center';
  spec.title.forEach((line, i) => {
    ctx.font = `${i === 0 ? 'bold 22px' : '16px'} ${family}`;
    ctx.fillText(line, WIDTH / 2, 44 + i * 26);
  });
  ctx.fillStyle = '#777777';
  ctx.font = `20px ${family}`;
  ctx.fillText(spec.emptyText, WIDTH / 2, 150);
  return png(canvas, spec.fileName);
}

/** Renders a bar chart to a PNG file ready for OutboundMessage.files (no browser: chart.js on a native canvas). */
export function renderBarChart(spec: BarChartSpec): OutboundFile {
  const strings = [...spec.title, ...spec.labels, ...spec.series.map((s) => s.label), ...(spec.notes ?? []).filter((n): n is string => !!n), spec.emptyText, '0123456789,.%'];
  const family = spec.withoutPackagedFonts ? 'sans-serif' : `${canvasFontFamily(strings)}, sans-serif`;
  const empty = !spec.labels.length || spec.series.every((s) => s.values.every((v) => !v));
  if (empty) return emptyChart(spec, family);

  Chart.defaults.font.family = family;
  Chart.defaults.font.size = 15;
  Chart.defaults.color = '#333333';
  // chart.js scales the canvas by devicePixelRatio itself
  const canvas = createCanvas(WIDTH, HEIGHT);
  const horizontal = spec.horizontal ?? false;
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color ?? PALETTE[i % PALETTE.length],
      })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: SCALE,
      indexAxis: horizontal ? 'y' : 'x',
      // room at the bars' ends for the values
      layout: { padding: { right: horizontal ? 90 : 12, top: 8, left: 8, bottom: 8 } },
      scales: {
        // counts are whole numbers: no 0.5 ticks; a little headroom above the tallest bar for its value
        x: { stacked: spec.stacked ?? false, beginAtZero: true, ticks: { precision: 0 }, grace: horizontal ? 0 : '12%' },
        y: { stacked: spec.stacked ?? false, beginAtZero: true, ticks: { precision: 0 }, grace: horizontal ? 0 : '12%' },
      },
      plugins: {
        title: { display: true, text: spec.title, font: { size: 20, weight: 'bold' } },
        legend: { display: spec.series.length > 1, position: 'bottom' },
      },
    },
    plugins: [whiteBackground, valueLabels(spec.notes, family)],
  };
  // chart.js draws on any 2D context with the DOM canvas API; @napi-rs/canvas provides one. Charts are drawn one at a time
  // (synchronously), so the defaults set above belong to this chart alone.
  const chart = new Chart(canvas.getContext('2d') as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return png(canvas, spec.fileName);
  } finally {
    chart.destroy();
  }
}
