/**
 * The evidence a recommendation is read with: what the evaluation's pages showed at the moment the
 * lead submitted it, frozen in the snapshot. Every figure is computed by the services that draw the
 * ranking, acceptance, defect, claim, reference, training and cost pages; nothing here is typed by
 * hand. The shape is plain JSON (no Date, no undefined) so a snapshot stored today reads the same
 * in ten years, and lists of things carry an `id` so `snapshotDiff` matches them across versions.
 */
import type { AcceptanceVerdict } from '../acceptance/verdict';
import type { DefectSeverity } from '../defects';
import type { VendorClaimDisagreementKind, VendorClaimLevel } from '../acceptance/vendor-claims';

/** Bumped when the shape changes incompatibly; readers of an older snapshot branch on it. */
export const EVIDENCE_SCHEMA_VERSION = 1 as const;

export interface EvidenceCriterion {
  id: string;
  /** The criterion's name, with its code where it has one. */
  name: string;
  parentId: string | null;
  /** Its share of its parent (0–1). */
  localWeight: number;
  /** Its share of the whole rubric (0–1): the product of the local weights down to it. */
  globalWeight: number;
}

export interface EvidenceRankedCandidate {
  /** The candidate's id. */
  id: string;
  name: string;
  /** 1 for the first; null when knocked out or nothing is scored. */
  rank: number | null;
  /** Weighted total, 0–100; null when nothing is scored. */
  total: number | null;
  /** Share of the rubric's weight that is scored (0–1). */
  completeness: number;
  knockedOut: boolean;
  /** The knockout requirements it failed, by code and name. */
  knockouts: string[];
}

export interface EvidenceRanking {
  roundId: string;
  roundNumber: number;
  /** The candidate ranked first; null when none is ranked. */
  winnerId: string | null;
  candidates: EvidenceRankedCandidate[];
  /** Between the top two: how far each criterion's weight must move for them to swap. */
  tiePoints: { id: string; criterion: string; weight: number; tieWeight: number; change: number }[];
  /** Whether the winner stays first when every weight moves by ±change (0.1 = ±10%). */
  stability: { change: number; stable: boolean }[];
  /** Consensus scores the agreed ranking uses, and whether the winner is first without them. */
  consensusCount: number;
  winnerWithoutConsensusId: string | null;
  holdsWithoutConsensus: boolean;
  agreement: {
    alpha: number | null;
    kendallW: number | null;
    kendallP: number | null;
    /** Criteria whose agreement (Krippendorff's α) is below the product's threshold. */
    lowAgreement: { id: string; criterion: string; alpha: number }[];
  };
}

export interface EvidenceAcceptance {
  /** The candidate's id. */
  id: string;
  name: string;
  verdict: AcceptanceVerdict;
  /** The verdict's reasons, as the acceptance page words them. */
  reasons: string[];
  /** Pass rate in percent; null when no result passed or failed. */
  passRate: number | null;
  passed: number;
  failed: number;
  /** Agreed waivers only: those the verdict counts. */
  waivers: { id: string; requirement: string; rationale: string; agreedBy: string | null; agreedAt: string | null }[];
  signOffs: { id: string; role: string; by: string; at: string; comment: string }[];
}

export interface EvidenceDefects {
  /** The candidate's id. */
  id: string;
  name: string;
  open: Record<DefectSeverity, number>;
}

export interface EvidenceContradictedClaim {
  /** The claim's id. */
  id: string;
  candidate: string;
  requirement: string;
  claim: VendorClaimLevel;
  disagreement: VendorClaimDisagreementKind;
}

export interface EvidenceReferenceCheck {
  id: string;
  candidate: string;
  library: string;
  checkedOn: string;
  /** 1 (poor) to 5 (excellent). */
  rating: number;
  summary: string | null;
}

export interface EvidenceTrainingNeed {
  id: string;
  candidate: string;
  department: string;
  topic: string;
  people: number;
  hoursPerPerson: number;
}

