import { weightsByContent } from '.';

describe('category weights that follow what the categories hold', () => {
  it.each([
    ['a lone should beside four musts', [[2], [3, 3, 3, 3]], [2 / 14, 12 / 14]],
    [
      'equal contents weigh the same',
      [
        [3, 1],
        [2, 2],
      ],
      [0.5, 0.5],
    ],
    ['must, should and could in one category', [[3, 2, 1]], [1]],
    ['an empty category gets no share', [[3], []], [1, 0]],
    ['nothing weighed anywhere: equal shares', [[], []], [0.5, 0.5]],
    ['no categories', [], []],
  ] as const)('%s: %j → %j', (_, categories, expected) => {
    const weights = weightsByContent(categories);
    expect(weights).toHaveLength(expected.length);
    weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
  });

  it('refuses a negative weight', () => expect(() => weightsByContent([[1, -1]])).toThrow(RangeError));
});
