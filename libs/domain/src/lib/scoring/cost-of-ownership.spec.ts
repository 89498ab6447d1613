import { scorePerCost, totalCostOfOwnership } from '.';

describe('total cost of ownership', () => {
  it('adds one-time, training and yearly costs over the period', () => {
    const tco = totalCostOfOwnership({
      years: 5,
      oneTime: [
        { label: 'Licence', amount: 50_000 },
        { label: 'Migration', amount: 20_000 },
      ],
      yearly: [
        { label: 'Hosting', amount: 12_000 },
        { label: 'Support', amount: 8_000 },
      ],
      training: [
        { label: 'Circulation', hours: 80, hourlyRate: 45 },
        { label: 'Cataloguing', hours: 40, hourlyRate: 45 },
      ],
    });
    expect(tco).toEqual({
      years: 5,
      oneTime: 70_000,
      training: 5_400,
      yearly: 20_000,
      recurring: 100_000,
      total: 175_400,
      byYear: [95_400, 20_000, 20_000, 20_000, 20_000],
    });
    expect(scorePerCost(80, tco.total)).toBeCloseTo((80 * 10_000) / 175_400, 12);
  });

  it('costs nothing without items', () => {
    expect(totalCostOfOwnership({ years: 1 })).toEqual({
      years: 1,
      oneTime: 0,
      training: 0,
      yearly: 0,
      recurring: 0,
      total: 0,
      byYear: [0],
    });
  });

  it.each([
    ['zero years', { years: 0 }, /whole number of years, at least 1; got 0/],
    ['part years', { years: 2.5 }, /whole number of years/],
    [
      'negative hours',
      { years: 1, training: [{ label: 'IT', hours: -1, hourlyRate: 40 }] },
      /Training "IT": hours must be zero or more/,
    ],
    ['a missing rate', { years: 1, training: [{ hours: 10, hourlyRate: NaN }] }, /Training: the hourly rate/],
    [
      'an amount that is not a number',
      { years: 1, yearly: [{ label: 'Hosting', amount: NaN }] },
      /Yearly cost "Hosting" is not a number/,
    ],
  ])('refuses %s', (_label, input, message) => {
    expect(() => totalCostOfOwnership(input)).toThrow(message);
  });

  it.each([
    [null, 1000, undefined, null],
    [50, 0, undefined, null],
    [50, -10, undefined, null],
    [50, 20_000, undefined, 25],
    [50, 20_000, 1_000, 2.5],
  ])('score per cost (%p, %p, per %p) = %p', (score, cost, per, expected) => {
    expect(scorePerCost(score, cost, per)).toBe(expected);
  });
});
