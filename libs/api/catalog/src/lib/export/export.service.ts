import { AccessPolicy, RequestActor, xmlSafeText } from '@assay/api/core';
import type { ProductCategory, ProductHosting, ProductLicence, VendorStatus } from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { VendorFilter } from '../vendors/vendors.inputs';
import { VendorsService } from '../vendors/vendors.service';

/**
 * One exported row: a product with its vendor, latest version, notes and reference checks. A
 * vendor without current products gets one row with the product columns empty. Notes counted for
 * a product row are those about that product and the vendor's general notes (not those about its
 * other products); a vendor-only row counts all of the vendor's notes.
 */
export interface VendorExportRow {
  vendor: string;
  vendorStatus: string;
  website: string | null;
  headquarters: string | null;
  product: string | null;
  category: string | null;
  licence: string | null;
  hosting: string | null;
  latestVersion: string | null;
  /** YYYY-MM-DD */
  latestVersionReleased: string | null;
  notes: number;
  /** YYYY-MM-DD */
  latestNoteOn: string | null;
  latestNoteTitle: string | null;
  latestNoteSource: string | null;
  referenceChecks: number | null;
  meanRating: number | null;
}

type ColumnKind = 'text' | 'date' | 'integer' | 'decimal';

/** The columns, in order, with the header people see and the width (in characters) in a spreadsheet. */
export const VENDOR_EXPORT_COLUMNS: readonly {
  key: keyof VendorExportRow;
  header: string;
  kind: ColumnKind;
  width: number;
}[] = [
  { key: 'vendor', header: 'Vendor', kind: 'text', width: 32 },
  { key: 'vendorStatus', header: 'Vendor status', kind: 'text', width: 14 },
  { key: 'website', header: 'Website', kind: 'text', width: 32 },
  { key: 'headquarters', header: 'Headquarters', kind: 'text', width: 24 },
  { key: 'product', header: 'Product', kind: 'text', width: 24 },
  { key: 'category', header: 'Category', kind: 'text', width: 12 },
  { key: 'licence', header: 'Licence', kind: 'text', width: 13 },
  { key: 'hosting', header: 'Hosting', kind: 'text', width: 30 },
  { key: 'latestVersion', header: 'Latest version', kind: 'text', width: 16 },
  { key: 'latestVersionReleased', header: 'Latest version released', kind: 'date', width: 14 },
  { key: 'notes', header: 'Research notes', kind: 'integer', width: 10 },
  { key: 'latestNoteOn', header: 'Latest note date', kind: 'date', width: 14 },
  { key: 'latestNoteTitle', header: 'Latest note title', kind: 'text', width: 48 },
  { key: 'latestNoteSource', header: 'Latest note source', kind: 'text', width: 40 },
  { key: 'referenceChecks', header: 'Reference checks', kind: 'integer', width: 10 },
  { key: 'meanRating', header: 'Mean rating', kind: 'decimal', width: 10 },
];

const STATUS_LABELS: Record<VendorStatus, string> = {
  active: 'Active',
  watch: 'Watch',
  acquired: 'Acquired',
  inactive: 'Inactive',
};
const CATEGORY_LABELS: Record<ProductCategory, string> = {
  ils: 'ILS',
  lsp: 'LSP',
  discovery: 'Discovery',
  erm: 'ERM',
  digital_repository: 'Digital repository',
  other: 'Other',
};
const LICENCE_LABELS: Record<ProductLicence, string> = { open_source: 'Open source', proprietary: 'Proprietary' };
const HOSTING_LABELS: Record<ProductHosting, string> = {
  saas: 'SaaS',
  vendor_hosted: 'Vendor-hosted',
  self_hosted: 'Self-hosted',
};

