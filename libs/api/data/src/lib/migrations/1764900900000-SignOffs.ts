import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-offs of a candidate's acceptance verdict by named roles (the lead, each department head for
 * their department, a director): what was signed (the verdict and the fingerprint of its evidence),
 * by whom, as what, with a comment. One sign-off per person, role and candidate.
 */
export class SignOffs1764900900000 implements MigrationInterface {
  name = 'SignOffs1764900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE acceptance_sign_off (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        signer_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('lead', 'department_head', 'director')),
        department_id uuid REFERENCES department(id) ON DELETE SET NULL,
        verdict text NOT NULL CHECK (verdict IN ('ACCEPTED', 'ACCEPTED_WITH_WAIVERS', 'NOT_ACCEPTED')),
        fingerprint text NOT NULL CHECK (length(fingerprint) = 64),
        comment text NOT NULL DEFAULT '',
        signed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_acceptance_sign_off UNIQUE (candidate_id, signer_id, role)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS acceptance_sign_off`);
  }
}
