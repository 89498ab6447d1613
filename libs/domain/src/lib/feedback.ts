/**
 * Feedback surveys after go-live: short surveys about a product in use, answered by staff with a
 * 1–5 rating (and an optional comment) or free text. Shared by the API (which stores and checks
 * them) and the web app (which shows the limits and the summaries).
 *
 * Anonymous surveys show a group's numbers only when at least MINIMUM_GROUP_SIZE people answered:
 * smaller groups are suppressed, so that nobody can read one colleague's rating off a table.
 */

/** The smallest group of responses whose numbers an anonymous survey shows. */
export const MINIMUM_GROUP_SIZE = 5;

export const FEEDBACK_QUESTION_KINDS = ['rating', 'text'] as const;
export type FeedbackQuestionKind = (typeof FEEDBACK_QUESTION_KINDS)[number];

export const FEEDBACK_SURVEY_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type FeedbackSurveyStatus = (typeof FEEDBACK_SURVEY_STATUSES)[number];

export const FEEDBACK_LIMITS = {
  minQuestions: 1,
  maxQuestions: 20,
  maxQuestionLength: 500,
  maxCommentLength: 2000,
  maxTitleLength: 200,
  maxDescriptionLength: 5000,
  maxWaveLabelLength: 100,
} as const;

/** The lowest and highest rating. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export interface RatingSummary {
  count: number;
  /** Null when nobody rated. */
  mean: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

/** Count, mean and distribution of ratings 1..5; ratings outside 1..5 or not whole are ignored. */
export function ratingSummary(ratings: readonly (number | null | undefined)[]): RatingSummary {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  let count = 0;
  for (const rating of ratings) {
    if (!isRating(rating)) continue;
    distribution[rating - 1]++;
    sum += rating;
    count++;
  }
  return { count, mean: count === 0 ? null : sum / count, distribution };
}

export function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;
}

/** Whether a group of `responses` answers is hidden: only in anonymous surveys, and only under the minimum. */
export function isSuppressed(responses: number, anonymous: boolean): boolean {
  return anonymous && responses < MINIMUM_GROUP_SIZE;
}

/** One response's answer to one question, as grouping reads it. */
export interface FeedbackAnswerRow {
  /** The group it falls in (a department, a library, a wave), or null when the respondent had none. */
  groupId: string | null;
  rating: number | null;
  comment: string | null;
}

/** A group's numbers as shown: everything null or empty when suppressed. */
export interface FeedbackGroupSummary {
  groupId: string | null;
  /** Responses in the group; null when suppressed ("fewer than 5"). */
  responses: number | null;
  suppressed: boolean;
  mean: number | null;
  /** Counts of ratings 1..5; null when suppressed or for a text question. */
  distribution: number[] | null;
  /** How many answers carry a comment; null when suppressed. */
  comments: number | null;
}

/**
 * A group's summary for one question. `responses` is the number of responses in the group (people
 * who answered the survey), which decides suppression; the answers are those to this question.
 */
export function groupSummary(
  groupId: string | null,
  responses: number,
  answers: readonly Pick<FeedbackAnswerRow, 'rating' | 'comment'>[],
  kind: FeedbackQuestionKind,
  anonymous: boolean,
): FeedbackGroupSummary {
  if (isSuppressed(responses, anonymous)) {
    return { groupId, responses: null, suppressed: true, mean: null, distribution: null, comments: null };
  }
  const comments = answers.filter((answer) => (answer.comment ?? '').trim().length > 0).length;
  if (kind === 'text') {
    return { groupId, responses, suppressed: false, mean: null, distribution: null, comments };
  }
  const summary = ratingSummary(answers.map((answer) => answer.rating));
  return { groupId, responses, suppressed: false, mean: summary.mean, distribution: summary.distribution, comments };
}

/** One response as grouping sees it: the groups it falls in. */
export interface FeedbackResponseGroup {
  responseId: string;
  groupId: string | null;
}

