import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rubrics (versioned criteria trees with weights and scales), scoring rounds, scores and
 * consensus scores. A frozen rubric version is never edited in place; one score per
 * (round, evaluator, candidate, criterion) is enforced by the database.
 */
export class Scoring1764600000000 implements MigrationInterface {
  name = 'Scoring1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rubric_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        frozen_at timestamptz,
        based_on_id uuid REFERENCES rubric_version(id) ON DELETE SET NULL,
        scale_min integer NOT NULL DEFAULT 0,
        scale_max integer NOT NULL DEFAULT 3 CHECK (scale_max > scale_min),
        descriptors jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_rubric_version UNIQUE (evaluation_id, number)
      )`);
    await q.query(`
      CREATE TABLE criterion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rubric_version_id uuid NOT NULL REFERENCES rubric_version(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES criterion(id) ON DELETE CASCADE,
        key text NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        weight numeric(12, 6) NOT NULL DEFAULT 1 CHECK (weight > 0),
        CONSTRAINT uq_criterion_key UNIQUE (rubric_version_id, key)
      )`);
    await q.query(`CREATE INDEX ix_criterion_tree ON criterion (rubric_version_id, parent_id, position)`);
    await q.query(`
      CREATE TABLE criterion_requirement (
        criterion_id uuid NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        PRIMARY KEY (criterion_id, requirement_id)
      )`);
    await q.query(`
      CREATE TABLE pairwise_comparison (
        rubric_version_id uuid NOT NULL REFERENCES rubric_version(id) ON DELETE CASCADE,
        parent_key text NOT NULL,
        matrix jsonb NOT NULL,
        PRIMARY KEY (rubric_version_id, parent_key)
      )`);
    await q.query(`
      CREATE TABLE scoring_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        rubric_version_id uuid NOT NULL REFERENCES rubric_version(id) ON DELETE RESTRICT,
        number integer NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'revealed', 'closed')),
        candidate_ids uuid[] NOT NULL,
        opened_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        revealed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_scoring_round UNIQUE (evaluation_id, number)
      )`);
    await q.query(`
      CREATE TABLE score (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES scoring_round(id) ON DELETE CASCADE,
        evaluator_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
        value numeric(8, 3),
        comment text NOT NULL DEFAULT '',
        evidence_url text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_score UNIQUE (round_id, evaluator_id, candidate_id, criterion_id)
      )`);
    await q.query(`CREATE INDEX ix_score_round_candidate ON score (round_id, candidate_id, criterion_id)`);
    await q.query(`
      CREATE TABLE consensus_score (
        round_id uuid NOT NULL REFERENCES scoring_round(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        criterion_id uuid NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
        value numeric(8, 3) NOT NULL,
        note text NOT NULL DEFAULT '',
        set_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, candidate_id, criterion_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'consensus_score',
      'score',
      'scoring_round',
      'pairwise_comparison',
      'criterion_requirement',
      'criterion',
      'rubric_version',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
