import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'waiver_proposed', 'waiver_agreed', 'waiver_rejected', 'follow_up_due', 'scoring_round_opened',
  'scoring_round_revealed', 'member_added', 'problem_report_resolved', 'recommendation_submitted',
  'recommendation_changes_requested', 'recommendation_rejected', 'decision_recorded', 'problem_notice'`;
const OBJECTS_BEFORE = `'waiver', 'defect', 'scoring_round', 'evaluation', 'recommendation', 'decision', 'problem_notice'`;

/**
 * A request to sign a candidate's acceptance verdict: the CHECKs list the new kind and the object it
 * is about (the candidate).
 */
export class SignOffRequests1764901900000 implements MigrationInterface {
  name = 'SignOffRequests1764901900000';

  async up(q: QueryRunner): Promise<void> {
    await this.constraints(q, `${KINDS_BEFORE}, 'sign_off_requested'`, `${OBJECTS_BEFORE}, 'candidate'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'sign_off_requested'`);
    await this.constraints(q, KINDS_BEFORE, OBJECTS_BEFORE);
  }

  private async constraints(q: QueryRunner, kinds: string, objects: string): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_object_type_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${kinds}))`);
    await q.query(
      `ALTER TABLE notification ADD CONSTRAINT notification_object_type_check CHECK (object_type IN (${objects}))`,
    );
  }
}
