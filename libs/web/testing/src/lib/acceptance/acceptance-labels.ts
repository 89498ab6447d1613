/**
 * The words the acceptance page uses for the API's enums: verdicts, reason effects, requirement
 * states, waiver states and the roles that sign.
 */
export type Verdict = 'ACCEPTED' | 'ACCEPTED_WITH_WAIVERS' | 'NOT_ACCEPTED';
export type ReasonEffect = 'MET' | 'WAIVED' | 'FAILS';
export type WaiverStateName = 'PROPOSED' | 'AGREED' | 'REJECTED' | 'WITHDRAWN';
export type SignOffRoleName = 'LEAD' | 'DEPARTMENT_HEAD' | 'DIRECTOR';
export type RequirementStateName = 'VERIFIED' | 'FAILED' | 'NOT_VERIFIED' | 'UNCOVERED';

const VERDICTS: Readonly<Record<Verdict, string>> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_WITH_WAIVERS: 'Accepted with waivers',
  NOT_ACCEPTED: 'Not accepted',
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICTS[verdict];
}

const EFFECTS: Readonly<Record<ReasonEffect, { label: string; icon: string }>> = {
  MET: { label: 'Met', icon: 'check_circle' },
  WAIVED: { label: 'Met with waivers', icon: 'verified' },
  FAILS: { label: 'Not met', icon: 'cancel' },
};

export function effectLabel(effect: ReasonEffect): string {
  return EFFECTS[effect].label;
}

export function effectIcon(effect: ReasonEffect): string {
  return EFFECTS[effect].icon;
}

const WAIVER_STATES: Readonly<Record<WaiverStateName, string>> = {
  PROPOSED: 'Proposed, waiting for a director',
  AGREED: 'Agreed: in effect',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export function waiverStateLabel(state: WaiverStateName): string {
  return WAIVER_STATES[state];
}

const REQUIREMENT_STATES: Readonly<Record<RequirementStateName, string>> = {
  VERIFIED: 'verified',
  FAILED: 'failed',
  NOT_VERIFIED: 'not verified yet',
  UNCOVERED: 'no test case',
};

export function requirementStateLabel(state: RequirementStateName): string {
  return REQUIREMENT_STATES[state];
}

/** "lead", "department head (Circulation)", "director". */
export function signOffRoleLabel(role: SignOffRoleName, departmentName?: string | null): string {
  if (role === 'DEPARTMENT_HEAD') return departmentName ? `department head (${departmentName})` : 'department head';
  return role === 'LEAD' ? 'lead' : 'director';
}

/** The pass rate as a sentence: "75 % (3 of 4 executed results passed, 1 not run)"; percentages cut to one decimal, as the verdict's reasons are. */
export function passRateSummary(rate: {
  passed: number;
  failed: number;
  notRun: number;
  percent: number | null;
}): string {
  const executed = rate.passed + rate.failed;
  const notRun = rate.notRun ? `, ${rate.notRun} not run` : '';
  if (rate.percent === null) return `No result passed or failed yet${notRun}.`;
  const percent = Math.floor(rate.percent * 10 + 1e-9) / 10;
  return `Pass rate ${percent} % (${rate.passed} of ${executed} executed ${executed === 1 ? 'result' : 'results'} passed${notRun}).`;
}