export interface EvidenceCost {
  /** The candidate's id. */
  id: string;
  name: string;
  /** Total cost of ownership over the evaluation's period, in `currency`. */
  total: number;
  /** Score points per 10,000 of total cost; null without a score or a cost. */
  scorePerTenThousand: number | null;
}

/** An evaluator's declaration about a candidate's vendor, made before scoring (see conflicts of interest). */
export interface EvidenceConflictDeclaration {
  /** The declaration's id. */
  id: string;
  evaluator: string;
  vendor: string;
  /** True: a declared conflict, which excluded the evaluator from the vendor's candidates; false: none. */
  conflict: boolean;
  description: string;
  declaredAt: string;
  /** Who let the evaluator score the vendor's candidates anyway, why and when; null if nobody did. */
  override: { by: string; reason: string; at: string } | null;
}

export interface RecommendationEvidence {
  schemaVersion: typeof EVIDENCE_SCHEMA_VERSION;
  /** ISO 8601 instant at which it was assembled. */
  assembledAt: string;
  evaluation: { id: string; title: string; currency: string; costYears: number | null };
  /** The rubric the ranking used (the report's appendix); empty without a frozen rubric. */
  rubric: EvidenceCriterion[];
  /** The latest revealed round's ranking; null when no round is revealed. */
  ranking: EvidenceRanking | null;
  acceptance: EvidenceAcceptance[];
  defects: EvidenceDefects[];
  contradictedClaims: EvidenceContradictedClaim[];
  referenceChecks: EvidenceReferenceCheck[];
  trainingNeeds: EvidenceTrainingNeed[];
  costs: EvidenceCost[];
  /**
   * The evaluators' conflict-of-interest declarations. Absent from evidence frozen before
   * declarations were kept: read it as `conflicts ?? []`.
   */
  conflicts?: EvidenceConflictDeclaration[];
}

/** What the lead writes; frozen with the evidence when submitted. */
export interface RecommendationText {
  /** The recommended candidate's id; null for "none of them". */
  candidateId: string | null;
  /** Why none of them, when candidateId is null. */
  noneReason: string;
  rationale: string;
  risks: { id: string; risk: string; mitigation: string }[];
  conditions: string;
  costNotes: string;
}

/** One version as submitted: the text and the evidence together. */
export interface RecommendationSnapshot {
  version: number;
  /** The recommended candidate's name at submission (null for none). */
  candidateName: string | null;
  text: RecommendationText;
  evidence: RecommendationEvidence;
}

/**
 * What the PDF and XLSX report is made from: a decision (approved, immutable) or, marked as a draft,
 * a recommendation under review. Every number in it comes from `snapshot`.
 */
export interface RecommendationReport {
  kind: 'decision' | 'draft';
  snapshot: RecommendationSnapshot;
  submittedBy: string | null;
  /** ISO 8601 instants. */
  submittedAt: string;
  decidedAt: string | null;
  /** The directors' approvals the decision rests on (for a draft: those given so far). */
  approvals: { director: string; at: string; comment: string }[];
  /** Every review of this version, in order (approvals included). */
  reviews: { director: string; outcome: 'approve' | 'reject' | 'request_changes'; at: string; comment: string }[];
  requiredApprovals: number;
  /** ISO 8601 instant at which the report was produced. */
  generatedAt: string;
}

/** What the evidence says of conflicts of interest: the declared conflicts, and who declared none. */
export interface ConflictSummary {
  /** The declared conflicts, overridden or not, in the evidence's order. */
  conflicts: EvidenceConflictDeclaration[];
  /** How many "no conflict" declarations there are, and from how many evaluators. */
  noConflict: { declarations: number; evaluators: number };
}

export function conflictSummary(evidence: Pick<RecommendationEvidence, 'conflicts'>): ConflictSummary {
  const all = evidence.conflicts ?? [];
  const none = all.filter((d) => !d.conflict);
  return {
    conflicts: all.filter((d) => d.conflict),
    noConflict: { declarations: none.length, evaluators: new Set(none.map((d) => d.evaluator)).size },
  };
}