/**
 * Per group (in first-seen order of `groups`), the summary of one question: the group's size is
 * its number of responses, whether or not each answered this question.
 */
export function groupSummaries(
  responses: readonly FeedbackResponseGroup[],
  answers: ReadonlyMap<string, Pick<FeedbackAnswerRow, 'rating' | 'comment'>>,
  kind: FeedbackQuestionKind,
  anonymous: boolean,
): FeedbackGroupSummary[] {
  const groups = new Map<string | null, Pick<FeedbackAnswerRow, 'rating' | 'comment'>[]>();
  const sizes = new Map<string | null, number>();
  for (const response of responses) {
    if (!groups.has(response.groupId)) groups.set(response.groupId, []);
    sizes.set(response.groupId, (sizes.get(response.groupId) ?? 0) + 1);
    const answer = answers.get(response.responseId);
    if (answer) groups.get(response.groupId)?.push(answer);
  }
  return [...groups].map(([groupId, groupAnswers]) =>
    groupSummary(groupId, sizes.get(groupId) ?? 0, groupAnswers, kind, anonymous),
  );
}

/** A survey's status at `now`: closed early by a manager, or by its dates. */
export function feedbackSurveyStatus(
  survey: { opensAt: Date; closesAt: Date; closedAt: Date | null },
  now: Date,
): FeedbackSurveyStatus {
  if (survey.closedAt && survey.closedAt.getTime() <= now.getTime()) return 'closed';
  if (now.getTime() >= survey.closesAt.getTime()) return 'closed';
  if (now.getTime() < survey.opensAt.getTime()) return 'scheduled';
  return 'open';
}

export interface FeedbackProblem {
  field: string;
  problems: string[];
}

/** What is wrong with a survey's title, period and questions (only the parts given are checked). */
export function feedbackSurveyProblems(input: {
  title?: string;
  description?: string | null;
  waveLabel?: string | null;
  opensAt?: Date;
  closesAt?: Date;
  questions?: readonly { kind: string; text: string }[];
}): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  const add = (field: string, problem: string) => {
    const existing = problems.find((entry) => entry.field === field);
    if (existing) existing.problems.push(problem);
    else problems.push({ field, problems: [problem] });
  };
  if (input.title !== undefined) {
    const title = input.title.trim();
    if (title.length === 0) add('title', 'Give the survey a title.');
    else if (title.length > FEEDBACK_LIMITS.maxTitleLength) {
      add('title', `The title is longer than ${FEEDBACK_LIMITS.maxTitleLength} characters.`);
    }
  }
  if (input.description && input.description.length > FEEDBACK_LIMITS.maxDescriptionLength) {
    add('description', `The description is longer than ${FEEDBACK_LIMITS.maxDescriptionLength} characters.`);
  }
  if (input.waveLabel && input.waveLabel.trim().length > FEEDBACK_LIMITS.maxWaveLabelLength) {
    add('waveLabel', `The wave label is longer than ${FEEDBACK_LIMITS.maxWaveLabelLength} characters.`);
  }
  for (const [field, value] of [
    ['opensAt', input.opensAt],
    ['closesAt', input.closesAt],
  ] as const) {
    if (value !== undefined && Number.isNaN(value.getTime())) add(field, 'Enter a real date and time.');
  }
  if (
    input.opensAt &&
    input.closesAt &&
    !Number.isNaN(input.opensAt.getTime()) &&
    !Number.isNaN(input.closesAt.getTime()) &&
    input.closesAt.getTime() <= input.opensAt.getTime()
  ) {
    add('closesAt', 'The survey must close after it opens.');
  }
  if (input.questions !== undefined) {
    const count = input.questions.length;
    if (count < FEEDBACK_LIMITS.minQuestions || count > FEEDBACK_LIMITS.maxQuestions) {
      add(
        'questions',
        `A survey has ${FEEDBACK_LIMITS.minQuestions} to ${FEEDBACK_LIMITS.maxQuestions} questions (this one has ${count}).`,
      );
    }
    input.questions.forEach((question, index) => {
      const text = question.text.trim();
      if (!(FEEDBACK_QUESTION_KINDS as readonly string[]).includes(question.kind)) {
        add('questions', `Question ${index + 1}: choose a rating or a text question.`);
      }
      if (text.length === 0) add('questions', `Question ${index + 1}: enter the question.`);
      else if (text.length > FEEDBACK_LIMITS.maxQuestionLength) {
        add('questions', `Question ${index + 1} is longer than ${FEEDBACK_LIMITS.maxQuestionLength} characters.`);
      }
    });
  }
  return problems;
}

