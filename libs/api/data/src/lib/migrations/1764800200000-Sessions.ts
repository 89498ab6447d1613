import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions kept on the server: a row per sign-in that the token names, so signing out ends it at
 * once and a person can see and end their sessions. Tokens issued before this name no session and
 * stop working: everyone signs in again once.
 */
export class Sessions1764800200000 implements MigrationInterface {
  name = 'Sessions1764800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        user_agent text,
        client_address text
      )`);
    await q.query(`CREATE INDEX ix_user_session_user ON user_session (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_session`);
  }
}
