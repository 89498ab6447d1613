import { buildScoreTable, compileRubric, ScoreEntry } from '.';
import { zeroToThree, TREE } from './scoring.fixtures';

describe('buildScoreTable', () => {
  const rubric = compileRubric(TREE, zeroToThree);
  const s = (evaluatorId: string, candidateId: string, criterionId: string, value: number | null): ScoreEntry => ({
    evaluatorId,
    candidateId,
    criterionId,
    value,
  });

  it('means the evaluators per criterion, skips blanks and lets a consensus win', () => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['koha', 'folio'],
      evaluatorIds: ['ann', 'bob', 'cyd'],
      scores: [
        s('ann', 'koha', 'c1', 3),
        s('bob', 'koha', 'c1', 2),
        s('bob', 'koha', 'c2', null),
        s('ann', 'koha', 'c2', 1),
        s('ann', 'folio', 'c1', 0),
        s('bob', 'folio', 'c1', 1),
      ],
      consensus: [
        { candidateId: 'folio', criterionId: 'c1', value: 3 },
        { candidateId: 'folio', criterionId: 'c2', value: null },
      ],
    });
    expect(table.evaluatorIds).toEqual(['ann', 'bob', 'cyd']);
    expect(table.aggregate).toEqual([
      [2.5, 1, null, null],
      [3, null, null, null],
    ]);
    expect(table.fromConsensus[1]).toEqual([true, false, false, false]);
    expect(table.byEvaluator[1][0]).toEqual([2, null, null, null]);
    expect(table.byEvaluator[2]).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  it('lists the evaluators seen in the scores when none are given', () => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['koha'],
      scores: [s('bob', 'koha', 'c1', 1), s('ann', 'koha', 'c1', 2)],
    });
    expect(table.evaluatorIds).toEqual(['bob', 'ann']);
  });

  it.each([
    ['an unknown candidate', [s('ann', 'sierra', 'c1', 1)], /candidate "sierra" is not in this ranking/],
    ['an unknown criterion', [s('ann', 'koha', 'c9', 1)], /criterion "c9" is not in this rubric/],
    ['an unknown evaluator', [s('zed', 'koha', 'c1', 1)], /evaluator "zed" is not in this ranking/],
    [
      'a score twice',
      [s('ann', 'koha', 'c1', 1), s('ann', 'koha', 'c1', 2)],
      /Score by "ann" for "koha" on criterion "c1" is given twice/,
    ],
    [
      'a score off the scale',
      [s('ann', 'koha', 'c2', 7)],
      /Score by "ann" for "koha" on criterion "c2": 7 is outside its scale 0–3/,
    ],
  ])('refuses %s', (_label, scores, message) => {
    expect(() => buildScoreTable(rubric, { candidateIds: ['koha'], evaluatorIds: ['ann'], scores })).toThrow(message);
  });

  it('takes whole rows as the same scores one by one', () => {
    const scores = [
      s('ann', 'koha', 'c1', 3),
      s('bob', 'koha', 'c1', 2),
      s('bob', 'koha', 'c2', null),
      s('ann', 'koha', 'c2', 1),
      s('ann', 'folio', 'c1', 0),
      s('bob', 'folio', 'c1', 1),
    ];
    const consensus = [{ candidateId: 'folio', criterionId: 'c1', value: 3 }];
    const byScore = buildScoreTable(rubric, { candidateIds: ['koha', 'folio'], scores, consensus });
    const byRow = buildScoreTable(rubric, {
      candidateIds: ['koha', 'folio'],
      // Row evaluators come after those of the single scores when none are given.
      scores: [s('ann', 'folio', 'c1', 0)],
      rows: [
        { evaluatorId: 'ann', candidateId: 'koha', values: [3, 1, null, undefined] },
        { evaluatorId: 'bob', candidateId: 'koha', values: [2, null, null, null] },
        { evaluatorId: 'bob', candidateId: 'folio', values: [1, null, null, null] },
      ],
      consensus,
    });
    expect(byRow).toEqual(byScore);
  });

  it.each([
    [
      'a short row',
      [{ evaluatorId: 'ann', candidateId: 'koha', values: [1] }],
      [],
      /Score by "ann" for "koha": expected 4 scores, got 1/,
    ],
    [
      'a value off the scale',
      [{ evaluatorId: 'ann', candidateId: 'koha', values: [1, 4, null, null] }],
      [],
      /on criterion "c2": 4 is outside its scale 0–3/,
    ],
    [
      'a cell in a row and in the scores',
      [{ evaluatorId: 'ann', candidateId: 'koha', values: [1, null, null, null] }],
      [s('ann', 'koha', 'c1', 2)],
      /on criterion "c1" is given twice/,
    ],
    [
      'an unknown evaluator',
      [{ evaluatorId: 'zed', candidateId: 'koha', values: [1, null, null, null] }],
      [],
      /evaluator "zed" is not in this ranking/,
    ],
  ])('refuses %s', (_label, rows, scores, message) => {
    expect(() => buildScoreTable(rubric, { candidateIds: ['koha'], evaluatorIds: ['ann'], scores, rows })).toThrow(
      message,
    );
  });
});
