import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vendors' claims per candidate and requirement (their RFP answers). The claim's scale and the
 * roadmap date's rule (a roadmap claim has one, no other claim does) are checked here too, so no
 * path around the service can store a claim that breaks them.
 */
export class VendorClaims1764900600000 implements MigrationInterface {
  name = 'VendorClaims1764900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vendor_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        claim text NOT NULL
          CHECK (claim IN ('out_of_the_box', 'configuration', 'customisation', 'roadmap', 'not_met')),
        roadmap_date date,
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_vendor_claim UNIQUE (candidate_id, requirement_id),
        CONSTRAINT ck_vendor_claim_roadmap_date CHECK ((claim = 'roadmap') = (roadmap_date IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_vendor_claim_requirement ON vendor_claim (requirement_id)`);
    await q.query(`CREATE INDEX ix_vendor_claim_evaluation ON vendor_claim (evaluation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS vendor_claim`);
  }
}
