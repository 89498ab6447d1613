import {
  AccessPolicy,
  AuditService,
  badInput,
  Department,
  EditTarget,
  forbidden,
  MemberLibrary,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  FeedbackQuestionEntity,
  FeedbackSurveyDepartmentEntity,
  FeedbackSurveyEntity,
  FeedbackSurveyLibraryEntity,
} from '@assay/api/data';
import {
  EvaluationRole,
  feedbackSurveyProblems,
  feedbackSurveyStatus,
  FeedbackQuestionKind,
  GlobalRole,
  isSuppressed,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RespondentKeys } from '../answers/respondent-keys';
import { CreateFeedbackSurveyInput, RepeatFeedbackSurveyInput, UpdateFeedbackSurveyInput } from './survey.inputs';
import { FeedbackMyResponse, FeedbackQuestion, FeedbackSurvey } from './survey.types';

const SURVEY: EditTarget<FeedbackSurveyEntity> = {
  entity: FeedbackSurveyEntity,
  objectType: 'feedback_survey',
  missing: 'The feedback survey',
  describe: (row) => `The feedback survey “${row.title}”`,
  refused: 'The survey breaks a rule: check the title, the description and the period.',
};
const FIELDS = ['title', 'description', 'opensAt', 'closesAt', 'waveLabel'] as const;
export const SURVEY_NOT_FOUND = 'The feedback survey';

/** A survey row with what its pages name: the subject, the audience and the questions. */
export interface SurveyRecord {
  id: string;
  evaluationId: string | null;
  productId: string | null;
  title: string;
  description: string;
  anonymous: boolean;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  seriesId: string;
  waveLabel: string;
  createdBy: string | null;
  createdAt: Date;
  version: number;
  subjectName: string;
  departments: Department[];
  memberLibraries: MemberLibrary[];
  questions: FeedbackQuestion[];
}

/** What the actor may do with one survey. */
export interface SurveyStanding {
  manage: boolean;
  /** Read the results and comments: managers, and the directors of an evaluation survey. */
  read: boolean;
  /** In the audience (may see it and, while open, answer it). */
  audience: boolean;
}

interface SurveyRow {
  id: string;
  evaluation_id: string | null;
  product_id: string | null;
  title: string;
  description: string;
  anonymous: boolean;
  opens_at: Date;
  closes_at: Date;
  closed_at: Date | null;
  series_id: string;
  wave_label: string;
  created_by: string | null;
  created_at: Date;
  version: number;
  subject_name: string | null;
}

/**
 * Feedback surveys: created, changed, closed and repeated by their managers (administrators, the
 * creator, an evaluation survey's leads, a product survey's people named on its plans); read by
 * them, by an evaluation survey's directors (results only) and by the audience. To anyone else a
 * survey is not found, as one that does not exist.
 */
