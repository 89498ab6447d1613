import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feedback surveys after go-live: a survey about a product in use or an evaluation's chosen
 * product, its questions, its audience (departments and member libraries), and the responses.
 *
 * A response of a named survey names its respondent; one of an anonymous survey does not: it keeps
 * only a keyed hash (respondent_key) so that the person can find and change it while the survey is
 * open, erased when the survey closes. Responses carry no timestamps, so that no time of answering
 * can be set against other records. Each response keeps the respondent's department and library at
 * the time of answering, for the results by group.
 */
export class FeedbackSurveys1764902600000 implements MigrationInterface {
  name = 'FeedbackSurveys1764902600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feedback_survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid REFERENCES evaluation(id) ON DELETE CASCADE,
        product_id uuid REFERENCES product(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        anonymous boolean NOT NULL DEFAULT true,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        closed_at timestamptz,
        series_id uuid NOT NULL,
        wave_label text NOT NULL DEFAULT '' CHECK (length(wave_label) <= 100),
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_feedback_survey_subject CHECK ((evaluation_id IS NULL) <> (product_id IS NULL)),
        CONSTRAINT ck_feedback_survey_period CHECK (closes_at > opens_at)
      )`);
    await q.query(
      `CREATE INDEX ix_feedback_survey_product ON feedback_survey (product_id) WHERE product_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_feedback_survey_evaluation ON feedback_survey (evaluation_id) WHERE evaluation_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_feedback_survey_series ON feedback_survey (series_id, opens_at)`);
    await q.query(`CREATE INDEX ix_feedback_survey_period ON feedback_survey (closes_at, opens_at)`);
    await q.query(`
      CREATE TABLE feedback_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES feedback_survey(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('rating', 'text')),
        text text NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
        CONSTRAINT uq_feedback_question_position UNIQUE (survey_id, position),
        CONSTRAINT uq_feedback_question_of_survey UNIQUE (survey_id, id)
      )`);
    await q.query(`
      CREATE TABLE feedback_survey_department (
        survey_id uuid NOT NULL REFERENCES feedback_survey(id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE CASCADE,
        PRIMARY KEY (survey_id, department_id)
      )`);
    await q.query(`CREATE INDEX ix_feedback_survey_department ON feedback_survey_department (department_id)`);
    await q.query(`
      CREATE TABLE feedback_survey_library (
        survey_id uuid NOT NULL REFERENCES feedback_survey(id) ON DELETE CASCADE,
        member_library_id uuid NOT NULL REFERENCES member_library(id) ON DELETE CASCADE,
        PRIMARY KEY (survey_id, member_library_id)
      )`);
    await q.query(`CREATE INDEX ix_feedback_survey_library ON feedback_survey_library (member_library_id)`);
    await q.query(`
      CREATE TABLE feedback_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES feedback_survey(id) ON DELETE CASCADE,
        respondent_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        respondent_key text CHECK (respondent_key IS NULL OR length(respondent_key) = 64),
        department_id uuid REFERENCES department(id) ON DELETE SET NULL,
        member_library_id uuid REFERENCES member_library(id) ON DELETE SET NULL,
        CONSTRAINT uq_feedback_response_respondent UNIQUE (survey_id, respondent_id),
        CONSTRAINT uq_feedback_response_key UNIQUE (survey_id, respondent_key),
        CONSTRAINT ck_feedback_response_one_link CHECK (respondent_id IS NULL OR respondent_key IS NULL),
        CONSTRAINT uq_feedback_response_of_survey UNIQUE (survey_id, id)
      )`);
    await q.query(`CREATE INDEX ix_feedback_response_department ON feedback_response (survey_id, department_id)`);
    await q.query(`CREATE INDEX ix_feedback_response_library ON feedback_response (survey_id, member_library_id)`);
    await q.query(
      `CREATE INDEX ix_feedback_response_respondent ON feedback_response (respondent_id) WHERE respondent_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE feedback_answer (
        response_id uuid NOT NULL,
        question_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (comment IS NULL OR length(comment) <= 2000),
        PRIMARY KEY (response_id, question_id),
        CONSTRAINT fk_feedback_answer_response FOREIGN KEY (survey_id, response_id)
          REFERENCES feedback_response (survey_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_feedback_answer_question FOREIGN KEY (survey_id, question_id)
          REFERENCES feedback_question (survey_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_feedback_answer_question ON feedback_answer (question_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS feedback_answer`);
    await q.query(`DROP TABLE IF EXISTS feedback_response`);
    await q.query(`DROP TABLE IF EXISTS feedback_survey_library`);
    await q.query(`DROP TABLE IF EXISTS feedback_survey_department`);
    await q.query(`DROP TABLE IF EXISTS feedback_question`);
    await q.query(`DROP TABLE IF EXISTS feedback_survey`);
  }
}