interface RawExportRow {
  vendor: string;
  status: VendorStatus;
  website: string | null;
  headquarters: string | null;
  product: string | null;
  category: ProductCategory | null;
  licence: ProductLicence | null;
  hosting: ProductHosting[] | string | null;
  version_name: string | null;
  version_released: string | null;
  note_count: number;
  latest_note_on: string | null;
  latest_note_title: string | null;
  latest_note_source: string | null;
  check_count: number | null;
  mean_rating: number | null;
}

/** The vendor list (with the same filter as the GraphQL `vendors` query) as CSV or XLSX. */
@Injectable()
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly vendors: VendorsService,
  ) {}

  async rows(actor: RequestActor, filter: VendorFilter): Promise<VendorExportRow[]> {
    const [vendorSql, parameters] = this.vendors.vendorQuery(filter).select('v.id', 'id').getQueryAndParameters();
    // Dates leave the database as text: no driver or time zone shifts a day. Every aggregate is
    // computed once per table and hash-joined (no per-row subqueries), so the export reads each
    // table once whatever the number of products per vendor.
    const raw: RawExportRow[] = await this.dataSource.query(
      `WITH chosen AS (${vendorSql}),
       -- per vendor and product (product_id NULL: the vendor's general notes): how many, and the latest
       note_groups AS (
         SELECT DISTINCT ON (n.vendor_id, n.product_id) n.vendor_id, n.product_id,
                count(*) OVER (PARTITION BY n.vendor_id, n.product_id)::int AS notes, n.observed_on, n.created_at, n.id, n.title, n.source_url
           FROM research_note n
          WHERE n.archived_at IS NULL AND n.vendor_id IN (SELECT id FROM chosen)
          ORDER BY n.vendor_id, n.product_id, n.observed_on DESC, n.created_at DESC, n.id
       ),
       vendor_notes AS (
         SELECT DISTINCT ON (g.vendor_id) g.vendor_id, sum(g.notes) OVER (PARTITION BY g.vendor_id)::int AS notes, g.observed_on, g.created_at, g.id, g.title, g.source_url
           FROM note_groups g
          ORDER BY g.vendor_id, g.observed_on DESC, g.created_at DESC, g.id
       ),
       latest_versions AS (
         SELECT DISTINCT ON (pv.product_id) pv.product_id, pv.name, pv.release_date
           FROM product_version pv
          WHERE pv.archived_at IS NULL
          ORDER BY pv.product_id, pv.release_date DESC NULLS LAST, pv.created_at DESC
       ),
       checks AS (
         SELECT r.product_id, count(*)::int AS check_count, round(avg(r.rating), 2)::float AS mean_rating
           FROM reference_check r
          WHERE r.archived_at IS NULL
          GROUP BY r.product_id
       )
       SELECT v.name AS vendor, v.status, v.website, v.headquarters,
              p.name AS product, p.category, p.licence, p.hosting,
              lv.name AS version_name, lv.release_date::text AS version_released,
              CASE WHEN p.id IS NULL THEN coalesce(vn.notes, 0) ELSE coalesce(general.notes, 0) + coalesce(own.notes, 0) END AS note_count,
              latest.observed_on::text AS latest_note_on, latest.title AS latest_note_title, latest.source_url AS latest_note_source,
              CASE WHEN p.id IS NULL THEN NULL ELSE coalesce(rc.check_count, 0) END AS check_count, rc.mean_rating
         FROM vendor v
         JOIN chosen ON chosen.id = v.id
         LEFT JOIN product p ON p.vendor_id = v.id AND p.archived_at IS NULL
         LEFT JOIN note_groups general ON general.vendor_id = v.id AND general.product_id IS NULL
         LEFT JOIN note_groups own ON own.vendor_id = v.id AND own.product_id = p.id
         LEFT JOIN vendor_notes vn ON vn.vendor_id = v.id
         LEFT JOIN latest_versions lv ON lv.product_id = p.id
         LEFT JOIN checks rc ON rc.product_id = p.id
         LEFT JOIN LATERAL (
           SELECT l.observed_on, l.title, l.source_url FROM (
             SELECT vn.observed_on, vn.created_at, vn.id, vn.title, vn.source_url WHERE p.id IS NULL
             UNION ALL SELECT general.observed_on, general.created_at, general.id, general.title, general.source_url WHERE p.id IS NOT NULL
             UNION ALL SELECT own.observed_on, own.created_at, own.id, own.title, own.source_url WHERE p.id IS NOT NULL
           ) l
           WHERE l.id IS NOT NULL
           ORDER BY l.observed_on DESC, l.created_at DESC, l.id LIMIT 1
         ) latest ON true
        ORDER BY lower(v.name), v.id, lower(p.name) NULLS FIRST, p.id`,
      parameters,
    );
    return raw.map(toRow);
  }

  async csv(actor: RequestActor, filter: VendorFilter): Promise<Buffer> {
    return vendorCsv(await this.rows(actor, filter));
  }

  async xlsx(actor: RequestActor, filter: VendorFilter): Promise<Buffer> {
    return vendorXlsx(await this.rows(actor, filter));
  }
}

