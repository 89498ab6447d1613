import { evaluatorKeys, initialsOf } from './evaluator-keys';

describe('initialsOf', () => {
  it.each([
    ['first and last name', 'Ada Lovelace', 'AL'],
    ['a middle name is left out', 'Ada Byron Lovelace', 'AL'],
    ['one word: its first two letters', 'Ada', 'AD'],
    ['a note in brackets is left out', 'Eva Evaluator (demo)', 'EE'],
    ['lower case and accents', 'élodie de la tour', 'ÉT'],
    ['punctuation is left out', "Seán O'Brien-Smith", 'SO'],
    ['nothing usable', '  ', '?'],
  ])('%s', (_label, name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('evaluatorKeys', () => {
  it.each([
    [
      'by name, whatever order they come in',
      [
        ['2', 'Ben Baker'],
        ['1', 'Ada Archer'],
      ],
      [
        ['1', 'Ada Archer', 'AA'],
        ['2', 'Ben Baker', 'BB'],
      ],
    ],
    [
      'case and accents do not change the order',
      [
        ['1', 'émile Zola'],
        ['2', 'Eva Evaluator'],
        ['3', 'ada archer'],
      ],
      [
        ['3', 'ada archer', 'AA'],
        ['1', 'émile Zola', 'ÉZ'],
        ['2', 'Eva Evaluator', 'EE'],
      ],
    ],
    [
      'numbers in names sort as numbers',
      [
        ['1', 'Tester 10'],
        ['2', 'Tester 9'],
      ],
      [
        ['2', 'Tester 9', 'T9'],
        ['1', 'Tester 10', 'T1'],
      ],
    ],
    [
      'the same initials are told apart, in the shared order',
      [
        ['b', 'Eva Evans'],
        ['a', 'Emil Ernst'],
        ['c', 'Esther Eastwood'],
      ],
      [
        ['a', 'Emil Ernst', 'EE'],
        ['c', 'Esther Eastwood', 'EE2'],
        ['b', 'Eva Evans', 'EE3'],
      ],
    ],
    [
      'people with the same name: by id',
      [
        ['y', 'Sam Lee'],
        ['x', 'Sam Lee'],
      ],
      [
        ['x', 'Sam Lee', 'SL'],
        ['y', 'Sam Lee', 'SL2'],
      ],
    ],
    [
      'one person given twice is listed once',
      [
        ['1', 'Ada Archer'],
        ['1', 'Ada Archer'],
      ],
      [['1', 'Ada Archer', 'AA']],
    ],
    ['nobody', [], []],
  ] as [string, [string, string][], [string, string, string][]][])('%s', (_label, given, expected) => {
    expect(evaluatorKeys(given.map(([id, name]) => ({ id, name })))).toEqual(
      expected.map(([id, name, initials]) => ({ id, name, initials })),
    );
  });

  it('gives the grid and the results the same order from different starting lists', () => {
    const fromScores = [
      { id: '3', name: 'Cy' },
      { id: '1', name: 'Al' },
      { id: '2', name: 'Bo' },
    ];
    const fromRanking = [
      { id: '2', name: 'Bo' },
      { id: '3', name: 'Cy' },
      { id: '1', name: 'Al' },
    ];
    expect(evaluatorKeys(fromScores)).toEqual(evaluatorKeys(fromRanking));
  });
});
