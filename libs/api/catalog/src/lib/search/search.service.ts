import { AccessPolicy, DEFAULT_PAGE, PageInput, RequestActor } from '@assay/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogSearchInput } from './search.inputs';
import { SearchHit, SearchKind, SearchResult, TextSegment } from './search.types';

const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * One search over vendors, products and research notes, with PostgreSQL full-text search.
 * Rows matching every word rank above rows matching only some; within that, ts_rank_cd with
 * the weights set in the search vectors (name/title > body > source).
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async search(actor: RequestActor, input: CatalogSearchInput, page: PageInput = DEFAULT_PAGE): Promise<SearchResult> {
    const kinds: SearchKind[] =
      input.kinds && input.kinds.length > 0 ? input.kinds : ['vendor', 'product', 'research_note'];
    // all: websearch syntax (AND, "phrases", -not); any: the same words OR-ed, so partial matches still show.
    // Each kind is matched through its GIN index (the tsquery comes from an InitPlan, so it can be an
    // index condition); the ranked list carries only narrow columns, and bodies are read for the page alone.
    const ANY = '(SELECT any_word FROM q)';
    const candidates: string[] = [];
    const details: string[] = [];
    if (kinds.includes('vendor')) {
      candidates.push(
        `SELECT 'vendor' AS kind, v.id, v.name AS title, v.search AS doc FROM vendor v WHERE v.archived_at IS NULL AND v.search @@ ${ANY}`,
      );
      details.push(`SELECT v.id AS vendor_id, v.name AS vendor_name, NULL::uuid AS product_id, concat_ws(' · ', v.headquarters, v.support_model, v.company_notes) AS body
                       FROM vendor v WHERE page.kind = 'vendor' AND v.id = page.id`);
    }
    if (kinds.includes('product')) {
      candidates.push(`SELECT 'product' AS kind, p.id, p.name AS title, p.search AS doc FROM product p JOIN vendor v ON v.id = p.vendor_id
                        WHERE p.archived_at IS NULL AND v.archived_at IS NULL AND p.search @@ ${ANY}`);
      details.push(
        `SELECT v.id AS vendor_id, v.name AS vendor_name, p.id AS product_id, coalesce(p.description, '') AS body FROM product p JOIN vendor v ON v.id = p.vendor_id WHERE page.kind = 'product' AND p.id = page.id`,
      );
    }
    if (kinds.includes('research_note')) {
      candidates.push(`SELECT 'research_note' AS kind, n.id, n.title, n.search AS doc FROM research_note n JOIN vendor v ON v.id = n.vendor_id
                        WHERE n.archived_at IS NULL AND v.archived_at IS NULL AND n.search @@ ${ANY}`);
      details.push(
        `SELECT v.id AS vendor_id, v.name AS vendor_name, n.product_id, n.body FROM research_note n JOIN vendor v ON v.id = n.vendor_id WHERE page.kind = 'research_note' AND n.id = page.id`,
      );
    }
    const sql = `
      WITH q AS (
        SELECT websearch_to_tsquery('english', $1) AS all_words,
               coalesce(nullif(replace(plainto_tsquery('english', $1)::text, ' & ', ' | '), ''), '')::tsquery AS any_word
      ), candidates AS (
        ${candidates.join('\n        UNION ALL\n        ')}
      ), page AS (
        SELECT c.kind, c.id, c.title,
               ts_rank_cd(c.doc, q.any_word, 32) + CASE WHEN c.doc @@ q.all_words THEN 1 ELSE 0 END AS rank,
               count(*) OVER ()::int AS total
          FROM candidates c, q
         ORDER BY rank DESC, c.title, c.id
         OFFSET $2 LIMIT $3
      )
      SELECT page.kind, page.id, page.title, d.vendor_id, d.vendor_name, d.product_id, page.rank::float AS rank, page.total,
             ts_headline('english', page.title || ' — ' || d.body, (SELECT any_word FROM q), '${HEADLINE}') AS snippet
        FROM page
        CROSS JOIN LATERAL (${details.join(' UNION ALL ')}) d
       ORDER BY page.rank DESC, page.title, page.id`;
    const rows: {
      kind: SearchKind;
      id: string;
      title: string;
      vendor_id: string;
      vendor_name: string;
      product_id: string | null;
      rank: number;
      total: number;
      snippet: string;
    }[] = await this.dataSource.query(sql, [input.text, page.offset, page.limit]);
    const total = rows[0]?.total ?? (page.offset > 0 ? await this.countOnly(actor, input, kinds) : 0);
    const items: SearchHit[] = rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      vendorId: row.vendor_id,
      vendorName: row.vendor_name,
      productId: row.product_id,
      rank: Math.round(row.rank * 10000) / 10000,
      snippet: segments(row.snippet),
    }));
    return { items, total };
  }

  /** The total when the page is past the end (no row carries it). */
  private async countOnly(actor: RequestActor, input: CatalogSearchInput, kinds: SearchKind[]): Promise<number> {
    return (await this.search(actor, { ...input, kinds }, { offset: 0, limit: 1 })).total;
  }
}

/** Splits a ts_headline result into plain and matched pieces, so clients never render markup. */
export function segments(headline: string): TextSegment[] {
  const out: TextSegment[] = [];
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(START);
    if (start < 0) {
      out.push({ text: rest, match: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(STOP, start + 1);
    const end = stop < 0 ? rest.length : stop;
    out.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop < 0 ? '' : rest.slice(stop + 1);
  }
  return out.filter((segment) => segment.text.length > 0);
}
