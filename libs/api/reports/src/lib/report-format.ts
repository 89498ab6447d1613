import {
  AcceptanceVerdict,
  DEFECT_SEVERITIES,
  DefectSeverity,
  EvidenceCriterion,
  EvidenceRankedCandidate,
  formatMoney,
  RecommendationReport,
  VENDOR_CLAIM_LABELS,
  VendorClaimDisagreementKind,
  VendorClaimLevel,
} from '@assay/domain';

/**
 * What the PDF and the workbook share: the words for the snapshot's codes, the order of its lists
 * and the rounding of its figures, so that both files say the same thing. The PDF rounds as
 * `ROUNDING_NOTE` says; the workbook keeps the snapshot's full precision and only formats it.
 */

export const ROUNDING_NOTE =
  'Rounding: totals to 1 decimal (0–100); weights, completeness, pass rates and weight changes in % to 1 decimal; ' +
  'agreement coefficients and p-values to 3 decimals; score per 10,000 to 2 decimals; amounts to the cent. ' +
  'The spreadsheet export carries every figure at full precision.';

/** The locale of every figure in the report: one reading for a board, whoever downloads it. */
const LOCALE = 'en-GB';

export const VERDICT_LABELS: Readonly<Record<AcceptanceVerdict, string>> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_WITH_WAIVERS: 'Accepted with waivers',
  NOT_ACCEPTED: 'Not accepted',
};

export const DISAGREEMENT_LABELS: Readonly<Record<VendorClaimDisagreementKind, string>> = {
  failed: 'A test failed',
  scored_zero: 'Scored zero',
  unverified: 'Not verified by any test',
};

export const OUTCOME_LABELS: Readonly<Record<'approve' | 'reject' | 'request_changes', string>> = {
  approve: 'Approved',
  reject: 'Rejected',
  request_changes: 'Changes requested',
};

export const SEVERITY_LABELS: Readonly<Record<DefectSeverity, string>> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  trivial: 'Trivial',
};

export const SEVERITIES: readonly DefectSeverity[] = DEFECT_SEVERITIES;

export function claimLabel(level: VendorClaimLevel): string {
  return VENDOR_CLAIM_LABELS[level] ?? level;
}

/** "Decision" or the draft's mark, as the cover and both files' summaries say it. */
export function statusLabel(report: RecommendationReport): string {
  return report.kind === 'decision' ? 'Decision' : 'DRAFT — under review, not a decision';
}

/** A number to `digits` decimals, or an em dash when there is none. */
export function fixed(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = value.toLocaleString(LOCALE, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  // "-0.0" reads as a figure of its own: a value that rounds to zero is zero.
  return /^-0(\.0*)?$/.test(rounded) ? rounded.slice(1) : rounded;
}

/** A weighted total (0–100) as printed: 1 decimal. */
export function total(value: number | null): string {
  return fixed(value, 1);
}

/** A share (0–1) in % to 1 decimal. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '—' : `${fixed(share * 100, 1)}%`;
}

/** A change of a share (0–1) in percentage points, with its sign. */
export function points(change: number): string {
  const text = fixed(change * 100, 1);
  return `${change > 0 && text !== '0.0' ? '+' : ''}${text} pp`;
}

/** A coefficient or p-value: 3 decimals, "< 0.001" for a p that small. */
export function coefficient(value: number | null, isP = false): string {
  if (isP && value !== null && value < 0.001 && value >= 0) return '< 0.001';
  return fixed(value, 3);
}

export function money(amount: number | null, currency: string): string {
  if (amount === null || !Number.isFinite(amount)) return '—';
  return formatMoney(Math.round(amount * 100) / 100, currency, LOCALE);
}

/** An ISO 8601 instant as "2026-11-30 14:05 UTC"; a calendar date ("2026-11-30") stays as it is. */
export function instant(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** An ISO instant as a spreadsheet date, or the text as given when it is not one. */
export function dateCell(iso: string | null | undefined): Date | string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date;
}

/** The ranking's candidates in rank order; the unranked (knocked out, nothing scored) last, as listed. */
export function byRank(candidates: readonly EvidenceRankedCandidate[]): EvidenceRankedCandidate[] {
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort(
      (a, b) =>
        (a.candidate.rank ?? Number.POSITIVE_INFINITY) - (b.candidate.rank ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    )
    .map((entry) => entry.candidate);
}

/** The rubric in tree order (each criterion under its parent), with its depth; a criterion whose parent is missing is a root. */
export function rubricTree(rubric: readonly EvidenceCriterion[]): { criterion: EvidenceCriterion; depth: number }[] {
  const ids = new Set(rubric.map((c) => c.id));
  const children = new Map<string | null, EvidenceCriterion[]>();
  for (const criterion of rubric) {
    const parent = criterion.parentId !== null && ids.has(criterion.parentId) ? criterion.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(criterion);
    children.set(parent, list);
  }
  const out: { criterion: EvidenceCriterion; depth: number }[] = [];
  const seen = new Set<string>();
  // Iterative depth-first walk: a deep or cyclic tree neither overflows the stack nor loops.
  const stack: { criterion: EvidenceCriterion; depth: number }[] = [...(children.get(null) ?? [])]
    .reverse()
    .map((criterion) => ({ criterion, depth: 0 }));
  while (stack.length) {
    const next = stack.pop() as { criterion: EvidenceCriterion; depth: number };
    if (seen.has(next.criterion.id)) continue;
    seen.add(next.criterion.id);
    out.push(next);
    for (const child of [...(children.get(next.criterion.id) ?? [])].reverse())
      stack.push({ criterion: child, depth: next.depth + 1 });
  }
  // Criteria only reachable through a cycle still appear, at the top level.
  for (const criterion of rubric) if (!seen.has(criterion.id)) out.push({ criterion, depth: 0 });
  return out;
}

/**
 * A file name safe everywhere: ASCII letters, digits, spaces, dots and dashes, from the evaluation's
 * title and the date of the decision (or of the submission, for a draft).
 */
export function reportFileName(report: RecommendationReport, ext: 'pdf' | 'xlsx'): string {
  const title = asciiOf(report.snapshot.evidence.evaluation.title)
    .replace(/[^A-Za-z0-9 .-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 100)
    .trim();
  const on = (report.kind === 'decision' ? report.decidedAt : null) ?? report.submittedAt;
  const day = /^\d{4}-\d{2}-\d{2}/.test(on ?? '') ? (on as string).slice(0, 10) : '';
  const kind = report.kind === 'decision' ? 'decision' : `draft v${report.snapshot.version}`;
  return `${[title || 'Evaluation', kind, day].filter(Boolean).join(' - ')}.${ext}`;
}

const LETTERS: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ø: 'O',
  ø: 'o',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  ß: 'ss',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
};

/** Latin letters without their accents ("Łódź" → "Lodz"); what has no ASCII reading is dropped by the caller. */
function asciiOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ŁłĐđØøÆæŒœßÞþı]/g, (c) => LETTERS[c] ?? c);
}
