import { draftErrors, exportUrl, formatMean, moved, SurveyDraft } from './feedback-labels';

const valid: SurveyDraft = {
  subject: 'product:p1',
  title: 'Evergreen after go-live',
  opensAt: '2026-12-01T09:00',
  closesAt: '2026-12-15T17:00',
  questions: [{ kind: 'RATING', text: 'Overall satisfaction' }],
};

describe('draftErrors', () => {
  it.each<[string, Partial<SurveyDraft>, string, string]>([
    ['no subject', { subject: '' }, 'subject', 'Choose what the survey is about'],
    ['a blank title', { title: '   ' }, 'title', 'Give the survey a title.'],
    ['a long title', { title: 'x'.repeat(201) }, 'title', 'at most 200'],
    ['no opening time', { opensAt: '' }, 'opensAt', 'Say when the survey opens.'],
    ['closing before opening', { closesAt: '2026-11-30T09:00' }, 'closesAt', 'must close after it opens'],
    ['no questions', { questions: [] }, 'questions', 'Add at least one question.'],
    ['21 questions', { questions: Array(21).fill({ kind: 'TEXT', text: 'q' }) }, 'questions', 'at most 20'],
    ['a blank question', { questions: [{ kind: 'TEXT', text: ' ' }] }, 'question-0', 'Write question 1'],
    ['a long question', { questions: [{ kind: 'TEXT', text: 'x'.repeat(501) }] }, 'question-0', 'at most 500'],
  ])('refuses %s', (_, change, field, message) => {
    expect(draftErrors({ ...valid, ...change })[field]).toContain(message);
  });

  it('accepts a complete survey', () => {
    expect(draftErrors(valid)).toEqual({});
  });
});

describe('moved', () => {
  it.each<[number, -1 | 1, string[]]>([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ])('moves item %i by %i', (index, by, expected) => {
    expect(moved(['a', 'b', 'c'], index, by)).toEqual(expected);
  });
});

describe('exportUrl', () => {
  it.each<[Parameters<typeof exportUrl>, string]>([
    [['s1', 'results.csv', { groupBy: 'LIBRARY' }], '/api/feedback-surveys/s1/results.csv?groupBy=library'],
    [['s1', 'results.xlsx'], '/api/feedback-surveys/s1/results.xlsx?groupBy=department'],
    [['s1', 'comments.csv'], '/api/feedback-surveys/s1/comments.csv'],
    [
      ['s1', 'comments.csv', { filters: { questionId: 'q1', departmentId: 'd1', search: ' slow ' } }],
      '/api/feedback-surveys/s1/comments.csv?questionId=q1&departmentId=d1&search=slow',
    ],
  ])('%j', (args, expected) => {
    expect(exportUrl(...args)).toBe(expected);
  });
});

describe('formatMean', () => {
  it.each<[number | null, string]>([
    [4.25, '4.3'],
    [3, '3.0'],
    [null, '—'],
  ])('%p → %s', (mean, text) => expect(formatMean(mean)).toBe(text));
});
