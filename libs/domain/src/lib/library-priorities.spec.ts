import {
  ConsortiumPriorityRule,
  deriveConsortiumPriority,
  LIBRARY_PRIORITY_FACTORS,
  LibraryPriority,
  libraryCriterionWeights,
  rankByLibrary,
  rankOrderCentroid,
  toRequirementPriority,
} from './library-priorities';
import { buildScoreTable, compileRubric } from './scoring';

const marks = (...priorities: LibraryPriority[]) =>
  priorities.map((priority, i) => ({ libraryId: `lib${i + 1}`, priority }));

describe('consortium priority from the member libraries’ marks', () => {
  it.each<[string, ConsortiumPriorityRule, LibraryPriority[], LibraryPriority | null, LibraryPriority[]]>([
    ['nobody marked it', 'highest', [], null, []],
    ['one library', 'highest', ['could'], 'could', []],
    ['one must among others', 'highest', ['could', 'must', 'should'], 'must', []],
    ['all not needed', 'highest', ['not_needed', 'not_needed'], 'not_needed', []],
    ['nobody marked it', 'majority', [], null, []],
    ['a clear majority', 'majority', ['must', 'should', 'should'], 'should', []],
    ['most libraries, not half of them', 'majority', ['must', 'could', 'could', 'not_needed', 'should'], 'could', []],
    ['a two-way tie goes to the higher', 'majority', ['could', 'must', 'could', 'must'], 'must', ['must', 'could']],
    [
      'a three-way tie goes to the highest',
      'majority',
      ['not_needed', 'could', 'should'],
      'should',
      ['should', 'could', 'not_needed'],
    ],
    ['one must outvoted', 'majority', ['not_needed', 'not_needed', 'must', 'not_needed'], 'not_needed', []],
  ])('%s, %s rule: %j → %s', (_label, rule, given, expected, tiedAt) => {
    const derived = deriveConsortiumPriority(marks(...given), rule);
    expect(derived.priority).toBe(expected);
    expect(derived.tiedAt).toEqual(tiedAt);
  });

  it('counts the marks and lists the libraries that disagree with the result, in the order given', () => {
    const given = marks('must', 'should', 'should', 'not_needed');
    expect(deriveConsortiumPriority(given, 'majority')).toEqual({
      priority: 'should',
      counts: { must: 1, should: 2, could: 0, not_needed: 1 },
      disagreements: [
        { libraryId: 'lib1', priority: 'must' },
        { libraryId: 'lib4', priority: 'not_needed' },
      ],
      tiedAt: [],
    });
    expect(deriveConsortiumPriority(given, 'highest').disagreements.map((d) => d.libraryId)).toEqual([
      'lib2',
      'lib3',
      'lib4',
    ]);
  });

  it('refuses an unknown rule or priority', () => {
    expect(() => deriveConsortiumPriority(marks('must'), 'loudest' as ConsortiumPriorityRule)).toThrow(RangeError);
    expect(() => deriveConsortiumPriority(marks('urgent' as LibraryPriority), 'highest')).toThrow(RangeError);
  });

  it.each<[LibraryPriority, string]>([
    ['must', 'must'],
    ['should', 'should'],
    ['could', 'could'],
    ['not_needed', 'wont'],
  ])('applies %s to a requirement as %s', (priority, requirement) => {
    expect(toRequirementPriority(priority)).toBe(requirement);
  });
});

