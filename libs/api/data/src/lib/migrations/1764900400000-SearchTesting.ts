import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over test cases. A case's words live in its versions (title, preconditions and
 * the steps' actions and expected results) and its key on the case, so each gets an expression GIN
 * index; the search repeats the same expressions so that the planner can use them. Requirements
 * already carry a generated search vector with its own index.
 */
export class SearchTesting1764900400000 implements MigrationInterface {
  name = 'SearchTesting1764900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX ix_test_case_version_search ON test_case_version USING gin ((
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', preconditions), 'B') ||
        setweight(jsonb_to_tsvector('english', steps, '["string"]'), 'B')
      ))`);
    await q.query(`CREATE INDEX ix_test_case_key_search ON test_case USING gin ((to_tsvector('simple', key)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_test_case_key_search`);
    await q.query(`DROP INDEX ix_test_case_version_search`);
  }
}
