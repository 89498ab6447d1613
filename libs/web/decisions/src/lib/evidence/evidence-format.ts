import {
  DEFECT_SEVERITIES,
  type DefectSeverity,
  formatMoney,
  type RecommendationEvidence,
  type RecommendationSnapshot,
  VENDOR_CLAIM_LABELS,
} from '@assay/domain';

/**
 * How the evidence of a recommendation reads on the page: its sections (each anchored by its key
 * in RecommendationEvidence, so a director's review comment can point at one), and the numbers in
 * the words and precision the ranking, acceptance and cost pages use.
 */

/** A part of the recommendation a review comment may point at: a top-level key of the evidence, or the text. */
export type EvidenceKey =
  | 'ranking'
  | 'acceptance'
  | 'defects'
  | 'contradictedClaims'
  | 'referenceChecks'
  | 'trainingNeeds'
  | 'costs'
  | 'conflicts';
export type ReviewTarget = EvidenceKey | 'text';

export const EVIDENCE_SECTIONS: readonly { key: EvidenceKey; title: string }[] = [
  { key: 'ranking', title: 'Ranking' },
  { key: 'acceptance', title: 'Acceptance' },
  { key: 'defects', title: 'Open defects' },
  { key: 'contradictedClaims', title: 'Contradicted vendor claims' },
  { key: 'referenceChecks', title: 'Reference checks' },
  { key: 'trainingNeeds', title: 'Training needs' },
  { key: 'costs', title: 'Total cost of ownership' },
  { key: 'conflicts', title: 'Conflicts of interest' },
];

/** What a review comment may point at, in the order of the page. */
export const REVIEW_TARGETS: readonly { key: ReviewTarget; title: string }[] = [
  { key: 'text', title: 'The recommendation’s text' },
  ...EVIDENCE_SECTIONS,
];

/** The title of what a review points at; the path itself when it is not one the page knows. */
export function reviewTargetTitle(path: string): string {
  return REVIEW_TARGETS.find((t) => t.key === path)?.title ?? path;
}

/** The evidence from its JSON; null when it is missing or not readable. */
export function parseEvidence(json: string | null | undefined): RecommendationEvidence | null {
  const value = parseJson(json);
  return value && typeof value === 'object' && 'evaluation' in value ? (value as RecommendationEvidence) : null;
}

/** A version's snapshot (its text and evidence) from its JSON; null when it is not readable. */
export function parseSnapshot(json: string | null | undefined): RecommendationSnapshot | null {
  const value = parseJson(json);
  return value && typeof value === 'object' && 'evidence' in value && 'text' in value
    ? (value as RecommendationSnapshot)
    : null;
}

function parseJson(json: string | null | undefined): unknown {
  if (!json) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** A share (0–1) in whole percent: "85 %"; "—" when unknown. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '—' : `${Math.round(share * 100)} %`;
}

/** A weighted total (0–100) with one decimal; "—" when nothing is scored. */
export function formatTotal(total: number | null | undefined): string {
  return total === null || total === undefined ? '—' : total.toFixed(1);
}

/** An agreement coefficient (α, W) with two decimals; "—" when it could not be computed. */
export function formatCoefficient(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(2);
}

/** A stability step: a change of 0.1 reads "±10 %". */
export function stabilityLabel(change: number): string {
  return `±${Math.round(change * 100)} %`;
}

/** What the agreement coefficients say, in words a director reads. */
export function agreementWords(alpha: number | null): string {
  if (alpha === null) return 'Not enough scores to measure agreement.';
  if (alpha >= 0.8) return 'The evaluators agree well.';
  if (alpha >= 0.667) return 'The evaluators agree well enough to draw tentative conclusions.';
  return 'The evaluators disagree: read the low-agreement criteria before relying on the ranking.';
}

export const SEVERITY_LABELS: Record<DefectSeverity, string> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  trivial: 'Trivial',
};
export const SEVERITIES = DEFECT_SEVERITIES;

/** All open defects of one candidate, whatever their severity. */
export function openDefectTotal(open: Partial<Record<DefectSeverity, number>>): number {
  return DEFECT_SEVERITIES.reduce((sum, s) => sum + (open[s] ?? 0), 0);
}

export const VERDICT_LABELS: Record<string, string> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_WITH_WAIVERS: 'Accepted with waivers',
  NOT_ACCEPTED: 'Not accepted',
};

export function verdictLabel(verdict: string): string {
  return VERDICT_LABELS[verdict] ?? verdict;
}

export function claimLevelLabel(level: string): string {
  return (VENDOR_CLAIM_LABELS as Record<string, string>)[level] ?? level;
}

export const DISAGREEMENT_LABELS: Record<string, string> = {
  failed: 'A test failed',
  scored_zero: 'Scored zero',
  unverified: 'Not verified',
};

export function disagreementLabel(kind: string): string {
  return DISAGREEMENT_LABELS[kind] ?? kind;
}

/** A cost in the evaluation's currency. */
export function formatCost(amount: number, evidence: Pick<RecommendationEvidence, 'evaluation'>): string {
  return formatMoney(amount, evidence.evaluation.currency);
}

/** The rating of a reference check, 1–5: "4 of 5". */
export function ratingLabel(rating: number): string {
  return `${rating} of 5`;
}

/** A candidate's name by its id, from any part of the evidence that names it. */
export function candidateNames(evidence: RecommendationEvidence): Map<string, string> {
  const names = new Map<string, string>();
  for (const list of [evidence.ranking?.candidates ?? [], evidence.acceptance, evidence.defects, evidence.costs]) {
    for (const item of list) names.set(item.id, item.name);
  }
  return names;
}

/** The width of a total's bar, in percent of the scale (0–100), never negative. */
export function barWidth(total: number | null): number {
  return total === null ? 0 : Math.max(0, Math.min(100, total));
}
