import { listCodes, VENDOR_CLAIM_LABELS, VENDOR_CLAIM_LEVELS, VendorClaimLevel } from '@assay/domain';

/** The compliance scale as GraphQL spells it (upper case), best first. */
export type ClaimLevel = Uppercase<VendorClaimLevel>;
export type DisagreementKind = 'FAILED' | 'SCORED_ZERO' | 'UNVERIFIED';

export const CLAIM_LEVEL_OPTIONS: readonly { value: ClaimLevel; label: string }[] = VENDOR_CLAIM_LEVELS.map(
  (level) => ({ value: level.toUpperCase() as ClaimLevel, label: VENDOR_CLAIM_LABELS[level] }),
);

/** "Out of the box", "Roadmap (2027-06-30)". */
export function claimLabel(claim: ClaimLevel, roadmapDate: string | null = null): string {
  const label = VENDOR_CLAIM_LABELS[claim.toLowerCase() as VendorClaimLevel] ?? claim;
  return claim === 'ROADMAP' && roadmapDate ? `${label} (${roadmapDate})` : label;
}

export interface DisagreementEvidence {
  kinds: readonly DisagreementKind[];
  caseKeys: readonly string[];
  criteriaScoredZero: readonly string[];
}

/**
 * Each reason a claim is in doubt, in words, worst first. The case keys are the failing cases when
 * a test failed, else the linked cases not run yet; a failure with no case is a rejected
 * verification (a demonstration, an inspection, a reference check).
 */
export function disagreementReasons(evidence: DisagreementEvidence): string[] {
  return evidence.kinds.map((kind) => {
    switch (kind) {
      case 'FAILED':
        return evidence.caseKeys.length
          ? `Failed its ${evidence.caseKeys.length === 1 ? 'test' : 'tests'}: ${listCodes(evidence.caseKeys)}.`
          : 'Its verification was rejected.';
      case 'SCORED_ZERO':
        return `Scored 0 on ${listCodes(evidence.criteriaScoredZero.map((title) => `“${title}”`))}.`;
      case 'UNVERIFIED':
        return evidence.caseKeys.length && !evidence.kinds.includes('FAILED')
          ? `Not verified yet: ${listCodes(evidence.caseKeys)} not run.`
          : 'Not verified yet.';
    }
  });
}
