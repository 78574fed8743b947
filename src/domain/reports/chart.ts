import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import type { OutboundFile } from '../messages';

Chart.register(...registerables);
// a CJK-capable font first: labels and titles are often Chinese
Chart.defaults.font.family = 'WenQuanYi Micro Hei, Noto Sans CJK SC, DejaVu Sans, sans-serif';
Chart.defaults.font.size = 13;

/** One series of a bar chart. */
export interface ChartSeries {
  label: string;
  values: number[];
  color?: string;
}

export interface BarChartSpec {
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** horizontal bars read better for funnels and long names */
  horizontal?: boolean;
  stacked?: boolean;
  /** file name without extension */
  fileName: string;
}

const PALETTE = ['#2f6fdf', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#9c755f'];
const WIDTH = 900;
const HEIGHT = 500;

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

/** Renders a bar chart to a PNG file ready for OutboundMessage.files (no browser: chart.js on a native canvas). */
export function renderBarChart(spec: BarChartSpec): OutboundFile {
  const canvas = createCanvas(WIDTH, HEIGHT);
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
      devicePixelRatio: 1,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: {
        // counts are whole numbers: no 0.5 ticks
        x: { stacked: spec.stacked ?? false, beginAtZero: true, ticks: { precision: 0 } },
        y: { stacked: spec.stacked ?? false, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: {
        title: { display: true, text: spec.title, font: { size: 18 } },
        legend: { display: spec.series.length > 1 },
      },
    },
    plugins: [whiteBackground],
  };
  // chart.js draws on any 2D context with the DOM canvas API; @napi-rs/canvas provides one.
  const chart = new Chart(canvas.getContext("2d") as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return { name: `${spec.fileName}.png`, mimeType: 'image/png', data: canvas.toBuffer('image/png') };
  } finally {
    chart.destroy();
  }
}
