import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vendor list counts each vendor's current products and research notes, and sorts by those
 * counts across every vendor. Counting through the (vendor_id, observed_on, created_at) index
 * visits every note's row to check `archived_at`; these partial indexes hold only current rows,
 * so the counts (and the licence and hosting filters' EXISTS checks) are answered from the index
 * alone once the table has been vacuumed.
 */
export class CatalogCountIndexes1764660000000 implements MigrationInterface {
  name = 'CatalogCountIndexes1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_research_note_vendor_current ON research_note (vendor_id) WHERE archived_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_product_vendor_current ON product (vendor_id) WHERE archived_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_product_vendor_current`);
    await q.query(`DROP INDEX IF EXISTS ix_research_note_vendor_current`);
  }
}
