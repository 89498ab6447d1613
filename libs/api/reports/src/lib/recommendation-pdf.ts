import { conflictSummary, type RecommendationEvidence, type RecommendationReport } from '@assay/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import pdfmake = require('pdfmake');
import { isReportFont, REPORT_FONTS } from './report-fonts';
import {
  byRank,
  claimLabel,
  coefficient,
  DISAGREEMENT_LABELS,
  fixed,
  instant,
  money,
  OUTCOME_LABELS,
  percent,
  points,
  ROUNDING_NOTE,
  rubricTree,
  SEVERITIES,
  SEVERITY_LABELS,
  statusLabel,
  total,
  VERDICT_LABELS,
} from './report-format';

/** A4 in points, less the page margins: the width every table and the chart share. */
const PAGE_MARGINS: [number, number, number, number] = [48, 56, 48, 52];
const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const BAR_WIDTH = 260;
const BAR_HEIGHT = 9;
const MUTED = '#5f6368';
const BAR = '#3f51b5';
/** Share of the page's height below which a heading no longer starts (it would stand alone). */
const HEADING_BOTTOM = 0.85;

/**
 * The recommendation report as a PDF: the cover with the decision (or the draft's mark) and its
 * approvers, the lead's text, then the evidence section by section and the rubric as an appendix.
 * Every figure comes from the snapshot and is rounded as the cover says. A draft carries a
 * watermark on every page. The layout is linear in the size of the snapshot (tables, one bar per
 * candidate), so a large evaluation makes a long report, not a slow one.
 */
export async function renderRecommendationPdf(report: RecommendationReport): Promise<Buffer> {
  const document = recommendationDocument(report);
  // pdfmake's printer is one object per process: its fonts and access policies are set for each
  // report, immediately before the (synchronous) createPdf reads them.
  pdfmake.setFonts(REPORT_FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isReportFont);
  return pdfmake.createPdf(document).getBuffer();
}

/** The pdfmake document of a report (exported for the tests of its structure). */
export function recommendationDocument(report: RecommendationReport): TDocumentDefinitions {
  const { evidence } = report.snapshot;
  const title = evidence.evaluation.title;
  const draft = report.kind === 'draft';
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${title} — ${draft ? 'draft recommendation' : 'decision'}`,
      subject: 'Recommendation report',
      creator: 'Assay',
      producer: 'Assay',
    },
    ...(draft ? { watermark: { text: 'DRAFT', opacity: 0.08, bold: true } } : {}),
    header: () => ({
      columns: [
        { text: title, width: '*' },
        { text: draft ? 'DRAFT — not a decision' : 'Decision', width: 'auto', alignment: 'right' },
      ],
      margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
      fontSize: 8,
      color: MUTED,
    }),
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        {
          text: `Version ${report.snapshot.version} · generated ${instant(report.generatedAt)}`,
          width: '*',
        },
        { text: `Page ${currentPage} of ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
      margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
      fontSize: 8,
      color: MUTED,
    }),
    // A heading that would start in the last lines of a page starts the next one instead. It
    // looks at the heading's own position only (not at the nodes after it), and each heading moves
    // at most once, so the layout is repeated at most once per heading.
    pageBreakBefore: (node) => node.headlineLevel === 1 && (node.startPosition.verticalRatio ?? 0) > HEADING_BOTTOM,
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 40, 0, 8] },
      status: { fontSize: 14, bold: true, margin: [0, 0, 0, 16] },
      draft: { color: '#b3261e' },
      h1: { fontSize: 14, bold: true, margin: [0, 16, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      th: { bold: true, fillColor: '#eeeeee' },
      muted: { color: MUTED },
      empty: { italics: true, color: MUTED, margin: [0, 0, 0, 4] },
    },
    content: [
      ...cover(report),
      { text: '', pageBreak: 'after' },
      ...recommendationText(report),
      ...ranking(evidence),
      ...stability(evidence),
      ...agreement(evidence),
      ...acceptance(evidence),
      ...defects(evidence),
      ...claims(evidence),
      ...references(evidence),
      ...training(evidence),
      ...costs(evidence),
      ...conflictsOfInterest(evidence),
      ...reviews(report),
      ...rubric(evidence),
    ],
  };
}

