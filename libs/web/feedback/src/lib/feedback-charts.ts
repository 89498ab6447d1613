import type { ChartConfiguration } from 'chart.js';
import { formatMean } from './feedback-labels';

/** What a chart needs of a group's (or a wave's) result. */
export interface MeanPoint {
  name: string;
  responses: number | null;
  suppressed: boolean;
  mean: number | null;
}

const PRIMARY = '#0072B2';

/** Bars of the mean rating (1–5) per group or wave; groups without a mean (suppressed, no ratings) are left out. */
export function meanChart(points: readonly MeanPoint[], axis: string): ChartConfiguration {
  const shown = points.filter((p) => !p.suppressed && p.mean !== null);
  return {
    type: 'bar',
    data: {
      labels: shown.map((p) => p.name),
      datasets: [
        { label: 'Mean rating', data: shown.map((p) => p.mean ?? 0), backgroundColor: PRIMARY, borderRadius: 3 },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: { min: 0, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Mean rating (1–5)' } },
        y: { ticks: { autoSkip: false }, title: { display: true, text: axis } },
      },
      plugins: { legend: { display: false } },
    },
  };
}

/** The height of a bar chart for so many bars: every bar readable, however many groups. */
export function chartHeight(points: readonly MeanPoint[]): number {
  const bars = points.filter((p) => !p.suppressed && p.mean !== null).length;
  return Math.max(120, 70 + 30 * bars);
}

/** The chart in words (its accessible name): each bar's mean, and the groups it leaves out. */
export function chartText(subject: string, points: readonly MeanPoint[]): string {
  const shown = points.filter((p) => !p.suppressed && p.mean !== null);
  const hidden = points.filter((p) => p.suppressed);
  const parts = shown.map((p) => `${p.name} ${formatMean(p.mean)}`);
  let text = `Bar chart of the mean rating from 1 to 5 ${subject}: ${parts.length ? parts.join(', ') : 'no ratings to show'}.`;
  if (hidden.length) text += ` Not shown (fewer than 5 answers): ${hidden.map((p) => p.name).join(', ')}.`;
  return text;
}
