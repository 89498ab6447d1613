/**
 * The evaluation's status path, draft → requirements → scoring → testing → recommendation →
 * decided (or cancelled), and what must be true to take each step. The checks say what is
 * missing, in words a lead can act on, instead of only refusing.
 */
import { listCodes } from './acceptance/vocabulary';

export type EvaluationStatus =
  'draft' | 'requirements' | 'scoring' | 'testing' | 'recommendation' | 'decided' | 'cancelled';

export const EVALUATION_PATH: readonly EvaluationStatus[] = [
  'draft',
  'requirements',
  'scoring',
  'testing',
  'recommendation',
  'decided',
];

/** What the server counts before a step; each check reads only what it needs. */
export interface EvaluationFacts {
  leads: number;
  departmentHeads: number;
  evaluators: number;
  testers: number;
  directors: number;
  shortlistedCandidates: number;
  recommendedCandidates: number;
  requirements: { proposed: number; approved: number; rejected: number };
  /**
   * Scoring rounds neither revealed nor closed, with how many of their scores are entered (null
   * for people who may not count other evaluators' scores before the reveal: only leads may).
   */
  openRounds: readonly { number: number; scored: number | null; expected: number }[];
  revealedRounds: number;
  /**
   * The candidates still in the running (not eliminated) with no acceptance evidence yet, by name:
   * no test result passed or failed against them and no verification is recorded, so no verdict
   * can be read from evidence.
   */
  candidatesWithoutEvidence: readonly string[];
  /**
   * The approvals of the submitted recommendation, when the step is taken by recording the
   * directors' decision; null when someone asks for the step by hand, which never decides.
   */
  directorApprovals: number | null;
}

/** Why "decided" is not a step anyone takes by hand: the directors' approval of the recommendation takes it. */
export const DECIDED_BY_RECOMMENDATION =
  'An evaluation is decided when its directors approve the recommendation: submit it for review on the Recommendation page.';

/** Candidate states only a recorded decision may set (not a lead by hand). */
export const DECIDED_CANDIDATE_STATES = ['recommended', 'selected'] as const;

/** The next status on the path, or null at the end (or when cancelled). */
export function nextStatus(status: EvaluationStatus): EvaluationStatus | null {
  const index = EVALUATION_PATH.indexOf(status);
  return index < 0 || index === EVALUATION_PATH.length - 1 ? null : EVALUATION_PATH[index + 1];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What stops moving from `from` to `to`: an empty list means the step may be taken. Only the next
 * step on the path, or cancelling, is possible.
 */
export function transitionProblems(from: EvaluationStatus, to: EvaluationStatus, facts: EvaluationFacts): string[] {
  if (from === 'cancelled') return ['The evaluation is cancelled.'];
  if (from === 'decided') return ['The evaluation is decided; a decision does not change.'];
  if (to === 'cancelled') return [];
  if (to !== nextStatus(from)) {
    const next = nextStatus(from);
    return [`From ${from} the evaluation can only move to ${next ?? 'nowhere'} (or be cancelled).`];
  }
  const problems: string[] = [];
  if (facts.leads === 0) problems.push('Add a lead to the evaluation.');
  switch (to) {
    case 'requirements':
      if (facts.departmentHeads === 0) problems.push('Invite at least one department head to record requirements.');
      break;
    case 'scoring':
      if (facts.requirements.approved === 0) problems.push('Approve at least one requirement.');
      if (facts.requirements.proposed > 0)
        problems.push(
          `${plural(facts.requirements.proposed, 'requirement')} still proposed: approve or reject ${facts.requirements.proposed === 1 ? 'it' : 'them'}.`,
        );
      if (facts.shortlistedCandidates === 0) problems.push('Shortlist at least one candidate.');
      if (facts.evaluators === 0) problems.push('Invite at least one evaluator.');
      break;
    case 'testing':
      for (const round of facts.openRounds) {
        // Counts are the lead's (who reveals or closes); others learn nothing of colleagues' progress.
        problems.push(
          round.scored === null
            ? `Round ${round.number} is still open: the lead reveals or closes it when scoring is done.`
            : `Round ${round.number} is still open (${round.scored} of ${round.expected} scores entered): reveal it or close it.`,
        );
      }
      if (facts.revealedRounds === 0 && facts.openRounds.length === 0)
        problems.push('No scoring round is revealed: open one and reveal it once it is scored.');
      if (facts.shortlistedCandidates === 0) problems.push('No candidate is left on the shortlist.');
      if (facts.testers === 0) problems.push('Invite at least one tester.');
      break;
    case 'recommendation':
      if (facts.candidatesWithoutEvidence.length > 0) {
        const count = facts.candidatesWithoutEvidence.length;
        problems.push(
          `${count === 1 ? 'A candidate has' : `${count} candidates have`} no acceptance evidence yet: ${listCodes(facts.candidatesWithoutEvidence)}. Record a passed or failed test result or a verification for ${count === 1 ? 'it' : 'each'}, or eliminate ${count === 1 ? 'it' : 'them'}.`,
        );
      }
      if (facts.shortlistedCandidates + facts.recommendedCandidates === 0)
        problems.push('No candidate is left to recommend.');
      if (facts.directors === 0) problems.push('Invite at least one director to review the recommendation.');
      break;
    case 'decided':
      if (facts.directorApprovals === null) problems.push(DECIDED_BY_RECOMMENDATION);
      else if (facts.directorApprovals === 0) problems.push('A director must approve the recommendation.');
      if (facts.directors === 0) problems.push('Invite at least one director to approve the decision.');
      break;
  }
  return problems;
}
