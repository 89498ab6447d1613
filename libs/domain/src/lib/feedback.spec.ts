import {
  feedbackAnswerProblems,
  feedbackSurveyProblems,
  feedbackSurveyStatus,
  groupSummary,
  isSuppressed,
  MINIMUM_GROUP_SIZE,
  ratingSummary,
  summariseQuestion,
  suppressedGroups,
  wavesInOrder,
} from './feedback';

describe('ratingSummary', () => {
  // Worked by hand: 4 + 5 + 3 + 5 + 4 = 21, 21 / 5 = 4.2.
  it.each([
    [[], { count: 0, mean: null, distribution: [0, 0, 0, 0, 0] }],
    [[4, 5, 3, 5, 4], { count: 5, mean: 4.2, distribution: [0, 0, 1, 2, 2] }],
    [[1, 1, 5], { count: 3, mean: 7 / 3, distribution: [2, 0, 0, 0, 1] }],
    [[null, 2, undefined, 0, 6, 2.5, 2], { count: 2, mean: 2, distribution: [0, 2, 0, 0, 0] }],
  ])('%j', (ratings, summary) => {
    expect(ratingSummary(ratings)).toEqual(summary);
  });
});

describe('isSuppressed', () => {
  it.each([
    [0, true, true],
    [4, true, true],
    [5, true, false],
    [40, true, false],
    [1, false, false],
    [0, false, false],
  ])('%i responses, anonymous %s: %s', (responses, anonymous, suppressed) => {
    expect(isSuppressed(responses, anonymous)).toBe(suppressed);
  });

  it('uses five as the minimum group size', () => expect(MINIMUM_GROUP_SIZE).toBe(5));
});

describe('groupSummary', () => {
  const answers = [
    { rating: 4, comment: 'Quick' },
    { rating: 5, comment: '' },
    { rating: 3, comment: null },
    { rating: 5, comment: '  ' },
    { rating: 4, comment: 'Fine' },
  ];
  it.each([
    [
      'anonymous, 4 responses',
      4,
      'rating',
      true,
      { responses: null, suppressed: true, mean: null, distribution: null, comments: null },
    ],
    [
      'anonymous, 5 responses',
      5,
      'rating',
      true,
      { responses: 5, suppressed: false, mean: 4.2, distribution: [0, 0, 1, 2, 2], comments: 2 },
    ],
    [
      'named, 4 responses',
      4,
      'rating',
      false,
      { responses: 4, suppressed: false, mean: 4.2, distribution: [0, 0, 1, 2, 2], comments: 2 },
    ],
    [
      'anonymous text, 5 responses',
      5,
      'text',
      true,
      { responses: 5, suppressed: false, mean: null, distribution: null, comments: 2 },
    ],
  ] as const)('%s', (_, responses, kind, anonymous, expected) => {
    expect(groupSummary('g', responses, answers, kind, anonymous)).toEqual({ groupId: 'g', ...expected });
  });
});

describe('suppressedGroups', () => {
  it.each([
    ['named: nothing hidden', [1, 2, 9], false, [false, false, false]],
    ['every group of five or more shown', [5, 6, 12], true, [false, false, false]],
    [
      'a group of 4 hidden, and the smallest shown one with it so 4 cannot be worked out',
      [4, 6, 12],
      true,
      [true, true, false],
    ],
    ['two small groups that together reach five hide nothing more', [2, 3, 12], true, [true, true, false]],
    ['fewer than five in all: everything hidden', [1, 2], true, [true, true]],
    ['a single group under five hides the only other group', [3, 7], true, [true, true]],
    ['no groups', [], true, []],
  ] as const)('%s', (_, sizes, anonymous, hidden) => {
    expect(suppressedGroups(sizes, anonymous)).toEqual(hidden);
  });
});

describe('summariseQuestion', () => {
  const responses = [
    ...Array.from({ length: 5 }, (_, i) => ({ responseId: `a${i}`, groupId: 'A' })),
    ...Array.from({ length: 4 }, (_, i) => ({ responseId: `b${i}`, groupId: 'B' })),
    ...Array.from({ length: 6 }, (_, i) => ({ responseId: `c${i}`, groupId: 'C' })),
  ];
  const answers = new Map(
    responses.map((response, i) => [response.responseId, { rating: (i % 5) + 1, comment: null }]),
  );

  it('shows the overall figure and hides the group of 4 and the next smallest', () => {
    const { overall, groups } = summariseQuestion(responses, answers, 'rating', true);
    expect(overall).toMatchObject({ responses: 15, suppressed: false, mean: 3 });
    expect(groups.map((group) => [group.groupId, group.suppressed, group.responses])).toEqual([
      ['A', true, null],
      ['B', true, null],
      ['C', false, 6],
    ]);
    expect(groups[0]).toMatchObject({ mean: null, distribution: null, comments: null });
  });

  it('shows every group of a named survey', () => {
    const { groups } = summariseQuestion(responses, answers, 'rating', false);
    expect(groups.map((group) => group.responses)).toEqual([5, 4, 6]);
  });
});

