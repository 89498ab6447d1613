import { PageInput, RequestActor } from '@assay/api/core';
import {
  FeedbackAnswerRow,
  FeedbackGroupSummary,
  isSuppressed,
  MINIMUM_GROUP_SIZE,
  ratingSummary,
  summariseQuestion,
  wavesInOrder,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedbackCommentFilter } from '../surveys/survey.inputs';
import {
  FeedbackComment,
  FeedbackComments,
  FeedbackGroupBy,
  FeedbackGroupResult,
  FeedbackQuestionResult,
  FeedbackResults,
  FeedbackWaveResult,
} from '../surveys/survey.types';
import { FeedbackSurveysService, SurveyRecord } from '../surveys/surveys.service';

const ALL_RESPONDENTS = 'All respondents';
const NO_DEPARTMENT = 'No department';
const NO_LIBRARY = 'No member library';
/** The most comments an export writes. */
export const MAX_COMMENT_EXPORT_ROWS = 10_000;

interface ResponseRow {
  id: string;
  department_id: string | null;
  member_library_id: string | null;
}

interface AnswerRow {
  response_id: string;
  question_id: string;
  rating: number | null;
  comment: string | null;
}

/**
 * A survey's results for those who read them (its managers, and an evaluation survey's
 * directors): per question overall, per department or library, and per wave of its series; and
 * its comments. Every figure of an anonymous survey goes through the domain's suppression, so a
 * group of fewer than five shows no numbers, here, in the comments and in the exports alike.
 */
