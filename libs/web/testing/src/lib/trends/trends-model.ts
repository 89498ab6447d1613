import { DEFECT_SEVERITIES, DefectSeverity } from '@assay/domain';
import type { ChartConfiguration } from 'chart.js';
import type { DefectTrendsFieldsFragment } from './trends.generated';

/**
 * The trends page's numbers as tables, CSV rows and chart configurations, from the API's
 * `defectTrends`: one mapping for all three, so a chart and its table never disagree.
 */
export type Trends = DefectTrendsFieldsFragment;

/** The charts' colour for series `index` (the app's palette, `seriesColour` of @assay/web/ui/chart). */
export type Palette = (index: number, alpha?: number) => string;

/** A day (YYYY-MM-DD, or a moment) as the app writes dates: "May 3, 2027"; `short` leaves out the year. */
function day(value: string, short = false): string {
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: short ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(value));
}

/** How a column's values read: words, a count, a percentage (one decimal) or a day (YYYY-MM-DD in the data). */
export type TrendColumnKind = 'text' | 'count' | 'percent' | 'date';

export interface TrendColumn {
  header: string;
  kind: TrendColumnKind;
}

/**
 * One table of the trends page: shown under its chart, and downloaded as CSV with the same
 * columns and the same numbers (percentages rounded as shown, days as YYYY-MM-DD). The first
 * column names the row.
 */
export interface TrendTable {
  caption: string;
  /** The CSV file's name, without the date and extension, e.g. "defects-per-week". */
  file: string;
  columns: readonly TrendColumn[];
  rows: readonly (readonly (string | number | null)[])[];
}

const SEVERITY_LABELS: Readonly<Record<DefectSeverity, string>> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  trivial: 'Trivial',
};

/** Each severity's colour on the charts (Okabe–Ito, as every chart of the app): the worst the warmest. */
const SEVERITY_COLOURS: Readonly<Record<DefectSeverity, number>> = { critical: 5, major: 1, minor: 0, trivial: 4 };

const count = (header: string): TrendColumn => ({ header, kind: 'count' });

/** A percentage as the table and the CSV show it: one decimal. */
export function roundPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** A table cell in words: counts as they are, percentages with %, days as "May 3, 2027", nothing as a dash. */
export function formatCell(value: string | number | null, kind: TrendColumnKind): string {
  if (value === null || value === '') return kind === 'text' ? '' : '—';
  if (kind === 'percent') return `${roundPercent(Number(value))} %`;
  if (kind === 'date') return day(String(value));
  return String(value);
}