function cover(report: RecommendationReport): Content[] {
  const { snapshot } = report;
  const draft = report.kind === 'draft';
  const recommended: Content =
    snapshot.text.candidateId === null
      ? {
          stack: [
            { text: [{ text: 'Recommended: ', bold: true }, 'None of them'] },
            { text: [{ text: 'Reason: ', bold: true }, snapshot.text.noneReason || '—'] },
          ],
        }
      : {
          text: [{ text: 'Recommended: ', bold: true }, snapshot.candidateName ?? snapshot.text.candidateId ?? '—'],
          fontSize: 13,
        };
  return [
    { text: snapshot.evidence.evaluation.title, style: 'title' },
    { text: statusLabel(report), style: draft ? ['status', 'draft'] : 'status' },
    recommended,
    {
      margin: [0, 12, 0, 0],
      table: {
        widths: [130, '*'],
        body: [
          ['Version', String(snapshot.version)],
          ['Submitted by', report.submittedBy ?? '—'],
          ['Submitted at', instant(report.submittedAt)],
          ['Decided at', draft ? 'Not decided (under review)' : instant(report.decidedAt)],
          ['Required approvals', `${report.requiredApprovals} (${report.approvals.length} given)`],
          ['Evidence assembled at', instant(snapshot.evidence.assembledAt)],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: draft ? 'Approvals so far' : 'Approved by', style: 'h2' },
    report.approvals.length
      ? table(
          ['Director', 'Approved at', 'Comment'],
          [100, 90, '*'],
          report.approvals.map((a) => [a.director, instant(a.at), a.comment || '—']),
        )
      : empty(draft ? 'No director has approved this version yet.' : 'No approvals recorded.'),
    { text: ROUNDING_NOTE, style: 'muted', fontSize: 8, margin: [0, 24, 0, 0] },
  ];
}

function recommendationText(report: RecommendationReport): Content[] {
  const { text } = report.snapshot;
  return [
    heading('Recommendation'),
    subheading('Rationale'),
    paragraph(text.rationale, 'No rationale given.'),
    subheading('Risks and mitigations'),
    text.risks.length
      ? table(
          ['Risk', 'Mitigation'],
          ['*', '*'],
          text.risks.map((r) => [r.risk, r.mitigation || '—']),
        )
      : empty('No risks recorded.'),
    subheading('Conditions'),
    paragraph(text.conditions, 'No conditions.'),
    subheading('Cost notes'),
    paragraph(text.costNotes, 'No cost notes.'),
  ];
}

function ranking(evidence: RecommendationEvidence): Content[] {
  const { ranking } = evidence;
  if (!ranking) return [heading('Ranking'), empty('No round is revealed: there is no ranking.')];
  const ordered = byRank(ranking.candidates);
  const winner = ranking.candidates.find((c) => c.id === ranking.winnerId);
  return [
    heading('Ranking'),
    {
      text: `Round ${ranking.roundNumber}. ${winner ? `Ranked first: ${winner.name}.` : 'No candidate is ranked.'} Totals are weighted scores out of 100.`,
      margin: [0, 0, 0, 6],
    },
    ordered.length
      ? table(
          ['Rank', 'Candidate', 'Total', 'Completeness', 'Knockouts'],
          [32, '*', 44, 70, 150],
          ordered.map((c) => [
            c.rank === null ? '—' : String(c.rank),
            c.name,
            { text: total(c.total), alignment: 'right' },
            { text: percent(c.completeness), alignment: 'right' },
            c.knockedOut ? (c.knockouts.length ? c.knockouts.join('; ') : 'Knocked out') : 'None',
          ]),
        )
      : empty('No candidates in the ranking.'),
    ...(ordered.some((c) => c.total !== null) ? [subheading('Totals (bars out of 100)'), barChart(ordered)] : []),
  ];
}

/** One horizontal bar per candidate, its length the total out of 100, drawn as vectors. */
function barChart(candidates: { name: string; total: number | null; knockedOut: boolean }[]): Content {
  return {
    table: {
      widths: [CONTENT_WIDTH - BAR_WIDTH - 60, BAR_WIDTH, 40],
      body: candidates.map((c) => {
        const value = c.total === null || !Number.isFinite(c.total) ? 0 : Math.min(100, Math.max(0, c.total));
        const width = (value / 100) * BAR_WIDTH;
        return [
          { text: c.name, fontSize: 8, noWrap: false },
          {
            canvas: [
              { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: BAR_HEIGHT, color: '#f1f1f1' },
              ...(width > 0
                ? [
                    {
                      type: 'rect' as const,
                      x: 0,
                      y: 1,
                      w: width,
                      h: BAR_HEIGHT,
                      color: c.knockedOut ? '#9e9e9e' : BAR,
                    },
                  ]
                : []),
            ],
          },
          { text: total(c.total), fontSize: 8, alignment: 'right' },
        ];
      }),
    },
    layout: 'noBorders',
  };
}

function stability(evidence: RecommendationEvidence): Content[] {
  const { ranking } = evidence;
  const out: Content[] = [heading('Stability of the winner')];
  if (!ranking) return [...out, empty('No ranking: nothing to test.')];
  out.push(
    ranking.stability.length
      ? table(
          ['Every weight moved by', 'Winner stays first'],
          [120, '*'],
          ranking.stability.map((s) => [`±${fixed(s.change * 100, 1)}%`, s.stable ? 'Yes' : 'No']),
        )
      : empty('No stability test recorded.'),
    subheading('Tie points between the top two'),
    ranking.tiePoints.length
      ? table(
          ['Criterion', 'Weight', 'Tie at', 'Change'],
          ['*', 60, 60, 70],
          ranking.tiePoints.map((t) => [
            t.criterion,
            { text: percent(t.weight), alignment: 'right' },
            { text: percent(t.tieWeight), alignment: 'right' },
            { text: points(t.change), alignment: 'right' },
          ]),
        )
      : empty('No weight change within range makes the top two swap.'),
    subheading('Without the consensus scores'),
  );
  const without = ranking.candidates.find((c) => c.id === ranking.winnerWithoutConsensusId)?.name;
  out.push({
    text:
      ranking.consensusCount === 0
        ? 'The ranking uses no consensus score.'
        : `The ranking uses ${ranking.consensusCount} consensus score${ranking.consensusCount === 1 ? '' : 's'}. ` +
          (ranking.holdsWithoutConsensus
            ? 'Without them the winner is still first.'
            : `Without them the winner is not first${without ? `: ${without} would be` : ''}.`),
  });
  return out;
}

function agreement(evidence: RecommendationEvidence): Content[] {
  const { ranking } = evidence;
  if (!ranking) return [heading('Agreement of the panel'), empty('No ranking: no agreement to report.')];
  const a = ranking.agreement;
  return [
    heading('Agreement of the panel'),
    table(
      ['Measure', 'Value'],
      ['*', 80],
      [
        ['Krippendorff’s α (all scores)', { text: coefficient(a.alpha), alignment: 'right' }],
        ['Kendall’s W (rankings of the candidates)', { text: coefficient(a.kendallW), alignment: 'right' }],
        ['p-value of W', { text: coefficient(a.kendallP, true), alignment: 'right' }],
      ],
    ),
    subheading('Criteria with low agreement'),
    a.lowAgreement.length
      ? table(
          ['Criterion', 'α'],
          ['*', 80],
          a.lowAgreement.map((l) => [l.criterion, { text: coefficient(l.alpha), alignment: 'right' }]),
        )
      : empty('No criterion has low agreement.'),
  ];
}

function acceptance(evidence: RecommendationEvidence): Content[] {
  const out: Content[] = [heading('Acceptance')];
  if (!evidence.acceptance.length) return [...out, empty('No acceptance verdicts recorded.')];
  for (const a of evidence.acceptance) {
    out.push(
      {
        text: [
          { text: `${a.name}: `, bold: true },
          { text: VERDICT_LABELS[a.verdict] ?? a.verdict, bold: true },
        ],
        margin: [0, 8, 0, 2],
        fontSize: 10.5,
      },
      {
        text:
          a.passRate === null
            ? `No test passed or failed (${a.passed} passed, ${a.failed} failed).`
            : `Pass rate ${fixed(a.passRate, 1)}% (${a.passed} passed, ${a.failed} failed).`,
        style: 'muted',
      },
      a.reasons.length ? { ul: a.reasons.map(prose), margin: [0, 2, 0, 2] } : empty('No reasons given.'),
      a.waivers.length
        ? table(
            ['Waived requirement', 'Rationale', 'Agreed by', 'Agreed at'],
            [110, '*', 80, 80],
            a.waivers.map((w) => [w.requirement, w.rationale, w.agreedBy ?? '—', instant(w.agreedAt)]),
          )
        : empty('No waivers.'),
      a.signOffs.length
        ? table(
            ['Sign-off', 'By', 'At', 'Comment'],
            [80, 90, 80, '*'],
            a.signOffs.map((s) => [s.role, s.by, instant(s.at), s.comment || '—']),
          )
        : empty('No sign-offs.'),
    );
  }
  return out;
}

function defects(evidence: RecommendationEvidence): Content[] {
  const rows = evidence.defects;
  if (!rows.length) return [heading('Open defects'), empty('No open defects.')];
  return [
    heading('Open defects'),
    table(
      ['Candidate', ...SEVERITIES.map((s) => SEVERITY_LABELS[s]), 'Total'],
      ['*', ...SEVERITIES.map(() => 48), 48],
      rows.map((d) => [
        d.name,
        ...SEVERITIES.map((s) => ({ text: String(d.open[s] ?? 0), alignment: 'right' as const })),
        { text: String(SEVERITIES.reduce((sum, s) => sum + (d.open[s] ?? 0), 0)), alignment: 'right' },
      ]),
    ),
  ];
}

function claims(evidence: RecommendationEvidence): Content[] {
  const rows = evidence.contradictedClaims;
  if (!rows.length) return [heading('Vendor claims the tests contradicted'), empty('No claim was contradicted.')];
  return [
    heading('Vendor claims the tests contradicted'),
    table(
      ['Candidate', 'Requirement', 'Vendor claimed', 'Contradiction'],
      [100, '*', 80, 100],
      rows.map((c) => [
        c.candidate,
        c.requirement,
        claimLabel(c.claim),
        DISAGREEMENT_LABELS[c.disagreement] ?? c.disagreement,
      ]),
    ),
  ];
}

function references(evidence: RecommendationEvidence): Content[] {
  const rows = evidence.referenceChecks;
  if (!rows.length) return [heading('Reference checks'), empty('No reference checks recorded.')];
  return [
    heading('Reference checks'),
    table(
      ['Candidate', 'Library', 'Checked on', 'Rating', 'Summary'],
      [90, 100, 60, 40, '*'],
      rows.map((r) => [
        r.candidate,
        r.library,
        instant(r.checkedOn),
        { text: `${r.rating} / 5`, alignment: 'right' },
        r.summary ?? '—',
      ]),
    ),
  ];
}

function training(evidence: RecommendationEvidence): Content[] {
  const rows = evidence.trainingNeeds;
  if (!rows.length) return [heading('Training needs'), empty('No training needs recorded.')];
  return [
    heading('Training needs'),
    table(
      ['Candidate', 'Department', 'Topic', 'People', 'Hours each', 'Hours'],
      [80, 80, '*', 40, 50, 45],
      rows.map((t) => [
        t.candidate,
        t.department,
        t.topic,
        { text: String(t.people), alignment: 'right' },
        { text: fixed(t.hoursPerPerson, 1), alignment: 'right' },
        { text: fixed(t.people * t.hoursPerPerson, 1), alignment: 'right' },
      ]),
    ),
  ];
}

function costs(evidence: RecommendationEvidence): Content[] {
  const { currency, costYears } = evidence.evaluation;
  const rows = evidence.costs;
  const heading1 = heading('Total cost of ownership');
  if (!rows.length) return [heading1, empty('No costs recorded.')];
  return [
    heading1,
    {
      text: `Over ${costYears === null ? 'the evaluation’s period' : `${costYears} year${costYears === 1 ? '' : 's'}`}, in ${currency}.`,
      margin: [0, 0, 0, 6],
    },
    table(
      ['Candidate', `Total (${currency})`, 'Score per 10,000'],
      ['*', 110, 90],
      rows.map((c) => [
        c.name,
        { text: money(c.total, currency), alignment: 'right' },
        { text: fixed(c.scorePerTenThousand, 2), alignment: 'right' },
      ]),
    ),
  ];
}

function conflictsOfInterest(evidence: RecommendationEvidence): Content[] {
  const { conflicts, noConflict } = conflictSummary(evidence);
  const none = noConflict.declarations
    ? [
        {
          text: `${noConflict.evaluators} ${noConflict.evaluators === 1 ? 'evaluator' : 'evaluators'} declared no conflict (${noConflict.declarations} ${noConflict.declarations === 1 ? 'declaration' : 'declarations'}).`,
          style: 'muted',
        },
      ]
    : [];
  if (!conflicts.length)
    return [heading('Conflicts of interest'), empty('No evaluator declared a conflict of interest.'), ...none];
  return [
    heading('Conflicts of interest'),
    table(
      ['Evaluator', 'Vendor', 'Conflict declared', 'Declared on', 'Scores of the vendor’s candidates'],
      [80, 80, '*', 60, 130],
      conflicts.map((c) => [
        c.evaluator,
        c.vendor,
        c.description,
        instant(c.declaredAt),
        c.override ? `Counted: ${c.override.by} allowed it, “${c.override.reason}”` : 'Left out',
      ]),
    ),
    ...none,
  ];
}

function reviews(report: RecommendationReport): Content[] {
  if (!report.reviews.length) return [heading('Review history'), empty('No director has reviewed this version yet.')];
  return [
    heading('Review history'),
    table(
      ['Director', 'Outcome', 'At', 'Comment'],
      [90, 80, 80, '*'],
      report.reviews.map((r) => [r.director, OUTCOME_LABELS[r.outcome] ?? r.outcome, instant(r.at), r.comment || '—']),
    ),
  ];
}

function rubric(evidence: RecommendationEvidence): Content[] {
  const out: Content[] = [{ text: 'Appendix: the rubric', style: 'h1', pageBreak: 'before' }];
  if (!evidence.rubric.length) return [...out, empty('No frozen rubric: the evaluation was not scored.')];
  out.push({
    text: 'Local weight: the criterion’s share of its parent. Global weight: its share of the whole rubric.',
    style: 'muted',
    margin: [0, 0, 0, 6],
  });
  out.push(
    table(
      ['Criterion', 'Local', 'Global'],
      ['*', 55, 55],
      rubricTree(evidence.rubric).map(({ criterion, depth }) => [
        { text: criterion.name, margin: [Math.min(depth, 8) * 10, 0, 0, 0], bold: depth === 0 },
        { text: percent(criterion.localWeight), alignment: 'right' },
        { text: percent(criterion.globalWeight), alignment: 'right' },
      ]),
    ),
  );
  return out;
}

function heading(text: string): Content {
  return { text, style: 'h1', headlineLevel: 1 };
}

function subheading(text: string): Content {
  return { text, style: 'h2', headlineLevel: 1 };
}

function empty(text: string): Content {
  return { text, style: 'empty' };
}

function paragraph(text: string, none: string): Content {
  return text.trim() ? { ...prose(text), margin: [0, 0, 0, 4] } : empty(none);
}

/** A token longer than this (a URL, a path) could not wrap at spaces and would be cut at the cell's edge. */
const LONG_TOKEN = /\S{40,}/;

/** Free text as a cell: it wraps at spaces, or anywhere when it holds a token too long for that. */
function prose(text: string): { text: string; wordBreak?: 'break-all' } {
  return LONG_TOKEN.test(text) ? { text, wordBreak: 'break-all' } : { text };
}

/** A table with a header row repeated on each page; a row longer than a page continues on the next. */
function table(headers: string[], widths: (number | '*' | 'auto')[], rows: TableCell[][]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      // A header sits over its figures: right-aligned where the first row's cell is.
      body: [
        headers.map((h, i) => ({ text: h, style: 'th', alignment: alignmentOf(rows[0]?.[i]) })),
        ...rows.map((row) => row.map((cell) => (typeof cell === 'string' ? prose(cell) : cell))),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 6],
  };
}

function alignmentOf(cell: TableCell | undefined): 'left' | 'right' {
  return typeof cell === 'object' && cell !== null && 'alignment' in cell && cell.alignment === 'right'
    ? 'right'
    : 'left';
}
