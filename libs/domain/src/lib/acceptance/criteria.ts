/**
 * An evaluation's acceptance criteria: the defaults and the checks on what a lead enters.
 */

export interface AcceptanceCriteria {
  /** Every mandatory requirement verified (by a passing test or an accepted verification). */
  mandatoryVerified: boolean;
  /** The lowest pass rate accepted, in percent (0–100). */
  passRateThreshold: number;
  noOpenCriticalDefects: boolean;
  noOpenMajorDefects: boolean;
  /** The lowest share of should-requirements verified, in percent (0–100); null when not required. */
  minShouldCoverage: number | null;
}

export const DEFAULT_ACCEPTANCE_CRITERIA: Readonly<AcceptanceCriteria> = Object.freeze({
  mandatoryVerified: true,
  passRateThreshold: 95,
  noOpenCriticalDefects: true,
  noOpenMajorDefects: false,
  minShouldCoverage: null,
});

export type AcceptanceCriteriaField = keyof AcceptanceCriteria;

export interface AcceptanceCriteriaError {
  field: AcceptanceCriteriaField;
  message: string;
}

const LABELS: Readonly<Record<AcceptanceCriteriaField, string>> = {
  mandatoryVerified: '"Every mandatory requirement verified"',
  passRateThreshold: 'The pass rate threshold',
  noOpenCriticalDefects: '"No open critical defects"',
  noOpenMajorDefects: '"No open major defects"',
  minShouldCoverage: 'The minimum coverage of should-requirements',
};

function percentError(value: unknown, label: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} must be a number of percent.`;
  if (value < 0 || value > 100) return `${label} must be between 0 and 100 %; it is ${value}.`;
  if (Math.round(value * 10) !== value * 10) return `${label} takes at most one decimal (e.g. 97.5).`;
  return null;
}

/**
 * What is wrong with criteria a lead entered (empty when nothing): the two percentages are numbers
 * from 0 to 100 with at most one decimal (the minimum coverage may also be null: not required),
 * the three switches are true or false. Fields left out are not checked (see withDefaultCriteria).
 */
export function acceptanceCriteriaErrors(
  criteria: Partial<Record<AcceptanceCriteriaField, unknown>>,
): AcceptanceCriteriaError[] {
  const errors: AcceptanceCriteriaError[] = [];
  for (const field of Object.keys(LABELS) as AcceptanceCriteriaField[]) {
    if (!(field in criteria) || criteria[field] === undefined) continue;
    const value = criteria[field];
    let message: string | null = null;
    if (field === 'passRateThreshold') message = percentError(value, LABELS[field]);
    else if (field === 'minShouldCoverage') message = value === null ? null : percentError(value, LABELS[field]);
    else if (typeof value !== 'boolean') message = `${LABELS[field]} must be on or off (true or false).`;
    if (message) errors.push({ field, message });
  }
  return errors;
}

/** Criteria with what was left out (undefined) taken from the defaults. */
export function withDefaultCriteria(criteria: Partial<AcceptanceCriteria> = {}): AcceptanceCriteria {
  const merged = { ...DEFAULT_ACCEPTANCE_CRITERIA };
  for (const field of Object.keys(DEFAULT_ACCEPTANCE_CRITERIA) as AcceptanceCriteriaField[]) {
    if (criteria[field] !== undefined) Object.assign(merged, { [field]: criteria[field] });
  }
  return merged;
}