@Injectable()
export class FeedbackSurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly keys: RespondentKeys,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  /** Surveys the actor manages or may read the results of, optionally of one product or evaluation; newest first. */
  async list(
    actor: RequestActor,
    filter: { productId?: string | null; evaluationId?: string | null },
  ): Promise<FeedbackSurvey[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.productId) {
      params.push(filter.productId);
      where.push(`s.product_id = $${params.length}`);
    }
    if (filter.evaluationId) {
      params.push(filter.evaluationId);
      where.push(`s.evaluation_id = $${params.length}`);
    }
    const records = await this.load(this.dataSource.manager, where.join(' AND ') || 'true', params);
    const standings = await this.standings(actor, records);
    const shown = records.filter((_, i) => standings[i].read);
    return this.presentAll(
      actor,
      shown,
      standings.filter((standing) => standing.read),
    );
  }

  /** One survey for a manager, a reader or an audience member; NOT_FOUND for anyone else. */
  async one(actor: RequestActor, id: string): Promise<FeedbackSurvey> {
    const { record, standing } = await this.visible(actor, id);
    return this.present(actor, record, standing);
  }

  /** The survey, if the actor may see it at all (manager, reader or audience). */
  async visible(actor: RequestActor, id: string): Promise<{ record: SurveyRecord; standing: SurveyStanding }> {
    const [record] = await this.load(this.dataSource.manager, 's.id = $1', [id]);
    if (!record) throw notFound(SURVEY_NOT_FOUND);
    const standing = await this.standing(actor, record);
    if (!standing.read && !standing.audience) throw notFound(SURVEY_NOT_FOUND);
    return { record, standing };
  }

  /** The survey, if the actor may read its results; NOT_FOUND otherwise (an audience member is not told more). */
  async readable(actor: RequestActor, id: string): Promise<{ record: SurveyRecord; standing: SurveyStanding }> {
    const found = await this.visible(actor, id);
    if (!found.standing.read) throw notFound(SURVEY_NOT_FOUND);
    return found;
  }

  /** Every survey of a series, oldest first by opening. */
  async series(seriesId: string): Promise<SurveyRecord[]> {
    return this.load(this.dataSource.manager, 's.series_id = $1', [seriesId]);
  }

  /** OPEN surveys the actor is in the audience of. */
  async toAnswer(actor: RequestActor): Promise<FeedbackSurvey[]> {
    const records = await this.load(
      this.dataSource.manager,
      `s.closed_at IS NULL AND s.opens_at <= now() AND s.closes_at > now() AND ${AUDIENCE_SQL('$1')}`,
      [actor.id],
    );
    // Found through the audience, so the actor is in each one's.
    return this.presentAll(actor, records, await this.standings(actor, records, true));
  }

  /** What the actor may do with the survey. */
  async standing(actor: RequestActor, record: SurveyRecord): Promise<SurveyStanding> {
    const [standing] = await this.standings(actor, [record]);
    return standing;
  }

  /**
   * What the actor may do with each survey, in order. The audience is read in one statement for
   * all of them, unless the caller already knows it (`audience`); evaluation roles come from the
   * request's one membership read.
   */
  private async standings(actor: RequestActor, records: SurveyRecord[], audience?: boolean): Promise<SurveyStanding[]> {
    const inAudience =
      audience === undefined
        ? await this.audienceOf(
            actor.id,
            records.map((record) => record.id),
          )
        : null;
    const standings: SurveyStanding[] = [];
    for (const record of records) {
      const heard = inAudience ? inAudience.has(record.id) : Boolean(audience);
      if (actor.globalRole === GlobalRole.Admin || record.createdBy === actor.id) {
        standings.push({ manage: true, read: true, audience: heard });
      } else if (record.evaluationId) {
        const roles = await this.access.rolesOf(actor, record.evaluationId);
        const manage = roles.includes(EvaluationRole.Lead);
        standings.push({ manage, read: manage || roles.includes(EvaluationRole.Director), audience: heard });
      } else {
        const manage = record.productId ? await this.access.worksOnProduct(actor, record.productId) : false;
        standings.push({ manage, read: manage, audience: heard });
      }
    }
    return standings;
  }

  async inAudience(manager: EntityManager, userId: string, surveyId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM feedback_survey s WHERE s.id = $2 AND ${AUDIENCE_SQL('$1')}`,
      [userId, surveyId],
    );
    return rows.length > 0;
  }

  /** Those of the surveys whose audience the person is in. */
  private async audienceOf(userId: string, surveyIds: string[]): Promise<Set<string>> {
    if (surveyIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM feedback_survey s WHERE s.id = ANY($2::uuid[]) AND ${AUDIENCE_SQL('$1')}`,
      [userId, surveyIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The survey as GraphQL shows it to the actor. */
  async present(actor: RequestActor, record: SurveyRecord, standing: SurveyStanding): Promise<FeedbackSurvey> {
    const [survey] = await this.presentAll(actor, [record], [standing]);
    return survey;
  }

  /**
   * The surveys as GraphQL shows them to the actor, in order, in a fixed number of statements
   * however many there are: response counts, the actor's own responses and their answers are each
   * read once for all.
   */
  private async presentAll(
    actor: RequestActor,
    records: SurveyRecord[],
    standings: SurveyStanding[],
  ): Promise<FeedbackSurvey[]> {
    if (records.length === 0) return [];
    const now = new Date();
    const statuses = records.map((record) => feedbackSurveyStatus(record, now));
    await this.keys.eraseClosed(
      this.dataSource.manager,
      records.filter((record, i) => statuses[i] === 'closed' && record.anonymous).map((record) => record.id),
    );
    const counts = await this.responseCounts(records.filter((_, i) => standings[i].read).map((record) => record.id));
    const mine = await this.myResponses(
      actor,
      records.filter((record, i) => !(record.anonymous && statuses[i] === 'closed')),
    );
    return records.map((record, i) => {
      const standing = standings[i];
      const count = counts.get(record.id) ?? 0;
      return Object.assign(new FeedbackSurvey(), {
        id: record.id,
        title: record.title,
        description: record.description,
        anonymous: record.anonymous,
        status: statuses[i],
        opensAt: record.opensAt,
        closesAt: record.closesAt,
        closedAt: record.closedAt,
        seriesId: record.seriesId,
        waveLabel: record.waveLabel,
        evaluationId: record.evaluationId,
        productId: record.productId,
        subjectName: record.subjectName,
        departments: record.departments,
        memberLibraries: record.memberLibraries,
        questions: record.questions,
        canManage: standing.manage,
        canAnswer: standing.audience && statuses[i] === 'open',
        canRead: standing.read,
        responseCount: !standing.read || isSuppressed(count, record.anonymous) ? null : count,
        myResponse: mine.get(record.id) ?? null,
        version: record.version,
        createdAt: record.createdAt,
      });
    });
  }

  /** How many responses each survey has. */
  private async responseCounts(surveyIds: string[]): Promise<Map<string, number>> {
    if (surveyIds.length === 0) return new Map();
    const rows: { survey_id: string; count: number }[] = await this.dataSource.query(
      `SELECT survey_id, count(*)::int AS count FROM feedback_response
        WHERE survey_id = ANY($1::uuid[]) GROUP BY survey_id`,
      [surveyIds],
    );
    return new Map(rows.map((row) => [row.survey_id, row.count]));
  }

  /**
   * The actor's own answers to each survey that has them: found by name in a named survey, and by
   * key in an anonymous one (the caller leaves out closed anonymous surveys, whose keys are gone).
   */
  private async myResponses(actor: RequestActor, records: SurveyRecord[]): Promise<Map<string, FeedbackMyResponse>> {
    const named = records.filter((record) => !record.anonymous).map((record) => record.id);
    const anonymous = records.filter((record) => record.anonymous).map((record) => record.id);
    if (named.length === 0 && anonymous.length === 0) return new Map();
    const keys = new Map(anonymous.map((id) => [id, this.keys.keyOf(id, actor.id)]));
    const responses: { id: string; survey_id: string; respondent_key: string | null }[] = await this.dataSource.query(
      `SELECT id, survey_id, respondent_key FROM feedback_response
        WHERE (survey_id = ANY($1::uuid[]) AND respondent_id = $2)
           OR (survey_id = ANY($3::uuid[]) AND respondent_key = ANY($4::text[]))`,
      [named, actor.id, anonymous, [...keys.values()]],
    );
    // A key is the actor's for one survey only.
    const own = responses.filter(
      (response) => response.respondent_key === null || keys.get(response.survey_id) === response.respondent_key,
    );
    if (own.length === 0) return new Map();
    const answers: { response_id: string; question_id: string; rating: number | null; comment: string | null }[] =
      await this.dataSource.query(
        `SELECT a.response_id, a.question_id, a.rating, a.comment FROM feedback_answer a
           JOIN feedback_question q ON q.id = a.question_id
          WHERE a.response_id = ANY($1::uuid[]) ORDER BY q.position`,
        [own.map((response) => response.id)],
      );
    return new Map(
      own.map((response) => [
        response.survey_id,
        Object.assign(new FeedbackMyResponse(), {
          answers: answers
            .filter((answer) => answer.response_id === response.id)
            .map((answer) => ({ questionId: answer.question_id, rating: answer.rating, comment: answer.comment })),
        }),
      ]),
    );
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(actor: RequestActor, input: CreateFeedbackSurveyInput): Promise<FeedbackSurvey> {
    if (Boolean(input.evaluationId) === Boolean(input.productId)) {
      throw badInput('Choose exactly one subject: an evaluation with a decision, or a product in use.', [
        { field: 'productId', problems: ['Choose an evaluation or a product, not both and not neither.'] },
      ]);
    }
    if (input.evaluationId) await this.requireEvaluationSubject(actor, input.evaluationId);
    if (input.productId) await this.requireProductSubject(actor, input.productId);
    const problems = feedbackSurveyProblems({
      title: input.title,
      description: input.description,
      waveLabel: input.waveLabel,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      questions: input.questions,
    });
    if (problems.length > 0) throw invalid(problems);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkAudience(manager, input.departmentIds, input.memberLibraryIds);
      const created = await this.insertSurvey(manager, actor, {
        evaluationId: input.evaluationId ?? null,
        productId: input.productId ?? null,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        anonymous: input.anonymous,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        seriesId: null,
        waveLabel: input.waveLabel?.trim() ?? '',
        departmentIds: input.departmentIds,
        memberLibraryIds: input.memberLibraryIds,
        questions: input.questions,
      });
      return created.id;
    });
    return this.one(actor, id);
  }

  async update(actor: RequestActor, input: UpdateFeedbackSurveyInput): Promise<FeedbackSurvey> {
    await this.requireManager(actor, input.id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, SURVEY, input.id, input.version);
      if (feedbackSurveyStatus(row, new Date()) === 'closed') {
        throw badInput('The survey is closed: repeat it to ask again.');
      }
      const problems = feedbackSurveyProblems({
        title: input.title,
        description: input.description,
        waveLabel: input.waveLabel,
        opensAt: input.opensAt ?? row.opensAt,
        closesAt: input.closesAt ?? row.closesAt,
        questions: input.questions,
      });
      if (problems.length > 0) throw invalid(problems);
      const extra: { before: Record<string, unknown>; after: Record<string, unknown> } = { before: {}, after: {} };
      if (input.questions) {
        const answered: unknown[] = await manager.query(
          'SELECT 1 FROM feedback_response WHERE survey_id = $1 LIMIT 1',
          [row.id],
        );
        if (answered.length > 0) {
          throw badInput('The questions cannot change once someone has answered: repeat the survey to ask others.', [
            { field: 'questions', problems: ['Already answered: the questions stay as they are.'] },
          ]);
        }
        const before = await manager.getRepository(FeedbackQuestionEntity).find({
          where: { surveyId: row.id },
          order: { position: 'ASC' },
        });
        await manager.getRepository(FeedbackQuestionEntity).delete({ surveyId: row.id });
        await this.insertQuestions(manager, row.id, input.questions);
        extra.before['questions'] = before.map((question) => ({ kind: question.kind, text: question.text }));
        extra.after['questions'] = input.questions.map((question) => ({
          kind: question.kind,
          text: question.text.trim(),
        }));
      }
      if (input.departmentIds || input.memberLibraryIds) {
        await this.checkAudience(manager, input.departmentIds ?? [], input.memberLibraryIds ?? []);
      }
      if (input.departmentIds) {
        const before = await manager.getRepository(FeedbackSurveyDepartmentEntity).findBy({ surveyId: row.id });
        await manager.getRepository(FeedbackSurveyDepartmentEntity).delete({ surveyId: row.id });
        await this.insertAudience(manager, row.id, input.departmentIds, []);
        extra.before['departmentIds'] = before.map((entry) => entry.departmentId).sort();
        extra.after['departmentIds'] = [...new Set(input.departmentIds)].sort();
      }
      if (input.memberLibraryIds) {
        const before = await manager.getRepository(FeedbackSurveyLibraryEntity).findBy({ surveyId: row.id });
        await manager.getRepository(FeedbackSurveyLibraryEntity).delete({ surveyId: row.id });
        await this.insertAudience(manager, row.id, [], input.memberLibraryIds);
        extra.before['memberLibraryIds'] = before.map((entry) => entry.memberLibraryId).sort();
        extra.after['memberLibraryIds'] = [...new Set(input.memberLibraryIds)].sort();
      }
      const changes: Partial<FeedbackSurveyEntity> = {
        title: input.title?.trim(),
        description: input.description?.trim(),
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        waveLabel: input.waveLabel?.trim(),
      };
      const before = { ...row };
      for (const field of FIELDS) {
        const value = changes[field];
        if (value !== undefined) (row as unknown as Record<string, unknown>)[field] = value;
      }
      const changed = this.audit.diff(before, row, [...FIELDS]);
      const listChanged = Object.keys(extra.after).filter(
        (key) => JSON.stringify(extra.before[key]) !== JSON.stringify(extra.after[key]),
      );
      if (Object.keys(changed.after).length === 0 && listChanged.length === 0) return;
      row.updatedBy = actor.id;
      // The version moves with any change, including one only to the questions or the audience.
      row.updatedAt = new Date();
      await this.edit.save(manager, SURVEY, row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'feedback_survey',
        objectId: row.id,
        action: 'updated',
        evaluationId: row.evaluationId,
        before: { ...changed.before, ...Object.fromEntries(listChanged.map((key) => [key, extra.before[key]])) },
        after: { ...changed.after, ...Object.fromEntries(listChanged.map((key) => [key, extra.after[key]])) },
      });
    });
    return this.one(actor, input.id);
  }

  /** Closes the survey now; an anonymous survey's respondent keys are erased with it. */
  async close(actor: RequestActor, id: string, version: number): Promise<FeedbackSurvey> {
    await this.requireManager(actor, id);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, SURVEY, id, version);
      if (feedbackSurveyStatus(row, new Date()) === 'closed') throw badInput('The survey is already closed.');
      const now = new Date();
      await this.edit.update(manager, actor, SURVEY, row, { closedAt: now, updatedBy: actor.id }, ['closedAt'], {
        action: 'closed',
        evaluationId: row.evaluationId,
      });
      await this.keys.eraseClosed(manager, [row.id]);
    });
    return this.one(actor, id);
  }

  /** A new wave of the survey's series: its questions, audience and anonymity, with a new period. */
  async repeat(actor: RequestActor, input: RepeatFeedbackSurveyInput): Promise<FeedbackSurvey> {
    await this.requireManager(actor, input.id);
    const problems = feedbackSurveyProblems({
      waveLabel: input.waveLabel,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    });
    if (input.waveLabel.trim().length === 0)
      problems.push({ field: 'waveLabel', problems: ['Name the wave, e.g. "6 months".'] });
    if (problems.length > 0) throw invalid(problems);
    const id = await this.dataSource.transaction(async (manager) => {
      const source = await this.edit.lock(manager, SURVEY, input.id);
      const questions = await manager.getRepository(FeedbackQuestionEntity).find({
        where: { surveyId: source.id },
        order: { position: 'ASC' },
      });
      const departments = await manager.getRepository(FeedbackSurveyDepartmentEntity).findBy({ surveyId: source.id });
      const libraries = await manager.getRepository(FeedbackSurveyLibraryEntity).findBy({ surveyId: source.id });
      const created = await this.insertSurvey(
        manager,
        actor,
        {
          evaluationId: source.evaluationId,
          productId: source.productId,
          title: source.title,
          description: source.description,
          anonymous: source.anonymous,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          seriesId: source.seriesId,
          waveLabel: input.waveLabel.trim(),
          departmentIds: departments.map((entry) => entry.departmentId),
          memberLibraryIds: libraries.map((entry) => entry.memberLibraryId),
          questions: questions.map((question) => ({ kind: question.kind, text: question.text })),
        },
        source.id,
      );
      return created.id;
    });
    return this.one(actor, id);
  }

  // ---- rules -----------------------------------------------------------------------------

  async requireManager(actor: RequestActor, id: string): Promise<SurveyRecord> {
    const { record, standing } = await this.visible(actor, id);
    if (!standing.manage) {
      if (!standing.read) throw notFound(SURVEY_NOT_FOUND);
      throw forbiddenToManage();
    }
    return record;
  }

  /** An evaluation the actor leads, whose decision chose a product. */
  private async requireEvaluationSubject(actor: RequestActor, evaluationId: string): Promise<void> {
    await this.access.require(actor, evaluationId, EvaluationRole.Lead);
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM decision WHERE evaluation_id = $1 AND candidate_id IS NOT NULL',
      [evaluationId],
    );
    if (rows.length === 0) {
      throw badInput('The evaluation has no decision choosing a product yet: survey it once a product is chosen.', [
        { field: 'evaluationId', problems: ['No product chosen yet.'] },
      ]);
    }
  }

  /** A product the actor works on (administrators, people named on one of its plans). */
  private async requireProductSubject(actor: RequestActor, productId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM product WHERE id = $1', [productId]);
    if (rows.length === 0 || !(await this.access.worksOnProduct(actor, productId))) throw notFound('The product');
  }

  private async checkAudience(manager: EntityManager, departmentIds: string[], libraryIds: string[]): Promise<void> {
    const problems: { field: string; problems: string[] }[] = [];
    const departments = [...new Set(departmentIds)];
    const libraries = [...new Set(libraryIds)];
    if (departments.length > 0) {
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM department WHERE id = ANY($1::uuid[])',
        [departments],
      );
      if (count !== departments.length)
        problems.push({ field: 'departmentIds', problems: ['Choose departments of the organisation.'] });
    }
    if (libraries.length > 0) {
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM member_library WHERE id = ANY($1::uuid[])',
        [libraries],
      );
      if (count !== libraries.length) {
        problems.push({ field: 'memberLibraryIds', problems: ['Choose member libraries of the consortium.'] });
      }
    }
    if (problems.length > 0) throw badInput(problems.map((problem) => problem.problems.join(' ')).join(' '), problems);
  }

  private async insertSurvey(
    manager: EntityManager,
    actor: RequestActor,
    values: {
      evaluationId: string | null;
      productId: string | null;
      title: string;
      description: string;
      anonymous: boolean;
      opensAt: Date;
      closesAt: Date;
      seriesId: string | null;
      waveLabel: string;
      departmentIds: string[];
      memberLibraryIds: string[];
      questions: { kind: FeedbackQuestionKind; text: string }[];
    },
    repeatOf?: string,
  ): Promise<FeedbackSurveyEntity> {
    const [{ id }]: { id: string }[] = await manager.query('SELECT gen_random_uuid() AS id');
    const saved = await this.edit.create(
      manager,
      actor,
      SURVEY,
      {
        id,
        evaluationId: values.evaluationId,
        productId: values.productId,
        title: values.title,
        description: values.description,
        anonymous: values.anonymous,
        opensAt: values.opensAt,
        closesAt: values.closesAt,
        closedAt: null,
        seriesId: values.seriesId ?? id,
        waveLabel: values.waveLabel,
        createdBy: actor.id,
        updatedBy: actor.id,
      },
      (row) => ({
        title: row.title,
        anonymous: row.anonymous,
        opensAt: row.opensAt,
        closesAt: row.closesAt,
        waveLabel: row.waveLabel,
        departmentIds: [...new Set(values.departmentIds)].sort(),
        memberLibraryIds: [...new Set(values.memberLibraryIds)].sort(),
        questions: values.questions.map((question) => ({ kind: question.kind, text: question.text.trim() })),
        ...(repeatOf ? { repeatOf } : {}),
      }),
      { evaluationId: values.evaluationId },
    );
    await this.insertQuestions(manager, saved.id, values.questions);
    await this.insertAudience(manager, saved.id, values.departmentIds, values.memberLibraryIds);
    return saved;
  }

  private async insertQuestions(
    manager: EntityManager,
    surveyId: string,
    questions: { kind: FeedbackQuestionKind; text: string }[],
  ): Promise<void> {
    await manager.getRepository(FeedbackQuestionEntity).insert(
      questions.map((question, index) => ({
        surveyId,
        position: index + 1,
        kind: question.kind,
        text: question.text.trim(),
      })),
    );
  }

  private async insertAudience(
    manager: EntityManager,
    surveyId: string,
    departmentIds: string[],
    libraryIds: string[],
  ): Promise<void> {
    const departments = [...new Set(departmentIds)];
    const libraries = [...new Set(libraryIds)];
    if (departments.length > 0) {
      await manager
        .getRepository(FeedbackSurveyDepartmentEntity)
        .insert(departments.map((departmentId) => ({ surveyId, departmentId })));
    }
    if (libraries.length > 0) {
      await manager
        .getRepository(FeedbackSurveyLibraryEntity)
        .insert(libraries.map((memberLibraryId) => ({ surveyId, memberLibraryId })));
    }
  }

  /** Surveys with subject, audience and questions, in four queries however many; in time order. */
  async load(manager: EntityManager, where: string, params: unknown[]): Promise<SurveyRecord[]> {
    const rows: SurveyRow[] = await manager.query(
      `SELECT s.id, s.evaluation_id, s.product_id, s.title, s.description, s.anonymous, s.opens_at, s.closes_at,
              s.closed_at, s.series_id, s.wave_label, s.created_by, s.created_at, s.version,
              CASE WHEN s.product_id IS NOT NULL THEN p.name || ' (' || v.name || ')'
                   ELSE e.title || coalesce(' – ' || cp.name, '') END AS subject_name
         FROM feedback_survey s
         LEFT JOIN product p ON p.id = s.product_id
         LEFT JOIN vendor v ON v.id = p.vendor_id
         LEFT JOIN evaluation e ON e.id = s.evaluation_id
         LEFT JOIN decision d ON d.evaluation_id = s.evaluation_id
         LEFT JOIN candidate c ON c.id = d.candidate_id
         LEFT JOIN product_version cpv ON cpv.id = c.product_version_id
         LEFT JOIN product cp ON cp.id = cpv.product_id
        WHERE ${where}
        ORDER BY s.opens_at DESC, s.created_at DESC, s.id`,
      params,
    );
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const departments: { survey_id: string; id: string; name: string; code: string; version: number }[] =
      await manager.query(
        `SELECT a.survey_id, d.id, d.name, d.code, d.version FROM feedback_survey_department a
           JOIN department d ON d.id = a.department_id WHERE a.survey_id = ANY($1::uuid[]) ORDER BY d.name`,
        [ids],
      );
    const libraries: { survey_id: string; id: string; name: string; code: string; version: number }[] =
      await manager.query(
        `SELECT a.survey_id, l.id, l.name, l.code, l.version FROM feedback_survey_library a
           JOIN member_library l ON l.id = a.member_library_id WHERE a.survey_id = ANY($1::uuid[]) ORDER BY l.name`,
        [ids],
      );
    const questions: { survey_id: string; id: string; position: number; kind: FeedbackQuestionKind; text: string }[] =
      await manager.query(
        `SELECT survey_id, id, position, kind, text FROM feedback_question
          WHERE survey_id = ANY($1::uuid[]) ORDER BY survey_id, position`,
        [ids],
      );
    return rows.map((row) => ({
      id: row.id,
      evaluationId: row.evaluation_id,
      productId: row.product_id,
      title: row.title,
      description: row.description,
      anonymous: row.anonymous,
      opensAt: new Date(row.opens_at),
      closesAt: new Date(row.closes_at),
      closedAt: row.closed_at ? new Date(row.closed_at) : null,
      seriesId: row.series_id,
      waveLabel: row.wave_label,
      createdBy: row.created_by,
      createdAt: new Date(row.created_at),
      version: row.version,
      subjectName: row.subject_name ?? '',
      departments: departments
        .filter((entry) => entry.survey_id === row.id)
        .map((entry) =>
          Object.assign(new Department(), { id: entry.id, name: entry.name, code: entry.code, version: entry.version }),
        ),
      memberLibraries: libraries
        .filter((entry) => entry.survey_id === row.id)
        .map((entry) =>
          Object.assign(new MemberLibrary(), {
            id: entry.id,
            name: entry.name,
            code: entry.code,
            version: entry.version,
          }),
        ),
      questions: questions
        .filter((entry) => entry.survey_id === row.id)
        .map((entry) =>
          Object.assign(new FeedbackQuestion(), {
            id: entry.id,
            position: entry.position,
            kind: entry.kind,
            text: entry.text,
          }),
        ),
    }));
  }
}

/**
 * The audience rule as SQL on a survey `s`: the person (`userParam`) is active and their department
 * or library is listed, or the survey lists neither (everyone in the organisation).
 */
export const AUDIENCE_SQL = (userParam: string) => `EXISTS (
  SELECT 1 FROM app_user au WHERE au.id = ${userParam} AND au.active AND (
    (NOT EXISTS (SELECT 1 FROM feedback_survey_department x WHERE x.survey_id = s.id)
      AND NOT EXISTS (SELECT 1 FROM feedback_survey_library y WHERE y.survey_id = s.id))
    OR EXISTS (SELECT 1 FROM feedback_survey_department x WHERE x.survey_id = s.id AND x.department_id = au.department_id)
    OR EXISTS (SELECT 1 FROM feedback_survey_library y WHERE y.survey_id = s.id AND y.member_library_id = au.member_library_id)))`;

function invalid(problems: { field: string; problems: string[] }[]) {
  return badInput(problems.map((problem) => problem.problems.join(' ')).join(' '), problems);
}

function forbiddenToManage() {
  return forbidden('Only the survey’s managers may change, close or repeat it: reading the results is not enough.');
}
