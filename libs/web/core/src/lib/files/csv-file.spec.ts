import { csvCells } from './csv-file';

describe('csvCells', () => {
  it('writes nothing as an empty cell, numbers as they are, and formulas as text', () => {
    expect(
      csvCells([
        ['Circulation / SIP2', 3, null],
        ['=HYPERLINK("http://example.org","x")', -1, 66.7],
        ['+41 22', 0, '@SUM(A1)'],
        ['', 2, '-2'],
      ]),
    ).toEqual([
      ['Circulation / SIP2', 3, ''],
      ['\'=HYPERLINK("http://example.org","x")', -1, 66.7],
      ["'+41 22", 0, "'@SUM(A1)"],
      ['', 2, "'-2"],
    ]);
  });
});