/** What is wrong with one answer to a question of `kind` (its position counted from 1 for the message). */
export function feedbackAnswerProblems(
  kind: FeedbackQuestionKind,
  position: number,
  answer: { rating?: number | null; comment?: string | null },
): string[] {
  const problems: string[] = [];
  const rating = answer.rating ?? null;
  if (kind === 'text' && rating !== null) problems.push(`Question ${position} is answered in words, not rated.`);
  if (kind === 'rating' && rating !== null && !isRating(rating)) {
    problems.push(`Question ${position}: rate from ${RATING_MIN} to ${RATING_MAX}.`);
  }
  if ((answer.comment ?? '').length > FEEDBACK_LIMITS.maxCommentLength) {
    problems.push(`Question ${position}: the comment is longer than ${FEEDBACK_LIMITS.maxCommentLength} characters.`);
  }
  return problems;
}

/** The surveys of a series in time order: by when they open, then by when created (ties), then by id. */
export function wavesInOrder<T extends { id: string; opensAt: Date; createdAt?: Date }>(waves: readonly T[]): T[] {
  return [...waves].sort(
    (a, b) =>
      a.opensAt.getTime() - b.opensAt.getTime() ||
      (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Which groups an anonymous survey hides. Each group under MINIMUM_GROUP_SIZE is hidden; and when
 * the overall figure is shown, the hidden groups together must also reach the minimum, or one of
 * them could be worked out by taking the shown groups away from the overall (so-called
 * complementary suppression: the smallest shown groups are hidden too until they do).
 * Named surveys hide nothing.
 */
export function suppressedGroups(sizes: readonly number[], anonymous: boolean): boolean[] {
  if (!anonymous) return sizes.map(() => false);
  const hidden = sizes.map((size) => size < MINIMUM_GROUP_SIZE);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total < MINIMUM_GROUP_SIZE) return sizes.map(() => true);
  let hiddenTotal = sizes.reduce((sum, size, index) => sum + (hidden[index] ? size : 0), 0);
  while (hiddenTotal > 0 && hiddenTotal < MINIMUM_GROUP_SIZE) {
    let smallest = -1;
    sizes.forEach((size, index) => {
      if (!hidden[index] && (smallest < 0 || size < sizes[smallest])) smallest = index;
    });
    if (smallest < 0) break;
    hidden[smallest] = true;
    hiddenTotal += sizes[smallest];
  }
  return hidden;
}

/** One question's overall figure and its figures per group, with the groups' suppression applied. */
export function summariseQuestion(
  responses: readonly FeedbackResponseGroup[],
  answers: ReadonlyMap<string, Pick<FeedbackAnswerRow, 'rating' | 'comment'>>,
  kind: FeedbackQuestionKind,
  anonymous: boolean,
): { overall: FeedbackGroupSummary; groups: FeedbackGroupSummary[] } {
  const all = responses.flatMap((response) => {
    const answer = answers.get(response.responseId);
    return answer ? [answer] : [];
  });
  const overall = groupSummary(null, responses.length, all, kind, anonymous);
  const groups = groupSummaries(responses, answers, kind, false);
  const hidden = suppressedGroups(
    groups.map((group) => group.responses ?? 0),
    anonymous,
  );
  return {
    overall,
    groups: groups.map((group, index) =>
      hidden[index]
        ? { groupId: group.groupId, responses: null, suppressed: true, mean: null, distribution: null, comments: null }
        : group,
    ),
  };
}
