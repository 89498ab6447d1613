import { GlobalRole } from '@assay/domain';
import { AccessPolicy, DEFAULT_PAGE, PageInput, RequestActor } from '@assay/api/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CatalogSearchInput } from './search.inputs';
import { SearchHit, SearchKind, SearchResult, TextSegment } from './search.types';

const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const ALL_KINDS: SearchKind[] = ['vendor', 'product', 'research_note', 'requirement', 'test_case'];
/** A requirement's code or a test case's key typed exactly puts that item above every word match. */
const EXACT_BONUS = 10;

/** A test case version's words; the same expression as the index ix_test_case_version_search. */
function CASE_DOC(alias: string): string {
  return `(setweight(to_tsvector('english', ${alias}.title), 'A') ||
        setweight(to_tsvector('english', ${alias}.preconditions), 'B') ||
        setweight(jsonb_to_tsvector('english', ${alias}.steps, '["string"]'), 'B'))`;
}

/**
 * One search over vendors, products, research notes, requirements and test cases, with PostgreSQL
 * full-text search; requirements and cases only where the person may read them.
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
    const kinds: SearchKind[] = input.kinds && input.kinds.length > 0 ? input.kinds : ALL_KINDS;
    // all: websearch syntax (AND, "phrases", -not); any: the same words OR-ed, so partial matches still show.
    // Each kind is matched through its GIN index (the tsquery comes from an InitPlan, so it can be an
    // index condition); the ranked list carries only narrow columns, and bodies are read for the page alone.
    const ANY = '(SELECT any_word FROM q)';
    // Who may see what, decided in the query itself so that neither the hits nor the total ever
    // count a row the person may not read: administrators read every evaluation and plan; others
    // the evaluations they hold a role in (the access policy's own reading of memberships) and the
    // product plans they are named on.
    const ADMIN = '$4::boolean';
    const MINE = '$5::uuid[]';
    const ACTOR = '$6::uuid';
    const candidates: string[] = [];
    const details: string[] = [];
    if (kinds.includes('vendor')) {
      candidates.push(
        `SELECT 'vendor' AS kind, v.id, v.name AS title, v.search AS doc, false AS exact FROM vendor v WHERE v.archived_at IS NULL AND v.search @@ ${ANY}`,
      );
      details.push(`SELECT v.id AS vendor_id, v.name AS vendor_name, NULL::uuid AS product_id, NULL::uuid AS evaluation_id, NULL::uuid AS plan_id,
                           concat_ws(' · ', v.headquarters, v.support_model, v.company_notes) AS body
                       FROM vendor v WHERE page.kind = 'vendor' AND v.id = page.id`);
    }
    if (kinds.includes('product')) {
      candidates.push(`SELECT 'product' AS kind, p.id, p.name AS title, p.search AS doc, false AS exact FROM product p JOIN vendor v ON v.id = p.vendor_id
                        WHERE p.archived_at IS NULL AND v.archived_at IS NULL AND p.search @@ ${ANY}`);
      details.push(
        `SELECT v.id AS vendor_id, v.name AS vendor_name, p.id AS product_id, NULL::uuid AS evaluation_id, NULL::uuid AS plan_id, coalesce(p.description, '') AS body
           FROM product p JOIN vendor v ON v.id = p.vendor_id WHERE page.kind = 'product' AND p.id = page.id`,
      );
    }
    if (kinds.includes('research_note')) {
      candidates.push(`SELECT 'research_note' AS kind, n.id, n.title, n.search AS doc, false AS exact FROM research_note n JOIN vendor v ON v.id = n.vendor_id
                        WHERE n.archived_at IS NULL AND v.archived_at IS NULL AND n.search @@ ${ANY}`);
      details.push(
        `SELECT v.id AS vendor_id, v.name AS vendor_name, n.product_id, NULL::uuid AS evaluation_id, NULL::uuid AS plan_id, n.body
           FROM research_note n JOIN vendor v ON v.id = n.vendor_id WHERE page.kind = 'research_note' AND n.id = page.id`,
      );
    }
    if (kinds.includes('requirement')) {
      candidates.push(`SELECT 'requirement' AS kind, r.id, r.code || ' ' || r.title AS title, r.search AS doc,
                              r.code = upper((SELECT typed FROM q)) AS exact
                         FROM requirement r
                        WHERE r.search @@ ${ANY} AND (${ADMIN} OR r.evaluation_id = ANY (${MINE}))`);
      details.push(
        `SELECT NULL::uuid AS vendor_id, NULL::text AS vendor_name, NULL::uuid AS product_id, r.evaluation_id, NULL::uuid AS plan_id,
                concat_ws(' · ', nullif(r.description, ''), nullif(r.category, ''), nullif(r.rationale, '')) AS body
           FROM requirement r WHERE page.kind = 'requirement' AND r.id = page.id`,
      );
    }
    if (kinds.includes('test_case')) {
      // A case matches by its key or by the words of its current version; either side is found
      // through its own index, then the current version's document is ranked with the key in it.
      candidates.push(`SELECT 'test_case' AS kind, c.id, c.key || ' ' || cv.title AS title,
                              setweight(to_tsvector('simple', c.key), 'A') || ${CASE_DOC('cv')} AS doc,
                              upper(c.key) = upper((SELECT typed FROM q)) AS exact
                         FROM test_case c
                         JOIN test_case_version cv ON cv.case_id = c.id AND cv.case_version = c.current_version
                         JOIN test_plan tp ON tp.id = c.plan_id
                        WHERE c.archived_at IS NULL
                          AND c.id IN (SELECT m.case_id FROM test_case_version m WHERE ${CASE_DOC('m')} @@ ${ANY}
                                       UNION SELECT k.id FROM test_case k WHERE to_tsvector('simple', k.key) @@ ${ANY})
                          AND (setweight(to_tsvector('simple', c.key), 'A') || ${CASE_DOC('cv')}) @@ ${ANY}
                          AND (${ADMIN}
                               OR tp.evaluation_id = ANY (${MINE})
                               OR (tp.product_id IS NOT NULL
                                   AND EXISTS (SELECT 1 FROM test_plan_member pm WHERE pm.plan_id = tp.id AND pm.user_id = ${ACTOR})))`);
      details.push(
        `SELECT NULL::uuid AS vendor_id, NULL::text AS vendor_name, NULL::uuid AS product_id, tp.evaluation_id, tp.id AS plan_id,
                concat_ws(' · ', nullif(cv.preconditions, ''),
                          (SELECT string_agg(concat_ws(' → ', nullif(s->>'action', ''), nullif(s->>'expected', '')), ' · ')
                             FROM jsonb_array_elements(cv.steps) s)) AS body
           FROM test_case c
           JOIN test_case_version cv ON cv.case_id = c.id AND cv.case_version = c.current_version
           JOIN test_plan tp ON tp.id = c.plan_id
          WHERE page.kind = 'test_case' AND c.id = page.id`,
      );
    }
    const sql = `
      WITH q AS (
        SELECT websearch_to_tsquery('english', $1) AS all_words,
               coalesce(nullif(replace(plainto_tsquery('english', $1)::text, ' & ', ' | '), ''), '')::tsquery AS any_word,
               trim($1::text) AS typed,
               -- named here too, so that every parameter is typed when no kind that reads them was asked for
               $4::boolean AS admin, $5::uuid[] AS evaluations, $6::uuid AS actor
      ), candidates AS (
        ${candidates.join('\n        UNION ALL\n        ')}
      ), page AS (
        SELECT c.kind, c.id, c.title,
               ts_rank_cd(c.doc, q.any_word, 32) + CASE WHEN c.doc @@ q.all_words THEN 1 ELSE 0 END
                 + CASE WHEN c.exact THEN ${EXACT_BONUS} ELSE 0 END AS rank,
               count(*) OVER ()::int AS total
          FROM candidates c, q
         ORDER BY rank DESC, c.title, c.id
         OFFSET $2 LIMIT $3
      )
      SELECT page.kind, page.id, page.title, d.vendor_id, d.vendor_name, d.product_id, d.evaluation_id, d.plan_id,
             page.rank::float AS rank, page.total,
             ts_headline('english', page.title || ' — ' || coalesce(d.body, ''), (SELECT any_word FROM q), '${HEADLINE}') AS snippet
        FROM page
        CROSS JOIN LATERAL (${details.join(' UNION ALL ')}) d
       ORDER BY page.rank DESC, page.title, page.id`;
    const admin = actor.globalRole === GlobalRole.Admin;
    const evaluations = admin ? [] : await this.access.evaluationsOf(actor);
    const rows: {
      kind: SearchKind;
      id: string;
      title: string;
      vendor_id: string | null;
      vendor_name: string | null;
      product_id: string | null;
      evaluation_id: string | null;
      plan_id: string | null;
      rank: number;
      total: number;
      snippet: string;
    }[] = await this.dataSource.query(sql, [input.text, page.offset, page.limit, admin, evaluations, actor.id]);
    const total = rows[0]?.total ?? (page.offset > 0 ? await this.countOnly(actor, input, kinds) : 0);
    const items: SearchHit[] = rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      vendorId: row.vendor_id,
      vendorName: row.vendor_name,
      productId: row.product_id,
      evaluationId: row.evaluation_id,
      planId: row.plan_id,
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
