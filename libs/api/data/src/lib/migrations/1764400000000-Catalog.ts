import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vendor research catalogue: vendors, products, versions, contacts, research notes,
 * reference checks with their reusable questions, and attachments. Vendors, products and notes
 * carry a generated full-text search vector with a GIN index.
 */
export class Catalog1764400000000 implements MigrationInterface {
  name = 'Catalog1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vendor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        website text,
        headquarters text,
        company_notes text,
        support_model text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'watch', 'acquired', 'inactive')),
        is_demo boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', name), 'A') ||
          setweight(to_tsvector('english', coalesce(headquarters, '') || ' ' || coalesce(support_model, '')), 'C') ||
          setweight(to_tsvector('english', coalesce(company_notes, '')), 'D')
        ) STORED
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_vendor_name ON vendor (lower(name))`);
    await q.query(`CREATE INDEX ix_vendor_search ON vendor USING gin (search)`);
    await q.query(`CREATE INDEX ix_vendor_updated ON vendor (updated_at DESC)`);

    await q.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendor(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        category text NOT NULL CHECK (category IN ('ils', 'lsp', 'discovery', 'erm', 'digital_repository', 'other')),
        licence text NOT NULL CHECK (licence IN ('open_source', 'proprietary')),
        hosting text[] NOT NULL DEFAULT '{}' CHECK (hosting <@ ARRAY['saas', 'vendor_hosted', 'self_hosted']::text[]),
        website text,
        description text,
        is_demo boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', name), 'A') ||
          setweight(to_tsvector('english', coalesce(description, '')), 'C')
        ) STORED
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_product_name ON product (vendor_id, lower(name))`);
    await q.query(`CREATE INDEX ix_product_search ON product USING gin (search)`);

    await q.query(`
      CREATE TABLE product_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        release_date date,
        notes text,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_product_version_name ON product_version (product_id, lower(name))`);

    await q.query(`
      CREATE TABLE vendor_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendor(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        role text,
        email text,
        phone text,
        notes text,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_vendor_contact_vendor ON vendor_contact (vendor_id)`);

    await q.query(`
      CREATE TABLE research_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendor(id) ON DELETE RESTRICT,
        product_id uuid REFERENCES product(id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        body text NOT NULL DEFAULT '',
        observed_on date NOT NULL,
        source_type text NOT NULL CHECK (source_type IN ('url', 'document', 'demo', 'reference_call', 'conference', 'other')),
        source_url text,
        source_title text,
        tags text[] NOT NULL DEFAULT '{}' CHECK (tags <@ ARRAY['financial_health', 'install_base', 'roadmap', 'support', 'security', 'accessibility', 'pricing']::text[]),
        confidence text NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', body), 'B') ||
          setweight(to_tsvector('english', coalesce(source_title, '')), 'C')
        ) STORED
      )`);
    await q.query(
      `CREATE INDEX ix_research_note_vendor ON research_note (vendor_id, observed_on DESC, created_at DESC)`,
    );
    await q.query(`CREATE INDEX ix_research_note_product ON research_note (product_id) WHERE product_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_research_note_tags ON research_note USING gin (tags)`);
    await q.query(`CREATE INDEX ix_research_note_search ON research_note USING gin (search)`);

    await q.query(`
      CREATE TABLE reference_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        text text NOT NULL CHECK (length(trim(text)) > 0),
        position integer NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);

    await q.query(`
      CREATE TABLE reference_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE RESTRICT,
        library_name text NOT NULL CHECK (length(trim(library_name)) > 0),
        contact_name text,
        contact_email text,
        checked_on date NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        summary text,
        answers jsonb NOT NULL DEFAULT '[]',
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_reference_check_product ON reference_check (product_id, checked_on DESC)`);

    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_type text NOT NULL CHECK (owner_type IN ('vendor', 'product', 'research_note', 'reference_check')),
        owner_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id, uploaded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'attachment',
      'reference_check',
      'reference_question',
      'research_note',
      'vendor_contact',
      'product_version',
      'product',
      'vendor',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
