import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal API tokens: named, expiring credentials a person creates so that a script or a CI job
 * can act as them without their password. Only a SHA-256 hash of each token is kept (the token
 * is 32 random bytes, so a fast hash is enough and a lookup by hash finds it); `prefix` is the
 * harmless beginning that lists show.
 */
export class ApiTokens1764900200000 implements MigrationInterface {
  name = 'ApiTokens1764900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
        token_hash text NOT NULL,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX ix_api_token_user ON api_token (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_token`);
  }
}
