import {
  componentsChart,
  componentsTable,
  formatCell,
  formatDays,
  headline,
  passRateChart,
  passRateTable,
  trendFileName,
  severityChart,
  severityTable,
  Trends,
  weeksChart,
  weeksTable,
} from './trends-model';

const severities = (critical: number, major: number, minor: number, trivial: number) => ({
  critical,
  major,
  minor,
  trivial,
});

/**
 * Two weeks of a small evaluation: five defects opened in the first (one closed in the second),
 * one in the second; three resolved in 15.9, 5.75 and 6.25 days; two runs, the second with no
 * case passed or failed yet.
 */
const TRENDS: Trends = {
  total: 6,
  openBySeverity: severities(1, 2, 2, 0),
  weeks: [
    { week: '2027-W18', start: '2027-05-03', opened: 5, closed: 0, reopened: 0, openAtEnd: severities(0, 2, 2, 1) },
    { week: '2027-W19', start: '2027-05-10', opened: 1, closed: 1, reopened: 1, openAtEnd: severities(1, 2, 2, 0) },
  ],
  components: [
    { component: 'Circulation / SIP2', open: 2, total: 3 },
    { component: '', open: 1, total: 1 },
  ],
  resolution: { resolved: 3, meanDays: 27.9166667 / 3, medianDays: 6.25 },
  passRates: [
    {
      runId: 'r1',
      label: 'Koha 24.11 · 24.11.02 · Vendor sandbox',
      planName: 'Acceptance',
      createdAt: '2027-05-03T09:00:00.000Z',
      passed: 2,
      failed: 1,
      total: 4,
      percent: 200 / 3,
    },
    {
      runId: 'r2',
      label: 'Koha 24.11 · 24.11.03 · Vendor sandbox',
      planName: 'Acceptance',
      createdAt: '2027-05-12T09:00:00.000Z',
      passed: 0,
      failed: 0,
      total: 4,
      percent: null,
    },
  ],
};

/** A palette that names each colour, for reading the configurations. */
const palette = (index: number, alpha = 1) => `colour ${index}${alpha < 1 ? ` at ${alpha}` : ''}`;

describe('trends model', () => {
  it('sums the headline: open now by severity, mean and median time to resolution', () => {
    expect(headline(TRENDS)).toEqual({
      total: 6,
      openNow: 5,
      openBySeverity: '1 critical, 2 major, 2 minor',
      resolved: 3,
      mean: '9.3 days',
      median: '6.3 days',
    });
  });

  it.each([
    [null, '—'],
    [0.001, 'under an hour'],
    [1 / 24, '1 hour'],
    [0.5, '12 hours'],
    [1, '1 day'],
    [1.04, '1 day'],
    [6.25, '6.3 days'],
    [15.9166, '15.9 days'],
  ])('says %p days as "%s"', (days, words) => {
    expect(formatDays(days)).toBe(words);
  });

  it.each([
    [null, 'count', '—'],
    ['', 'text', ''],
    [3, 'count', '3'],
    [66.7, 'percent', '66.7 %'],
    ['2027-05-03', 'date', 'May 3, 2027'],
    ['2027-W18', 'text', '2027-W18'],
  ] as const)('shows %p (%s) as "%s"', (value, kind, text) => {
    expect(formatCell(value, kind)).toBe(text);
  });

  it('lists each week with its opened, closed and reopened defects', () => {
    const table = weeksTable(TRENDS);
    expect(table.columns.map((c) => c.header)).toEqual(['Week', 'Starts', 'Opened', 'Closed', 'Reopened']);
    expect(table.rows).toEqual([
      ['2027-W18', '2027-05-03', 5, 0, 0],
      ['2027-W19', '2027-05-10', 1, 1, 1],
    ]);
  });

  it('lists the open defects at each week’s end by severity, with their sum', () => {
    const table = severityTable(TRENDS);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Week',
      'Starts',
      'Critical',
      'Major',
      'Minor',
      'Trivial',
      'Open in all',
    ]);
    expect(table.rows).toEqual([
      ['2027-W18', '2027-05-03', 0, 2, 2, 1, 5],
      ['2027-W19', '2027-05-10', 1, 2, 2, 0, 5],
    ]);
  });

  it('names the defects without a component, and counts the closed ones', () => {
    expect(componentsTable(TRENDS).rows).toEqual([
      ['Circulation / SIP2', 2, 1, 3],
      ['No component', 1, 0, 1],
    ]);
  });

  it('rounds each run’s pass rate as shown, and leaves it empty until a case passed or failed', () => {
    expect(passRateTable(TRENDS).rows).toEqual([
      ['Koha 24.11 · 24.11.02 · Vendor sandbox', 'Acceptance', '2027-05-03', 2, 1, 4, 66.7],
      ['Koha 24.11 · 24.11.03 · Vendor sandbox', 'Acceptance', '2027-05-12', 0, 0, 4, null],
    ]);
  });

  it('draws the same numbers as the tables', () => {
    const weeks = weeksChart(TRENDS, palette);
    expect(weeks.data.labels).toEqual(['May 3', 'May 10']);
    expect(weeks.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Opened', [5, 1]],
      ['Closed', [0, 1]],
    ]);
    const severity = severityChart(TRENDS, palette);
    expect(severity.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Critical', [0, 1]],
      ['Major', [2, 2]],
      ['Minor', [2, 2]],
      ['Trivial', [1, 0]],
    ]);
    expect(severity.options).toMatchObject({ scales: { y: { stacked: true } } });
    const components = componentsChart(TRENDS, palette);
    expect(components.options?.indexAxis).toBe('y');
    expect(components.data.labels).toEqual(['Circulation / SIP2', 'No component']);
    expect(components.data.datasets.map((d) => d.data)).toEqual([
      [2, 1],
      [1, 0],
    ]);
    const passRates = passRateChart(TRENDS, palette);
    expect(passRates.data.labels).toEqual([
      ['Koha 24.11', '24.11.02', 'Vendor sandbox'],
      ['Koha 24.11', '24.11.03', 'Vendor sandbox'],
    ]);
    expect(passRates.data.datasets[0].data).toEqual([66.7, null]);
  });

  it('adds the year to the weeks’ labels when they span two years', () => {
    const trends = {
      ...TRENDS,
      weeks: [
        { ...TRENDS.weeks[0], week: '2026-W53', start: '2026-12-28' },
        { ...TRENDS.weeks[1], week: '2027-W01', start: '2027-01-04' },
      ],
    };
    expect(weeksChart(trends, palette).data.labels).toEqual(['Dec 28, 2026', 'Jan 4, 2027']);
  });

  it.each([
    ['ILS selection 2027', 'ils-selection-2027-defects-by-component-2026-12-03.csv'],
    ['Évaluation: Koha / FOLIO!', 'evaluation-koha-folio-defects-by-component-2026-12-03.csv'],
    ['', 'defects-by-component-2026-12-03.csv'],
    ['A'.repeat(39) + ' tail', `${'a'.repeat(39)}-defects-by-component-2026-12-03.csv`],
  ])('names the CSV file of %p "%s"', (scope, name) => {
    expect(trendFileName(scope, 'defects-by-component', new Date('2026-12-03T21:00:00Z'))).toBe(name);
  });
});
