import { snapshotDiff, SnapshotValue } from './snapshot-diff';

describe('snapshotDiff', () => {
  // A worked example: version 1 recommended Koha with two risks; version 2, after the director asked
  // for the migration risk to be costed, adds a mitigation, and a late score moved the totals and
  // swapped the second and third places of the ranking.
  const v1: SnapshotValue = {
    recommended: 'Koha',
    rationale: 'Best fit for circulation and cataloguing.',
    risks: [{ text: 'Data migration', mitigation: null }, { text: 'Staff training' }],
    ranking: [
      { id: 'koha', rank: 1, total: 81.2 },
      { id: 'evergreen', rank: 2, total: 77.5 },
      { id: 'folio', rank: 3, total: 77.1 },
    ],
  };
  const v2: SnapshotValue = {
    recommended: 'Koha',
    rationale: 'Best fit for circulation and cataloguing.',
    risks: [
      { text: 'Data migration', mitigation: 'Vendor-led trial load of 10% of records' },
      { text: 'Staff training' },
    ],
    ranking: [
      { id: 'koha', rank: 1, total: 81.2 },
      { id: 'folio', rank: 2, total: 78.0 },
      { id: 'evergreen', rank: 3, total: 77.5 },
    ],
  };

  it('lists each changed leaf by its path, matching ranked candidates by id', () => {
    expect(snapshotDiff(v1, v2)).toEqual([
      {
        path: 'risks[0].mitigation',
        kind: 'changed',
        before: null,
        after: 'Vendor-led trial load of 10% of records',
      },
      { path: 'ranking[id=folio].rank', kind: 'changed', before: 3, after: 2 },
      { path: 'ranking[id=folio].total', kind: 'changed', before: 77.1, after: 78.0 },
      { path: 'ranking[id=evergreen].rank', kind: 'changed', before: 2, after: 3 },
    ]);
  });

  it('finds nothing between equal snapshots', () => {
    expect(snapshotDiff(v1, structuredClone(v1))).toEqual([]);
  });

  it.each<[string, SnapshotValue, SnapshotValue, ReturnType<typeof snapshotDiff>]>([
    ['an added field', { a: 1 }, { a: 1, b: 'x' }, [{ path: 'b', kind: 'added', after: 'x' }]],
    ['a removed field', { a: 1, b: 'x' }, { a: 1 }, [{ path: 'b', kind: 'removed', before: 'x' }]],
    ['a list that grew', { l: [1] }, { l: [1, 2] }, [{ path: 'l[1]', kind: 'added', after: 2 }]],
    [
      'a candidate dropped from a ranking',
      {
        r: [
          { id: 'a', t: 1 },
          { id: 'b', t: 2 },
        ],
      },
      { r: [{ id: 'a', t: 1 }] },
      [{ path: 'r[id=b]', kind: 'removed', before: { id: 'b', t: 2 } }],
    ],
    [
      'a value that changed type',
      { a: [1] },
      { a: 'one' },
      [{ path: 'a', kind: 'changed', before: [1], after: 'one' }],
    ],
    ['null to a value', { a: null }, { a: 0 }, [{ path: 'a', kind: 'changed', before: null, after: 0 }]],
  ])('%s', (_name, before, after, expected) => {
    expect(snapshotDiff(before, after)).toEqual(expected);
  });
});