function toRow(raw: RawExportRow): VendorExportRow {
  return {
    vendor: raw.vendor,
    vendorStatus: STATUS_LABELS[raw.status] ?? raw.status,
    website: raw.website,
    headquarters: raw.headquarters,
    product: raw.product,
    category: raw.category ? (CATEGORY_LABELS[raw.category] ?? raw.category) : null,
    licence: raw.licence ? (LICENCE_LABELS[raw.licence] ?? raw.licence) : null,
    hosting: raw.product
      ? hostingList(raw.hosting)
          .map((h) => HOSTING_LABELS[h] ?? h)
          .join('; ')
      : null,
    latestVersion: raw.version_name,
    latestVersionReleased: raw.version_released,
    notes: raw.note_count,
    latestNoteOn: raw.latest_note_on,
    latestNoteTitle: raw.latest_note_title,
    latestNoteSource: raw.latest_note_source,
    referenceChecks: raw.product ? (raw.check_count ?? 0) : null,
    meanRating: raw.mean_rating,
  };
}

/** A text[] column arrives as an array from node-postgres and may arrive as "{a,b}" elsewhere. */
function hostingList(value: ProductHosting[] | string | null): ProductHosting[] {
  if (Array.isArray(value)) return value;
  if (!value || value === '{}') return [];
  return value.replace(/^\{|\}$/g, '').split(',') as ProductHosting[];
}

/**
 * CSV for spreadsheets: a UTF-8 byte-order mark (so Excel reads accents as UTF-8), CRLF line ends,
 * and any text starting with = + - @ tab or CR prefixed with ' so it is never run as a formula.
 */
export function vendorCsv(rows: VendorExportRow[]): Buffer {
  const text = stringify(
    rows.map((row) => VENDOR_EXPORT_COLUMNS.map((column) => row[column.key])),
    {
      bom: true,
      header: true,
      columns: VENDOR_EXPORT_COLUMNS.map((column) => column.header),
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
  return Buffer.from(text, 'utf8');
}

/**
 * An XLSX workbook with one sheet: bold header row frozen at the top with a filter, widths per
 * column, dates as real dates and numbers as numbers. Text goes in as text cells (which Excel
 * never evaluates), so it keeps its exact value.
 */
export async function vendorXlsx(rows: VendorExportRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Assay';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Vendors', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = VENDOR_EXPORT_COLUMNS.map((column) => ({
    key: column.key,
    header: column.header,
    width: column.width,
    style: column.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : column.kind === 'decimal' ? { numFmt: '0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: VENDOR_EXPORT_COLUMNS.length } };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(VENDOR_EXPORT_COLUMNS.map((column) => [column.key, cellValue(row[column.key], column.kind)])),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: string | number | null, kind: ColumnKind): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return typeof value === 'string' ? xmlSafeText(value) : value;
}
