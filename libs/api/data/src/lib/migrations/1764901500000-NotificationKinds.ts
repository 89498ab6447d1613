import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications about a recommendation (submitted for review, changes requested, rejected), a
 * recorded decision and a problem notice to member libraries: the CHECKs list the new kinds and the
 * objects they are about.
 */
export class NotificationKinds1764901500000 implements MigrationInterface {
  name = 'NotificationKinds1764901500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_object_type_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('waiver_proposed',
        'waiver_agreed', 'waiver_rejected', 'follow_up_due', 'scoring_round_opened', 'scoring_round_revealed',
        'member_added', 'problem_report_resolved', 'recommendation_submitted', 'recommendation_changes_requested',
        'recommendation_rejected', 'decision_recorded', 'problem_notice'))`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_object_type_check CHECK (object_type IN ('waiver',
        'defect', 'scoring_round', 'evaluation', 'recommendation', 'decision', 'problem_notice'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN ('recommendation_submitted',
      'recommendation_changes_requested', 'recommendation_rejected', 'decision_recorded', 'problem_notice')`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_object_type_check`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('waiver_proposed',
        'waiver_agreed', 'waiver_rejected', 'follow_up_due', 'scoring_round_opened', 'scoring_round_revealed',
        'member_added', 'problem_report_resolved'))`);
    await q.query(`
      ALTER TABLE notification ADD CONSTRAINT notification_object_type_check CHECK (object_type IN ('waiver',
        'defect', 'scoring_round', 'evaluation'))`);
  }
}
