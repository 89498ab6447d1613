import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ranking reads a round's scores one evaluator and candidate at a time, in criterion order.
 * The unique constraint's index has that order; carrying the value in it too lets PostgreSQL
 * answer from the index alone (once vacuumed) instead of visiting every score's row, which halves
 * the ranking's read at consortium scale. Same columns, same name: saves keep their conflict target.
 */
export class ScoreRowsIndex1764720000000 implements MigrationInterface {
  name = 'ScoreRowsIndex1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE score DROP CONSTRAINT uq_score`);
    await q.query(
      `ALTER TABLE score ADD CONSTRAINT uq_score UNIQUE (round_id, evaluator_id, candidate_id, criterion_id) INCLUDE (value)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE score DROP CONSTRAINT uq_score`);
    await q.query(
      `ALTER TABLE score ADD CONSTRAINT uq_score UNIQUE (round_id, evaluator_id, candidate_id, criterion_id)`,
    );
  }
}