describe('feedbackSurveyStatus', () => {
  const survey = { opensAt: new Date('2026-03-01T00:00:00Z'), closesAt: new Date('2026-03-15T00:00:00Z') };
  it.each([
    ['before it opens', '2026-02-28T23:59:59Z', null, 'scheduled'],
    ['as it opens', '2026-03-01T00:00:00Z', null, 'open'],
    ['while open', '2026-03-10T12:00:00Z', null, 'open'],
    ['as it closes', '2026-03-15T00:00:00Z', null, 'closed'],
    ['closed early by a manager', '2026-03-10T12:00:00Z', '2026-03-05T00:00:00Z', 'closed'],
  ])('%s', (_, now, closedAt, status) => {
    expect(feedbackSurveyStatus({ ...survey, closedAt: closedAt ? new Date(closedAt) : null }, new Date(now))).toBe(
      status,
    );
  });
});

describe('feedbackSurveyProblems', () => {
  const opensAt = new Date('2026-03-01T00:00:00Z');
  const closesAt = new Date('2026-03-15T00:00:00Z');
  const question = { kind: 'rating', text: 'Is it fast?' };
  it.each([
    ['a good survey', { title: 'After go-live', opensAt, closesAt, questions: [question] }, []],
    ['no title', { title: '  ' }, [{ field: 'title', problems: ['Give the survey a title.'] }]],
    [
      'a title too long',
      { title: 'x'.repeat(201) },
      [{ field: 'title', problems: ['The title is longer than 200 characters.'] }],
    ],
    [
      'closing before opening',
      { opensAt: closesAt, closesAt: opensAt },
      [{ field: 'closesAt', problems: ['The survey must close after it opens.'] }],
    ],
    [
      'no questions',
      { questions: [] },
      [{ field: 'questions', problems: ['A survey has 1 to 20 questions (this one has 0).'] }],
    ],
    [
      '21 questions',
      { questions: Array(21).fill(question) },
      [{ field: 'questions', problems: ['A survey has 1 to 20 questions (this one has 21).'] }],
    ],
    [
      'an empty question and one too long',
      {
        questions: [
          { kind: 'text', text: ' ' },
          { kind: 'rating', text: 'x'.repeat(501) },
        ],
      },
      [
        {
          field: 'questions',
          problems: ['Question 1: enter the question.', 'Question 2 is longer than 500 characters.'],
        },
      ],
    ],
    [
      'an invalid date',
      { opensAt: new Date('nonsense') },
      [{ field: 'opensAt', problems: ['Enter a real date and time.'] }],
    ],
  ])('%s', (_, input, problems) => {
    expect(feedbackSurveyProblems(input)).toEqual(problems);
  });
});

describe('feedbackAnswerProblems', () => {
  it.each([
    ['rating', { rating: 3, comment: 'ok' }, []],
    ['rating', { rating: null, comment: 'no rating, just a comment' }, []],
    ['rating', { rating: 6 }, ['Question 2: rate from 1 to 5.']],
    ['rating', { rating: 0 }, ['Question 2: rate from 1 to 5.']],
    ['text', { rating: 4 }, ['Question 2 is answered in words, not rated.']],
    ['text', { comment: 'x'.repeat(2001) }, ['Question 2: the comment is longer than 2000 characters.']],
  ] as const)('%s answer #%#', (kind, answer, problems) => {
    expect(feedbackAnswerProblems(kind, 2, answer)).toEqual(problems);
  });
});

describe('wavesInOrder', () => {
  it('orders the waves by when they open, then by when created', () => {
    const waves = [
      { id: 'c', opensAt: new Date('2027-06-01'), createdAt: new Date('2026-01-01') },
      { id: 'a', opensAt: new Date('2026-09-01'), createdAt: new Date('2026-01-02') },
      { id: 'b', opensAt: new Date('2026-09-01'), createdAt: new Date('2026-01-01') },
    ];
    expect(wavesInOrder(waves).map((wave) => wave.id)).toEqual(['b', 'a', 'c']);
  });
});
