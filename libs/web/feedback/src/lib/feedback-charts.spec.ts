import { chartHeight, chartText, MeanPoint, meanChart } from './feedback-charts';

const points: MeanPoint[] = [
  { name: 'Circulation', responses: 8, suppressed: false, mean: 4.25 },
  { name: 'Cataloguing', responses: null, suppressed: true, mean: null },
  { name: 'Youth services', responses: 6, suppressed: false, mean: 3 },
];

describe('meanChart', () => {
  it('draws a bar per group with a mean and leaves suppressed groups out', () => {
    const chart = meanChart(points, 'Department');
    expect(chart.data.labels).toEqual(['Circulation', 'Youth services']);
    expect(chart.data.datasets[0].data).toEqual([4.25, 3]);
  });
});

describe('chartText', () => {
  it.each<[MeanPoint[], string]>([
    [
      points,
      'Bar chart of the mean rating from 1 to 5 by department: Circulation 4.3, Youth services 3.0. Not shown (fewer than 5 answers): Cataloguing.',
    ],
    [[], 'Bar chart of the mean rating from 1 to 5 by department: no ratings to show.'],
  ])('says what the chart shows', (input, text) => {
    expect(chartText('by department', input)).toBe(text);
  });
});

describe('chartHeight', () => {
  it.each<[number, number]>([
    [0, 120],
    [2, 130],
    [10, 370],
  ])('%i bars → %i px', (bars, height) => {
    const many = Array.from({ length: bars }, (_, i) => ({ name: `g${i}`, responses: 5, suppressed: false, mean: 3 }));
    expect(chartHeight(many)).toBe(height);
  });
});
