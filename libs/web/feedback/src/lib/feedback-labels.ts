import type { FeedbackGroupBy, FeedbackQuestionKind, FeedbackSurveyStatus } from '@assay/web/core';

export const SURVEY_STATUS: Record<FeedbackSurveyStatus, string> = {
  SCHEDULED: 'Scheduled',
  OPEN: 'Open',
  CLOSED: 'Closed',
};

export const QUESTION_KIND: Record<FeedbackQuestionKind, string> = {
  RATING: 'Rating 1–5 with an optional comment',
  TEXT: 'Free text',
};

/** The words beside each point of the 1–5 scale, the same on the answer form and in the results. */
export const RATING_LABELS: readonly string[] = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
];

/** The survey limits, the API's own. */
export const LIMITS = { title: 200, questions: 20, questionText: 500, comment: 2000, waveLabel: 100 } as const;

export interface QuestionDraft {
  kind: FeedbackQuestionKind;
  text: string;
}

export interface SurveyDraft {
  subject: string; // "evaluation:<id>" or "product:<id>", '' when none chosen
  title: string;
  opensAt: string; // datetime-local value
  closesAt: string;
  questions: readonly QuestionDraft[];
}

/** What is wrong with a new survey, field by field (questions by index); empty when it may be sent. */
export function draftErrors(draft: SurveyDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^(evaluation|product):.+/.test(draft.subject)) {
    errors['subject'] = 'Choose what the survey is about: a decided evaluation or a product in use.';
  }
  const title = draft.title.trim();
  if (!title) errors['title'] = 'Give the survey a title.';
  else if (title.length > LIMITS.title) errors['title'] = `The title is at most ${LIMITS.title} characters.`;
  const opens = Date.parse(draft.opensAt);
  const closes = Date.parse(draft.closesAt);
  if (Number.isNaN(opens)) errors['opensAt'] = 'Say when the survey opens.';
  if (Number.isNaN(closes)) errors['closesAt'] = 'Say when the survey closes.';
  else if (!Number.isNaN(opens) && closes <= opens) errors['closesAt'] = 'The survey must close after it opens.';
  if (draft.questions.length === 0) errors['questions'] = 'Add at least one question.';
  else if (draft.questions.length > LIMITS.questions) {
    errors['questions'] = `A survey has at most ${LIMITS.questions} questions.`;
  }
  draft.questions.forEach((question, index) => {
    const text = question.text.trim();
    if (!text) errors[`question-${index}`] = `Write question ${index + 1}, or remove it.`;
    else if (text.length > LIMITS.questionText) {
      errors[`question-${index}`] = `Question ${index + 1} is at most ${LIMITS.questionText} characters.`;
    }
  });
  return errors;
}

/** Moves one item of a list up (-1) or down (+1); the list unchanged when it cannot move. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const copy = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return copy;
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

export interface CommentFilters {
  questionId?: string | null;
  departmentId?: string | null;
  memberLibraryId?: string | null;
  search?: string | null;
}

/** The address of a survey's export: results by a grouping (CSV or XLSX), or the comments under the same filters as the page. */
export function exportUrl(
  surveyId: string,
  file: 'results.csv' | 'results.xlsx' | 'comments.csv',
  options: { groupBy?: FeedbackGroupBy; filters?: CommentFilters } = {},
): string {
  const params = new URLSearchParams();
  if (file !== 'comments.csv') params.set('groupBy', (options.groupBy ?? 'DEPARTMENT').toLowerCase());
  const filters = options.filters ?? {};
  if (file === 'comments.csv') {
    if (filters.questionId) params.set('questionId', filters.questionId);
    if (filters.departmentId) params.set('departmentId', filters.departmentId);
    if (filters.memberLibraryId) params.set('memberLibraryId', filters.memberLibraryId);
    if (filters.search?.trim()) params.set('search', filters.search.trim());
  }
  const query = params.toString();
  return `/api/feedback-surveys/${encodeURIComponent(surveyId)}/${file}${query ? '?' + query : ''}`;
}

/** A mean to one decimal ("4.2"), or a dash when there is none. */
export function formatMean(mean: number | null | undefined): string {
  return mean === null || mean === undefined ? '—' : mean.toFixed(1);
}

/** A timestamp as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the browser's time zone) as an ISO timestamp. */
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}
