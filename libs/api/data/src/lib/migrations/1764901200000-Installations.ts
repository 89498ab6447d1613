import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The installation record of each product in use: which version was installed when, of which kind,
 * by whom, and the run that accepted it. The version must be one of the product's (a composite
 * key on product_version makes it so); the run's product and version are checked by the service.
 */
export class Installations1764901200000 implements MigrationInterface {
  name = 'Installations1764901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product_version ADD CONSTRAINT uq_product_version_of_product UNIQUE (product_id, id)`);
    await q.query(`
      CREATE TABLE installations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
        product_version_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('initial', 'patch', 'hotfix', 'service_pack', 'upgrade')),
        installed_on date NOT NULL,
        applied_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        accepting_run_id uuid REFERENCES test_run(id) ON DELETE SET NULL,
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT fk_installation_version_of_product FOREIGN KEY (product_id, product_version_id)
          REFERENCES product_version (product_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_installations_product ON installations (product_id, installed_on DESC)`);
    await q.query(
      `CREATE INDEX ix_installations_run ON installations (accepting_run_id) WHERE accepting_run_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS installations`);
    await q.query(`ALTER TABLE product_version DROP CONSTRAINT uq_product_version_of_product`);
  }
}
