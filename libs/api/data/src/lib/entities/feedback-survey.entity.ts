import { FeedbackQuestionKind } from '@assay/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A feedback survey about a product in use or an evaluation's chosen product, open for a period. */
@Entity('feedback_survey')
export class FeedbackSurveyEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'evaluation_id', nullable: true })
  evaluationId!: string | null;

  @Column('uuid', { name: 'product_id', nullable: true })
  productId!: string | null;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('boolean', { default: true })
  anonymous!: boolean;

  @Column('timestamptz', { name: 'opens_at' })
  opensAt!: Date;

  @Column('timestamptz', { name: 'closes_at' })
  closesAt!: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** The surveys repeated from one another share it; the first one's series is its own id. */
  @Column('uuid', { name: 'series_id' })
  seriesId!: string;

  @Column('text', { name: 'wave_label', default: '' })
  waveLabel!: string;

  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
}

@Entity('feedback_question')
export class FeedbackQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId!: string;

  @Column('integer')
  position!: number;

  @Column('text')
  kind!: FeedbackQuestionKind;

  @Column('text')
  text!: string;
}

/** A department the survey is open to. */
@Entity('feedback_survey_department')
export class FeedbackSurveyDepartmentEntity {
  @PrimaryColumn('uuid', { name: 'survey_id' })
  surveyId!: string;

  @PrimaryColumn('uuid', { name: 'department_id' })
  departmentId!: string;
}

/** A member library the survey is open to. */
@Entity('feedback_survey_library')
export class FeedbackSurveyLibraryEntity {
  @PrimaryColumn('uuid', { name: 'survey_id' })
  surveyId!: string;

  @PrimaryColumn('uuid', { name: 'member_library_id' })
  memberLibraryId!: string;
}

/**
 * One person's response to a survey. Named surveys keep the respondent; anonymous ones keep only
 * a keyed hash of survey and person while the survey is open, and nothing once it has closed.
 */
@Entity('feedback_response')
export class FeedbackResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId!: string;

  @Column('uuid', { name: 'respondent_id', nullable: true })
  respondentId!: string | null;

  @Column('text', { name: 'respondent_key', nullable: true })
  respondentKey!: string | null;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Column('uuid', { name: 'member_library_id', nullable: true })
  memberLibraryId!: string | null;
}

/** A response's answer to one question: a rating 1–5 with an optional comment, or text in the comment. */
@Entity('feedback_answer')
export class FeedbackAnswerEntity {
  @PrimaryColumn('uuid', { name: 'response_id' })
  responseId!: string;

  @PrimaryColumn('uuid', { name: 'question_id' })
  questionId!: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId!: string;

  @Column('smallint', { nullable: true })
  rating!: number | null;

  @Column('text', { nullable: true })
  comment!: string | null;
}