@Injectable()
export class FeedbackResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: FeedbackSurveysService,
  ) {}

  async results(actor: RequestActor, surveyId: string, groupBy: FeedbackGroupBy): Promise<FeedbackResults> {
    const { record, standing } = await this.surveys.readable(actor, surveyId);
    const survey = await this.surveys.present(actor, record, standing);
    const responses: ResponseRow[] = await this.dataSource.query(
      'SELECT id, department_id, member_library_id FROM feedback_response WHERE survey_id = $1',
      [record.id],
    );
    const answers: AnswerRow[] = await this.dataSource.query(
      'SELECT response_id, question_id, rating, comment FROM feedback_answer WHERE survey_id = $1',
      [record.id],
    );
    const names = await this.groupNames(groupBy);
    const groupOf = (response: ResponseRow) =>
      groupBy === 'department' ? response.department_id : groupBy === 'library' ? response.member_library_id : null;
    const waves = await this.waves(record);
    const questions = record.questions.map((question) => {
      const byResponse = new Map<string, Pick<FeedbackAnswerRow, 'rating' | 'comment'>>();
      for (const answer of answers) {
        if (answer.question_id === question.id) byResponse.set(answer.response_id, answer);
      }
      const { overall, groups } = summariseQuestion(
        responses.map((response) => ({ responseId: response.id, groupId: groupOf(response) })),
        byResponse,
        question.kind,
        record.anonymous,
      );
      const noGroup = groupBy === 'department' ? NO_DEPARTMENT : NO_LIBRARY;
      const shownGroups =
        groupBy === 'none'
          ? [result(overall, ALL_RESPONDENTS)]
          : groups
              .map((group) => result(group, group.groupId ? (names.get(group.groupId) ?? '') : noGroup))
              .sort((a, b) =>
                a.groupId === null ? 1 : b.groupId === null ? -1 : a.groupName.localeCompare(b.groupName),
              );
      return Object.assign(new FeedbackQuestionResult(), {
        question,
        overall: result(overall, ALL_RESPONDENTS),
        groups: shownGroups,
        waves: waves.map((wave) => wave.forQuestion(question.position, question.kind)),
      });
    });
    return Object.assign(new FeedbackResults(), {
      survey,
      groupBy,
      questions,
      minimumGroupSize: MINIMUM_GROUP_SIZE,
    });
  }

  /** The survey's comments and text answers, filtered; nothing of an anonymous survey's groups under five. */
  async comments(
    actor: RequestActor,
    surveyId: string,
    filter: FeedbackCommentFilter,
    page: PageInput,
  ): Promise<FeedbackComments> {
    const { record } = await this.surveys.readable(actor, surveyId);
    const params: unknown[] = [record.id];
    const narrow: string[] = [];
    if (filter.departmentId) {
      params.push(filter.departmentId);
      narrow.push(`r.department_id = $${params.length}`);
    }
    if (filter.memberLibraryId) {
      params.push(filter.memberLibraryId);
      narrow.push(`r.member_library_id = $${params.length}`);
    }
    const groupWhere = ['r.survey_id = $1', ...narrow].join(' AND ');
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM feedback_response r WHERE ${groupWhere}`,
      params,
    );
    if (isSuppressed(count, record.anonymous)) {
      return Object.assign(new FeedbackComments(), { items: [], total: 0, suppressed: true });
    }
    const where = [groupWhere, `a.comment IS NOT NULL AND length(trim(a.comment)) > 0`];
    if (filter.questionId) {
      params.push(filter.questionId);
      where.push(`a.question_id = $${params.length}`);
    }
    const search = filter.search?.trim();
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`a.comment ILIKE $${params.length}`);
    }
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM feedback_answer a JOIN feedback_response r ON r.id = a.response_id
        WHERE ${where.join(' AND ')}`,
      params,
    );
    params.push(page.limit, page.offset);
    // Ordered by question, then by the response's random id: never by when anyone answered.
    const rows: {
      question_id: string;
      question_text: string;
      rating: number | null;
      comment: string;
      department_id: string | null;
      department_name: string | null;
      member_library_id: string | null;
      library_name: string | null;
      respondent_name: string | null;
    }[] = await this.dataSource.query(
      `SELECT a.question_id, q.text AS question_text, a.rating, a.comment,
              r.department_id, d.name AS department_name, r.member_library_id, l.name AS library_name,
              u.display_name AS respondent_name
         FROM feedback_answer a
         JOIN feedback_response r ON r.id = a.response_id
         JOIN feedback_question q ON q.id = a.question_id
         LEFT JOIN department d ON d.id = r.department_id
         LEFT JOIN member_library l ON l.id = r.member_library_id
         LEFT JOIN app_user u ON u.id = r.respondent_id
        WHERE ${where.join(' AND ')}
        ORDER BY q.position, r.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const shown = record.anonymous ? await this.shownGroups(record.id) : null;
    const items = rows.map((row) => {
      const names = shown ? shown(row.department_id, row.member_library_id) : { department: true, library: true };
      return Object.assign(new FeedbackComment(), {
        questionId: row.question_id,
        questionText: row.question_text,
        rating: row.rating,
        comment: row.comment,
        departmentName: names.department ? (row.department_name ?? null) : null,
        libraryName: names.library ? (row.library_name ?? null) : null,
        waveLabel: record.waveLabel,
        respondentName: record.anonymous ? null : (row.respondent_name ?? null),
      });
    });
    return Object.assign(new FeedbackComments(), { items, total, suppressed: false });
  }

  /**
   * Which of a comment's groups an anonymous survey names: the department and the library each
   * only when five or more responses share it, and both together only when five or more share both
   * (else the pair could single a person out).
   */
  private async shownGroups(
    surveyId: string,
  ): Promise<(departmentId: string | null, libraryId: string | null) => { department: boolean; library: boolean }> {
    const rows: { department_id: string | null; member_library_id: string | null; count: number }[] =
      await this.dataSource.query(
        `SELECT department_id, member_library_id, count(*)::int AS count FROM feedback_response
          WHERE survey_id = $1 GROUP BY department_id, member_library_id`,
        [surveyId],
      );
    const departments = new Map<string, number>();
    const libraries = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const row of rows) {
      if (row.department_id) departments.set(row.department_id, (departments.get(row.department_id) ?? 0) + row.count);
      if (row.member_library_id) {
        libraries.set(row.member_library_id, (libraries.get(row.member_library_id) ?? 0) + row.count);
      }
      pairs.set(`${row.department_id}|${row.member_library_id}`, row.count);
    }
    return (departmentId, libraryId) => {
      if ((pairs.get(`${departmentId}|${libraryId}`) ?? 0) >= MINIMUM_GROUP_SIZE)
        return { department: true, library: true };
      const department = departmentId !== null && (departments.get(departmentId) ?? 0) >= MINIMUM_GROUP_SIZE;
      const library = !department && libraryId !== null && (libraries.get(libraryId) ?? 0) >= MINIMUM_GROUP_SIZE;
      return { department, library };
    };
  }

  /** Every survey of the series in time order, with its responses and ratings per question position. */
  private async waves(record: SurveyRecord): Promise<
    {
      forQuestion: (position: number, kind: string) => FeedbackWaveResult;
    }[]
  > {
    const series = wavesInOrder(await this.surveys.series(record.seriesId));
    const ids = series.map((survey) => survey.id);
    const counts: { survey_id: string; count: number }[] = await this.dataSource.query(
      `SELECT survey_id, count(*)::int AS count FROM feedback_response WHERE survey_id = ANY($1::uuid[]) GROUP BY survey_id`,
      [ids],
    );
    const ratings: { survey_id: string; position: number; kind: string; rating: number | null }[] =
      await this.dataSource.query(
        `SELECT q.survey_id, q.position, q.kind, a.rating FROM feedback_answer a
           JOIN feedback_question q ON q.id = a.question_id
          WHERE q.survey_id = ANY($1::uuid[]) AND a.rating IS NOT NULL`,
        [ids],
      );
    const countOf = new Map(counts.map((row) => [row.survey_id, row.count]));
    return series.map((survey) => ({
      forQuestion: (position: number, kind: string) => {
        const responses = countOf.get(survey.id) ?? 0;
        const suppressed = isSuppressed(responses, survey.anonymous);
        const sameQuestion = survey.questions.find(
          (question) => question.position === position && question.kind === kind,
        );
        const mean =
          suppressed || kind !== 'rating' || !sameQuestion
            ? null
            : ratingSummary(
                ratings
                  .filter((row) => row.survey_id === survey.id && row.position === position)
                  .map((row) => row.rating),
              ).mean;
        return Object.assign(new FeedbackWaveResult(), {
          surveyId: survey.id,
          waveLabel: survey.waveLabel,
          opensAt: survey.opensAt,
          responses: suppressed ? null : responses,
          suppressed,
          mean,
        });
      },
    }));
  }

  private async groupNames(groupBy: FeedbackGroupBy): Promise<Map<string, string>> {
    if (groupBy === 'none') return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      groupBy === 'department' ? 'SELECT id, name FROM department' : 'SELECT id, name FROM member_library',
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function result(summary: FeedbackGroupSummary, groupName: string): FeedbackGroupResult {
  return Object.assign(new FeedbackGroupResult(), {
    groupId: summary.groupId,
    groupName,
    responses: summary.responses,
    suppressed: summary.suppressed,
    mean: summary.mean,
    distribution: summary.distribution,
    comments: summary.comments,
  });
}
