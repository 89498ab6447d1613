import { badInput, notFound, RequestActor } from '@assay/api/core';
import { FeedbackAnswerEntity, FeedbackResponseEntity } from '@assay/api/data';
import { feedbackAnswerProblems, feedbackSurveyStatus } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnswerFeedbackSurveyInput } from '../surveys/survey.inputs';
import { FeedbackSurvey } from '../surveys/survey.types';
import { FeedbackSurveysService, SURVEY_NOT_FOUND } from '../surveys/surveys.service';
import { RespondentKeys } from './respondent-keys';

/**
 * Answering a survey: one response per person, replaced by each save while the survey is open.
 * Only the audience may answer; to anyone else the survey is not found. A named survey's response
 * names the person; an anonymous one's carries only the respondent key, and no audit entry is
 * written for it, so nothing records who answered.
 */
@Injectable()
export class FeedbackAnswersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: FeedbackSurveysService,
    private readonly keys: RespondentKeys,
  ) {}

  async answer(actor: RequestActor, input: AnswerFeedbackSurveyInput): Promise<FeedbackSurvey> {
    const [record] = await this.surveys.load(this.dataSource.manager, 's.id = $1', [input.surveyId]);
    if (!record || !(await this.surveys.inAudience(this.dataSource.manager, actor.id, record.id))) {
      throw notFound(SURVEY_NOT_FOUND);
    }
    const status = feedbackSurveyStatus(record, new Date());
    if (status === 'closed') {
      if (record.anonymous) await this.keys.eraseClosed(this.dataSource.manager, [record.id]);
      throw badInput('The survey has closed: answers can no longer be given or changed.');
    }
    if (status === 'scheduled') throw badInput('The survey is not open yet.');

    const questions = new Map(record.questions.map((question) => [question.id.toLowerCase(), question]));
    const problems: string[] = [];
    const seen = new Set<string>();
    const answers: { questionId: string; rating: number | null; comment: string | null }[] = [];
    for (const answer of input.answers) {
      const question = questions.get(answer.questionId.toLowerCase());
      if (!question) {
        problems.push('An answer is to a question this survey does not have: reload the survey.');
        continue;
      }
      if (seen.has(question.id)) {
        problems.push(`Question ${question.position} is answered twice.`);
        continue;
      }
      seen.add(question.id);
      problems.push(...feedbackAnswerProblems(question.kind, question.position, answer));
      const comment = answer.comment?.trim() || null;
      const rating = question.kind === 'rating' ? (answer.rating ?? null) : null;
      if (rating === null && comment === null) continue;
      answers.push({ questionId: question.id, rating, comment });
    }
    if (problems.length > 0) throw badInput(problems.join(' '), [{ field: 'answers', problems }]);
    if (answers.length === 0)
      throw badInput('Answer at least one question.', [{ field: 'answers', problems: ['Nothing answered.'] }]);

    await this.dataSource.transaction(async (manager) => {
      // Closing locks the survey too: an answer either lands before the close (whose erasure then
      // takes its key) or sees the survey closed.
      const [current]: { opens_at: Date; closes_at: Date; closed_at: Date | null }[] = await manager.query(
        'SELECT opens_at, closes_at, closed_at FROM feedback_survey WHERE id = $1 FOR SHARE',
        [record.id],
      );
      const now = feedbackSurveyStatus(
        {
          opensAt: new Date(current.opens_at),
          closesAt: new Date(current.closes_at),
          closedAt: current.closed_at ? new Date(current.closed_at) : null,
        },
        new Date(),
      );
      if (now !== 'open') throw badInput('The survey has closed: answers can no longer be given or changed.');
      const people: { department_id: string | null; member_library_id: string | null }[] = await manager.query(
        'SELECT department_id, member_library_id FROM app_user WHERE id = $1',
        [actor.id],
      );
      const person = people[0];
      const link = record.anonymous
        ? { respondentId: null, respondentKey: this.keys.keyOf(record.id, actor.id) }
        : { respondentId: actor.id, respondentKey: null };
      const existing: { id: string }[] = await manager.query(
        record.anonymous
          ? 'SELECT id FROM feedback_response WHERE survey_id = $1 AND respondent_key = $2 FOR UPDATE'
          : 'SELECT id FROM feedback_response WHERE survey_id = $1 AND respondent_id = $2 FOR UPDATE',
        [record.id, record.anonymous ? link.respondentKey : actor.id],
      );
      let responseId = existing[0]?.id;
      if (responseId) {
        await manager.getRepository(FeedbackAnswerEntity).delete({ responseId });
        await manager
          .getRepository(FeedbackResponseEntity)
          .update(
            { id: responseId },
            { departmentId: person?.department_id ?? null, memberLibraryId: person?.member_library_id ?? null },
          );
      } else {
        // Two saves at once: the unique rule on (survey, person or key) keeps one response; the other waits and updates.
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO feedback_response (survey_id, respondent_id, respondent_key, department_id, member_library_id)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            record.id,
            link.respondentId,
            link.respondentKey,
            person?.department_id ?? null,
            person?.member_library_id ?? null,
          ],
        );
        responseId = inserted[0]?.id;
        if (!responseId) throw badInput('Your answers were being saved from elsewhere at the same moment: save again.');
      }
      await manager.getRepository(FeedbackAnswerEntity).insert(
        answers.map((answer) => ({
          responseId: responseId as string,
          questionId: answer.questionId,
          surveyId: record.id,
          rating: answer.rating,
          comment: answer.comment,
        })),
      );
    });
    return this.surveys.one(actor, record.id);
  }
}
