import { spreadsheetText } from '@assay/api/core';
import type { RecommendationReport } from '@assay/domain';
import { Workbook, Worksheet } from 'exceljs';
import {
  byRank,
  claimLabel,
  dateCell,
  DISAGREEMENT_LABELS,
  OUTCOME_LABELS,
  rubricTree,
  SEVERITIES,
  SEVERITY_LABELS,
  statusLabel,
  VERDICT_LABELS,
} from './report-format';

type Cell = string | number | Date | null;

/** A sheet's columns: header, width, and a number format for numeric (or date) columns. */
interface Column {
  header: string;
  width: number;
  format?: string;
}

const DATE = 'yyyy-mm-dd hh:mm';
const DAY = 'yyyy-mm-dd';
const SHARE = '0.0%';
const TOTAL = '0.0';
const COEFFICIENT = '0.000';

/**
 * The recommendation report's data as a workbook, one sheet per section of the PDF. Figures are
 * the snapshot's, unrounded, as numbers (shares as fractions shown in %, totals out of 100, amounts
 * in the evaluation's currency), with number formats for display only; instants are dates in UTC.
 * Every text cell is written so that no spreadsheet runs it as a formula.
 */
export async function renderRecommendationXlsx(report: RecommendationReport): Promise<Buffer> {
  const { snapshot } = report;
  const { evidence, text } = snapshot;
  const { ranking } = evidence;
  const currency = evidence.evaluation.currency;
  const workbook = new Workbook();
  workbook.creator = 'Assay';
  const generated = dateCell(report.generatedAt);
  workbook.created = generated instanceof Date ? generated : new Date();

  const summary: Cell[][] = [
    ['Evaluation', evidence.evaluation.title],
    ['Status', statusLabel(report)],
    ['Version', snapshot.version],
    ['Recommended', snapshot.text.candidateId === null ? 'None of them' : (snapshot.candidateName ?? text.candidateId)],
    ...(text.candidateId === null ? [['Reason for none', text.noneReason] as Cell[]] : []),
    ['Rationale', text.rationale],
    ['Conditions', text.conditions],
    ['Cost notes', text.costNotes],
    ['Submitted by', report.submittedBy],
    ['Submitted at', dateCell(report.submittedAt)],
    ['Decided at', report.kind === 'decision' ? dateCell(report.decidedAt) : 'Not decided (under review)'],
    ['Required approvals', report.requiredApprovals],
    ['Approvals given', report.approvals.length],
    ...report.approvals.map((a, i) => [`Approval ${i + 1}`, a.director, dateCell(a.at), a.comment]),
    ...text.risks.flatMap((r, i) => [
      [`Risk ${i + 1}`, r.risk],
      [`Mitigation ${i + 1}`, r.mitigation],
    ]),
    ['Currency', currency],
    ['Cost period (years)', evidence.evaluation.costYears],
    ['Evidence assembled at', dateCell(evidence.assembledAt)],
    ['Generated at', dateCell(report.generatedAt)],
  ];
  sheet(
    workbook,
    'Summary',
    [
      { header: 'Item', width: 24 },
      { header: 'Value', width: 60 },
      { header: 'At', width: 18, format: DATE },
      { header: 'Comment', width: 60 },
    ],
    summary,
  ).eachRow((row) => {
    // A date in the value column (submitted, decided, assembled) reads as one.
    const value = row.getCell(2);
    if (value.value instanceof Date) value.numFmt = DATE;
  });

  sheet(
    workbook,
    'Ranking',
    [
      { header: 'Rank', width: 6 },
      { header: 'Candidate', width: 36 },
      { header: 'Total (0–100)', width: 14, format: TOTAL },
      { header: 'Completeness', width: 14, format: SHARE },
      { header: 'Knocked out', width: 12 },
      { header: 'Knockouts', width: 60 },
    ],
    ranking
      ? byRank(ranking.candidates).map((c) => [
          c.rank,
          c.name,
          c.total,
          c.completeness,
          c.knockedOut ? 'Yes' : 'No',
          c.knockouts.join('; ') || null,
        ])
      : [],
  );

  const winnerWithout = ranking?.candidates.find((c) => c.id === ranking.winnerWithoutConsensusId)?.name ?? null;
  sheet(
    workbook,
    'Stability',
    [
      { header: 'Criterion', width: 40 },
      { header: 'Weight', width: 12, format: SHARE },
      { header: 'Tie weight', width: 12, format: SHARE },
      { header: 'Change', width: 12, format: SHARE },
    ],
    ranking
      ? [
          ...ranking.tiePoints.map((t) => [t.criterion, t.weight, t.tieWeight, t.change]),
          [],
          ['Every weight moved by', 'Winner stays first'],
          ...ranking.stability.map((s) => [s.change, s.stable ? 'Yes' : 'No']),
          [],
          ['Consensus scores used', ranking.consensusCount],
          ['Winner holds without them', ranking.holdsWithoutConsensus ? 'Yes' : 'No'],
          ['First without them', winnerWithout],
        ]
      : [],
  ).eachRow((row) => {
    // The stability rows' first cell is a share (±10%), not a criterion; the count is a count.
    const first = row.getCell(1);
    if (typeof first.value === 'number') first.numFmt = '"±"0%';
    if (first.value === 'Consensus scores used') row.getCell(2).numFmt = '0';
  });

  sheet(
    workbook,
    'Agreement',
    [
      { header: 'Measure or criterion', width: 40 },
      { header: 'Value', width: 12, format: COEFFICIENT },
      { header: 'Low agreement', width: 14 },
    ],
    ranking
      ? [
          ['Krippendorff’s alpha (all scores)', ranking.agreement.alpha],
          ['Kendall’s W', ranking.agreement.kendallW],
          ['Kendall’s W p-value', ranking.agreement.kendallP],
          [],
          ...ranking.agreement.lowAgreement.map((l) => [l.criterion, l.alpha, 'Yes']),
        ]
      : [],
  );

  const acceptance = sheet(
    workbook,
    'Acceptance',
    [
      { header: 'Candidate', width: 36 },
      { header: 'Verdict', width: 22 },
      { header: 'Pass rate %', width: 12, format: '0.0' },
      { header: 'Passed', width: 10 },
      { header: 'Failed', width: 10 },
      { header: 'Reasons', width: 80 },
    ],
    evidence.acceptance.map((a) => [
      a.name,
      VERDICT_LABELS[a.verdict] ?? a.verdict,
      a.passRate,
      a.passed,
      a.failed,
      a.reasons.join('\n'),
    ]),
  );
  const waivers = evidence.acceptance.flatMap((a) =>
    a.waivers.map((w) => [a.name, w.requirement, w.rationale, w.agreedBy, dateCell(w.agreedAt)]),
  );
  const signOffs = evidence.acceptance.flatMap((a) =>
    a.signOffs.map((s) => [a.name, s.role, s.by, dateCell(s.at), s.comment]),
  );
  subTable(acceptance, ['Candidate', 'Waived requirement', 'Rationale', 'Agreed by', 'Agreed at'], waivers);
  subTable(acceptance, ['Candidate', 'Sign-off', 'By', 'At', 'Comment'], signOffs);

  sheet(
    workbook,
    'Defects',
    [
      { header: 'Candidate', width: 36 },
      ...SEVERITIES.map((s) => ({ header: `Open ${SEVERITY_LABELS[s].toLowerCase()}`, width: 14 })),
      { header: 'Open, total', width: 12 },
    ],
    evidence.defects.map((d) => [
      d.name,
      ...SEVERITIES.map((s) => d.open[s] ?? 0),
      SEVERITIES.reduce((sum, s) => sum + (d.open[s] ?? 0), 0),
    ]),
  );

  sheet(
    workbook,
    'Claims',
    [
      { header: 'Candidate', width: 36 },
      { header: 'Requirement', width: 50 },
      { header: 'Vendor claimed', width: 18 },
      { header: 'Contradiction', width: 26 },
    ],
    evidence.contradictedClaims.map((c) => [
      c.candidate,
      c.requirement,
      claimLabel(c.claim),
      DISAGREEMENT_LABELS[c.disagreement] ?? c.disagreement,
    ]),
  );

  sheet(
    workbook,
    'References',
    [
      { header: 'Candidate', width: 36 },
      { header: 'Library', width: 36 },
      { header: 'Checked on', width: 12, format: DAY },
      { header: 'Rating (1–5)', width: 12 },
      { header: 'Summary', width: 60 },
    ],
    evidence.referenceChecks.map((r) => [r.candidate, r.library, dateCell(r.checkedOn), r.rating, r.summary]),
  );

  sheet(
    workbook,
    'Training',
    [
      { header: 'Candidate', width: 36 },
      { header: 'Department', width: 24 },
      { header: 'Topic', width: 40 },
      { header: 'People', width: 10 },
      { header: 'Hours per person', width: 16, format: '0.0##' },
      { header: 'Hours', width: 12, format: '0.0##' },
    ],
    evidence.trainingNeeds.map((t) => [
      t.candidate,
      t.department,
      t.topic,
      t.people,
      t.hoursPerPerson,
      t.people * t.hoursPerPerson,
    ]),
  );

  sheet(
    workbook,
    'Conflicts',
    [
      { header: 'Evaluator', width: 28 },
      { header: 'Vendor', width: 28 },
      { header: 'Conflict', width: 10 },
      { header: 'Description', width: 50 },
      { header: 'Declared at', width: 18, format: DATE },
      { header: 'Allowed to score by', width: 24 },
      { header: 'Reason', width: 50 },
      { header: 'Allowed at', width: 18, format: DATE },
    ],
    (evidence.conflicts ?? []).map((c) => [
      c.evaluator,
      c.vendor,
      c.conflict ? 'Yes' : 'No',
      c.description,
      dateCell(c.declaredAt),
      c.override?.by ?? null,
      c.override?.reason ?? null,
      c.override ? dateCell(c.override.at) : null,
    ]),
  );

  const years = evidence.evaluation.costYears;
  sheet(
    workbook,
    'Costs',
    [
      { header: 'Candidate', width: 36 },
      { header: `TCO${years === null ? '' : `, ${years} years`} (${currency})`, width: 22, format: '#,##0.00' },
      { header: 'Score per 10,000', width: 16, format: '0.00' },
    ],
    evidence.costs.map((c) => [c.name, c.total, c.scorePerTenThousand]),
  );

  const names = new Map(evidence.rubric.map((c) => [c.id, c.name]));
  sheet(
    workbook,
    'Rubric',
    [
      { header: 'Level', width: 7 },
      { header: 'Criterion', width: 50 },
      { header: 'Parent', width: 36 },
      { header: 'Local weight', width: 14, format: SHARE },
      { header: 'Global weight', width: 14, format: SHARE },
    ],
    rubricTree(evidence.rubric).map(({ criterion, depth }) => [
      depth + 1,
      criterion.name,
      criterion.parentId === null ? null : (names.get(criterion.parentId) ?? null),
      criterion.localWeight,
      criterion.globalWeight,
    ]),
  );

  sheet(
    workbook,
    'Reviews',
    [
      { header: 'Director', width: 28 },
      { header: 'Outcome', width: 20 },
      { header: 'At', width: 18, format: DATE },
      { header: 'Comment', width: 80 },
    ],
    report.reviews.map((r) => [r.director, OUTCOME_LABELS[r.outcome] ?? r.outcome, dateCell(r.at), r.comment]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with a bold, frozen header row; every text cell neutralised, numbers kept as numbers. */
function sheet(workbook: Workbook, name: string, columns: Column[], rows: Cell[][]): Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.format ? { numFmt: column.format } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(row.map(cell));
  return worksheet;
}

/** A second table below a sheet's first: a blank row, its own bold header, then its rows. */
function subTable(worksheet: Worksheet, headers: string[], rows: Cell[][]): void {
  if (!rows.length) return;
  worksheet.addRow([]);
  worksheet.addRow(headers).font = { bold: true };
  for (const row of rows) {
    const added = worksheet.addRow(row.map(cell));
    added.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = DATE;
    });
  }
}

/** The most characters a spreadsheet cell holds (Excel's limit); longer text would make the file need repair. */
const MAX_CELL_TEXT = 32_767;
const CUT = ' … (cut here: the PDF report has the whole text)';

function cell(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  const text = spreadsheetText(value);
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT - CUT.length) + CUT : text;
}