/** A time to resolution in words: hours under a day, then days with one decimal. */
export function formatDays(days: number | null): string {
  if (days === null) return '—';
  if (days < 1) {
    const hours = Math.round(days * 24);
    return hours < 1 ? 'under an hour' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** The name of a table's CSV file, e.g. "ils-selection-2027-defects-opened-closed-per-week-2026-12-03.csv". */
export function trendFileName(scopeName: string, file: string, today: Date): string {
  const scope = scopeName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${scope ? `${scope}-` : ''}${file}-${today.toISOString().slice(0, 10)}.csv`;
}

export interface TrendHeadline {
  total: number;
  openNow: number;
  /** "1 critical, 2 major, 4 minor, 1 trivial" (the severities with any). */
  openBySeverity: string;
  resolved: number;
  mean: string;
  median: string;
}

export function headline(trends: Trends): TrendHeadline {
  const open = trends.openBySeverity;
  const openNow = DEFECT_SEVERITIES.reduce((sum, severity) => sum + open[severity], 0);
  return {
    total: trends.total,
    openNow,
    openBySeverity: DEFECT_SEVERITIES.filter((severity) => open[severity] > 0)
      .map((severity) => `${open[severity]} ${severity}`)
      .join(', '),
    resolved: trends.resolution.resolved,
    mean: formatDays(trends.resolution.meanDays),
    median: formatDays(trends.resolution.medianDays),
  };
}

/** Defects opened, closed and reopened per ISO week. */
export function weeksTable(trends: Trends): TrendTable {
  return {
    caption: 'Defects opened and closed per week',
    file: 'defects-opened-closed-per-week',
    columns: [
      { header: 'Week', kind: 'text' },
      { header: 'Starts', kind: 'date' },
      count('Opened'),
      count('Closed'),
      count('Reopened'),
    ],
    rows: trends.weeks.map((w) => [w.week, w.start, w.opened, w.closed, w.reopened]),
  };
}

/** Open defects at the end of each week, by severity. */
export function severityTable(trends: Trends): TrendTable {
  return {
    caption: 'Open defects by severity at the end of each week',
    file: 'open-defects-by-severity',
    columns: [
      { header: 'Week', kind: 'text' },
      { header: 'Starts', kind: 'date' },
      ...DEFECT_SEVERITIES.map((severity) => count(SEVERITY_LABELS[severity])),
      count('Open in all'),
    ],
    rows: trends.weeks.map((w) => [
      w.week,
      w.start,
      ...DEFECT_SEVERITIES.map((severity) => w.openAtEnd[severity]),
      DEFECT_SEVERITIES.reduce((sum, severity) => sum + w.openAtEnd[severity], 0),
    ]),
  };
}

/** What a defect's component is called when it names none. */
export const NO_COMPONENT = 'No component';

/** Defects per component, most first: open (fixed ones included, until verified), and closed. */
export function componentsTable(trends: Trends): TrendTable {
  return {
    caption: 'Defects by component',
    file: 'defects-by-component',
    columns: [{ header: 'Component', kind: 'text' }, count('Open'), count('Closed'), count('Defects in all')],
    rows: trends.components.map((c) => [c.component || NO_COMPONENT, c.open, c.total - c.open, c.total]),
  };
}

/** Each run's pass rate, oldest first. */
export function passRateTable(trends: Trends): TrendTable {
  return {
    caption: 'Pass rate per run',
    file: 'pass-rate-per-run',
    columns: [
      { header: 'Run', kind: 'text' },
      { header: 'Plan', kind: 'text' },
      { header: 'Started', kind: 'date' },
      count('Passed'),
      count('Failed'),
      count('Cases'),
      { header: 'Pass rate', kind: 'percent' },
    ],
    rows: trends.passRates.map((r) => [
      r.label,
      r.planName,
      r.createdAt.slice(0, 10),
      r.passed,
      r.failed,
      r.total,
      roundPercent(r.percent),
    ]),
  };
}

/** A week's label on a chart's axis: its Monday, "May 3" (with the year when the weeks span more than one). */
function weekLabels(trends: Trends): string[] {
  const years = new Set(trends.weeks.map((w) => w.start.slice(0, 4)));
  return trends.weeks.map((w) => day(w.start, years.size === 1));
}

/** Whole numbers only on a count axis, from zero. */
const countAxis = (title: string, stacked = false) => ({
  beginAtZero: true,
  stacked,
  ticks: { precision: 0 },
  title: { display: true, text: title },
});

export function weeksChart(trends: Trends, colour: Palette): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: weekLabels(trends),
      datasets: [
        { label: 'Opened', data: trends.weeks.map((w) => w.opened), backgroundColor: colour(5) },
        { label: 'Closed', data: trends.weeks.map((w) => w.closed), backgroundColor: colour(2) },
      ],
    },
    options: {
      scales: { x: { title: { display: true, text: 'Week starting' } }, y: countAxis('Defects') },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

export function severityChart(trends: Trends, colour: Palette): ChartConfiguration {
  return {
    type: 'line',
    data: {
      labels: weekLabels(trends),
      // Stacked: each severity's area starts where the one below it ends.
      datasets: DEFECT_SEVERITIES.map((severity, index) => ({
        label: SEVERITY_LABELS[severity],
        data: trends.weeks.map((w) => w.openAtEnd[severity]),
        borderColor: colour(SEVERITY_COLOURS[severity]),
        backgroundColor: colour(SEVERITY_COLOURS[severity], 0.35),
        fill: index === 0 ? 'origin' : '-1',
        pointRadius: trends.weeks.length > 26 ? 0 : 3,
      })),
    },
    options: {
      scales: { x: { title: { display: true, text: 'End of the week starting' } }, y: countAxis('Open defects', true) },
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

export function componentsChart(trends: Trends, colour: Palette): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: trends.components.map((c) => c.component || NO_COMPONENT),
      datasets: [
        { label: 'Open', data: trends.components.map((c) => c.open), backgroundColor: colour(5) },
        {
          label: 'Closed',
          data: trends.components.map((c) => c.total - c.open),
          backgroundColor: colour(4),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: countAxis('Defects', true), y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** Tall enough for every component's bar to be read. */
export function componentsChartHeight(trends: Trends): number {
  return Math.max(160, 80 + 32 * trends.components.length);
}

export function passRateChart(trends: Trends, colour: Palette): ChartConfiguration {
  return {
    type: 'line',
    data: {
      // The run's parts (version, build, environment) on lines of their own, read level.
      labels: trends.passRates.map((r) => r.label.split(' · ')),
      datasets: [
        {
          label: 'Pass rate (%)',
          data: trends.passRates.map((r) => roundPercent(r.percent)),
          borderColor: colour(0),
          backgroundColor: colour(0),
          pointRadius: 4,
          spanGaps: true,
        },
      ],
    },
    options: {
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0 } },
        y: { min: 0, max: 100, title: { display: true, text: 'Passed of passed and failed (%)' } },
      },
      plugins: { legend: { display: false } },
    },
  };
}
