import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Costs per candidate for the multi-year total cost of ownership: one-time and yearly items, and
 * on the evaluation the period in years and the hourly rate at which training needs are costed.
 */
export class Costs1764700000000 implements MigrationInterface {
  name = 'Costs1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE evaluation ADD COLUMN cost_years integer NOT NULL DEFAULT 5 CHECK (cost_years BETWEEN 1 AND 30)`,
    );
    await q.query(
      `ALTER TABLE evaluation ADD COLUMN training_hourly_rate numeric(10, 2) NOT NULL DEFAULT 0 CHECK (training_hourly_rate >= 0)`,
    );
    await q.query(`
      CREATE TABLE cost_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('one_time', 'yearly')),
        label text NOT NULL CHECK (length(trim(label)) > 0),
        amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
        notes text NOT NULL DEFAULT '',
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_cost_item_candidate ON cost_item (candidate_id, created_at)`);
    await q.query(`CREATE INDEX ix_cost_item_evaluation ON cost_item (evaluation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS cost_item`);
    await q.query(`ALTER TABLE evaluation DROP COLUMN IF EXISTS training_hourly_rate`);
    await q.query(`ALTER TABLE evaluation DROP COLUMN IF EXISTS cost_years`);
  }
}