describe('rank-order centroid weights (Barron & Barrett 1996)', () => {
  // The published values: n = 3 → .6111, .2778, .1111; n = 4 → .5208, .2708, .1458, .0625.
  it.each<[number, number[]]>([
    [1, [1]],
    [2, [3 / 4, 1 / 4]],
    [3, [11 / 18, 5 / 18, 2 / 18]],
    [4, [25 / 48, 13 / 48, 7 / 48, 3 / 48]],
  ])('n = %i → %j', (n, expected) => {
    const weights = rankOrderCentroid(n);
    expect(weights).toHaveLength(n);
    weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('gives must : should : could = 11 : 5 : 2 and nothing to "not needed"', () => {
    expect(LIBRARY_PRIORITY_FACTORS.must / LIBRARY_PRIORITY_FACTORS.could).toBeCloseTo(11 / 2, 12);
    expect(LIBRARY_PRIORITY_FACTORS.should / LIBRARY_PRIORITY_FACTORS.could).toBeCloseTo(5 / 2, 12);
    expect(LIBRARY_PRIORITY_FACTORS.not_needed).toBe(0);
  });
});

describe('a library’s criterion weights', () => {
  // Four criteria of equal weight; k1 covers r1, k2 covers r2, k3 covers r1 and r3, k4 covers nothing.
  const unit = { min: 0, max: 1 };
  const rubric = compileRubric(['k1', 'k2', 'k3', 'k4'].map((id) => ({ id, weight: 1, scale: unit })));
  const links = [
    { criterionId: 'k1', requirementIds: ['r1'] },
    { criterionId: 'k2', requirementIds: ['r2'] },
    { criterionId: 'k3', requirementIds: ['r1', 'r3'] },
  ];
  const of = (entries: [string, LibraryPriority][]) => libraryCriterionWeights(rubric, links, new Map(entries));

  it.each<[string, [string, LibraryPriority][], number[], string[]]>([
    ['no marks: the rubric’s weights', [], [0.25, 0.25, 0.25, 0.25], []],
    [
      'every marked requirement alike: the rubric’s weights',
      [
        ['r1', 'should'],
        ['r2', 'should'],
      ],
      [0.25, 0.25, 0.25, 0.25],
      [],
    ],
    // k1, k2, k3 share 0.75 as 11 : 2 : 11; k4 keeps 0.25.
    [
      'must against could',
      [
        ['r1', 'must'],
        ['r2', 'could'],
      ],
      [(0.75 * 11) / 24, (0.75 * 2) / 24, (0.75 * 11) / 24, 0.25],
      ['k1', 'k2', 'k3'],
    ],
    // k3 counts by its highest mark (r3 must) while k1 follows r1 (not needed).
    [
      'the highest mark of a criterion’s requirements counts',
      [
        ['r1', 'not_needed'],
        ['r3', 'must'],
      ],
      [0, 0.25, 0.5, 0.25],
      ['k1', 'k3'],
    ],
    // Only k2 is marked: alone it keeps its own share whatever the mark.
    ['one marked criterion keeps its share', [['r2', 'could']], [0.25, 0.25, 0.25, 0.25], []],
    // Everything marked not needed: the weight goes to the unlinked criterion.
    [
      'all not needed',
      [
        ['r1', 'not_needed'],
        ['r2', 'not_needed'],
        ['r3', 'not_needed'],
      ],
      [0, 0, 0, 1],
      ['k1', 'k2', 'k3', 'k4'],
    ],
  ])('%s', (_label, entries, expected, reweighted) => {
    const result = of(entries);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
    expect(result.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(result.reweighted).toEqual(reweighted);
    expect(result.fallback).toBe(false);
  });

  it('falls back to the rubric’s weights when the library needs nothing the rubric scores', () => {
    const covered = compileRubric(['k1', 'k2'].map((id) => ({ id, weight: 1, scale: unit })));
    const result = libraryCriterionWeights(
      covered,
      links.slice(0, 2),
      new Map([
        ['r1', 'not_needed'],
        ['r2', 'not_needed'],
      ]),
    );
    expect(result).toEqual({ weights: [0.5, 0.5], reweighted: [], fallback: true });
  });

  it('refuses a link to a criterion outside the rubric', () => {
    expect(() => libraryCriterionWeights(rubric, [{ criterionId: 'k9', requirementIds: ['r1'] }], new Map())).toThrow(
      RangeError,
    );
  });
});

describe('the ranking as each member library would have it', () => {
  // Circulation (k1, covers r1) and cataloguing (k2, covers r2), equal weight, on 0–10.
  // A is strong on circulation, B on cataloguing; the consortium ranking prefers A slightly.
  const rubric = compileRubric([
    { id: 'k1', weight: 1, scale: { min: 0, max: 10 } },
    { id: 'k2', weight: 1, scale: { min: 0, max: 10 } },
  ]);
  const table = buildScoreTable(rubric, {
    candidateIds: ['A', 'B'],
    evaluatorIds: ['ann'],
    scores: [
      { evaluatorId: 'ann', candidateId: 'A', criterionId: 'k1', value: 9 },
      { evaluatorId: 'ann', candidateId: 'A', criterionId: 'k2', value: 4 },
      { evaluatorId: 'ann', candidateId: 'B', criterionId: 'k1', value: 5 },
      { evaluatorId: 'ann', candidateId: 'B', criterionId: 'k2', value: 7 },
    ],
  });
  const links = [
    { criterionId: 'k1', requirementIds: ['r1'] },
    { criterionId: 'k2', requirementIds: ['r2'] },
  ];
  const libraries = [
    {
      libraryId: 'small',
      marks: new Map<string, LibraryPriority>([
        ['r1', 'could'],
        ['r2', 'must'],
      ]),
    },
    {
      libraryId: 'large',
      marks: new Map<string, LibraryPriority>([
        ['r1', 'must'],
        ['r2', 'should'],
      ]),
    },
    { libraryId: 'silent', marks: new Map<string, LibraryPriority>() },
  ];
  const byLibrary = rankByLibrary(rubric, table, links, libraries);

  it.each<[string, string, number, number]>([
    // small: weights 2 : 11 → A = (2·90 + 11·40)/13 = 47.69, B = (2·50 + 11·70)/13 = 66.92.
    ['small', 'B', (2 * 90 + 11 * 40) / 13, (2 * 50 + 11 * 70) / 13],
    // large: weights 11 : 5 → A = (11·90 + 5·40)/16 = 74.375, B = (11·50 + 5·70)/16 = 56.25.
    ['large', 'A', (11 * 90 + 5 * 40) / 16, (11 * 50 + 5 * 70) / 16],
    // silent: the consortium's equal weights → A = 65, B = 60.
    ['silent', 'A', 65, 60],
  ])('%s library: winner %s (A %d, B %d)', (libraryId, winner, a, b) => {
    const result = byLibrary.find((r) => r.libraryId === libraryId)!;
    expect(result.ranking.winnerId).toBe(winner);
    const total = (id: string) => result.ranking.candidates.find((c) => c.candidateId === id)!.total.score;
    expect(total('A')).toBeCloseTo(a, 9);
    expect(total('B')).toBeCloseTo(b, 9);
  });

  it('keeps knockouts: a mandatory requirement stays mandatory for every library', () => {
    const knocked = rankByLibrary(rubric, table, links, libraries.slice(0, 1), {
      mandatory: [{ id: 'r2', label: 'CAT-001', criterionIds: ['k2'], threshold: 5 }],
    });
    expect(knocked[0].ranking.winnerId).toBe('B');
    expect(knocked[0].ranking.candidates.find((c) => c.candidateId === 'A')!.knockedOut).toBe(true);
  });
});
