/**
 * The acceptance view of a patch or upgrade: one plan run twice (A, the current version or earlier
 * build; B, the next one), compared case by case and requirement by requirement.
 *
 * Each result is read as pass, fail or not run (see resultOutcome: blocked, skipped, retest,
 * untested and no result at all are not run). A case is then:
 *
 * - NEW_CASE: it did not exist when A ran (added to the plan afterwards), whatever B says;
 * - NEWLY_FAILING: passed in A, failed in B;
 * - NEWLY_PASSING: failed in A, passed in B;
 * - UNCHANGED: passed in both, or failed in both (`still failing`: see `b`);
 * - NOT_RUN_IN_ONE: executed (passed or failed) in one run only, e.g. passed in A and blocked in B;
 * - NOT_RUN_IN_BOTH: executed in neither.
 *
 * A requirement takes the first of these that holds for its cases: NEWLY_FAILING (any case newly
 * failing); NEWLY_PASSING (any case newly passing and none failing in B); NOT_RUN_IN_ONE (any);
 * UNCHANGED (any); NEW_CASE (any); NOT_RUN_IN_BOTH. So a requirement with one case fixed and
 * another still failing is UNCHANGED (still failing in B), and one covered only by new cases is
 * NEW_CASE.
 */
import { resultOutcome, ResultOutcome, TestResultStatus } from './vocabulary';

export type UpgradeCategory =
  'NEWLY_FAILING' | 'NEWLY_PASSING' | 'UNCHANGED' | 'NOT_RUN_IN_ONE' | 'NOT_RUN_IN_BOTH' | 'NEW_CASE';

/** Worst first: the order of the lists and of a requirement's roll-up. */
export const UPGRADE_CATEGORIES: readonly UpgradeCategory[] = [
  'NEWLY_FAILING',
  'NEWLY_PASSING',
  'NOT_RUN_IN_ONE',
  'UNCHANGED',
  'NEW_CASE',
  'NOT_RUN_IN_BOTH',
];

/** Each category in words, for a case (and a requirement, by its cases). */
export const UPGRADE_CATEGORY_LABELS: Readonly<Record<UpgradeCategory, string>> = {
  NEWLY_FAILING: 'Newly failing',
  NEWLY_PASSING: 'Newly passing',
  NOT_RUN_IN_ONE: 'Run in one only',
  UNCHANGED: 'Unchanged',
  NEW_CASE: 'New case',
  NOT_RUN_IN_BOTH: 'Run in neither',
};

export interface UpgradeCaseInput {
  caseId: string;
  requirementIds: readonly string[];
  /** The case's latest result in run A (null: none). */
  statusA: TestResultStatus | null;
  /** The case's latest result in run B (null: none). */
  statusB: TestResultStatus | null;
  /** The case was added to the plan after run A was made, so A could not have run it. */
  newSinceA?: boolean;
}

export interface UpgradeCaseComparison {
  caseId: string;
  requirementIds: string[];
  a: ResultOutcome;
  b: ResultOutcome;
  category: UpgradeCategory;
}

export interface UpgradeRequirementComparison {
  requirementId: string;
  category: UpgradeCategory;
  /** Its cases by category (only the categories it has). */
  caseIds: Partial<Record<UpgradeCategory, string[]>>;
}

export type UpgradeCounts = Record<UpgradeCategory, number>;

export interface UpgradeComparison {
  cases: UpgradeCaseComparison[];
  requirements: UpgradeRequirementComparison[];
  summary: { cases: UpgradeCounts; requirements: UpgradeCounts };
}

export function upgradeCaseCategory(a: ResultOutcome, b: ResultOutcome, newSinceA = false): UpgradeCategory {
  if (newSinceA) return 'NEW_CASE';
  if (a === 'not_run' && b === 'not_run') return 'NOT_RUN_IN_BOTH';
  if (a === 'not_run' || b === 'not_run') return 'NOT_RUN_IN_ONE';
  if (a === b) return 'UNCHANGED';
  return a === 'pass' ? 'NEWLY_FAILING' : 'NEWLY_PASSING';
}

const emptyCounts = (): UpgradeCounts =>
  Object.fromEntries(UPGRADE_CATEGORIES.map((category) => [category, 0])) as UpgradeCounts;

/** Cases in the order given; requirements in the order they first appear among the cases. */
export function compareUpgradeRuns(input: readonly UpgradeCaseInput[]): UpgradeComparison {
  const cases = input.map((c): UpgradeCaseComparison => {
    const a = resultOutcome(c.statusA);
    const b = resultOutcome(c.statusB);
    return {
      caseId: c.caseId,
      requirementIds: [...c.requirementIds],
      a,
      b,
      category: upgradeCaseCategory(a, b, c.newSinceA),
    };
  });
  const casesOf = new Map<string, UpgradeCaseComparison[]>();
  for (const c of cases) {
    for (const id of c.requirementIds) casesOf.set(id, [...(casesOf.get(id) ?? []), c]);
  }
  const requirements = [...casesOf].map(([requirementId, linked]): UpgradeRequirementComparison => {
    const caseIds: Partial<Record<UpgradeCategory, string[]>> = {};
    for (const c of linked) caseIds[c.category] = [...(caseIds[c.category] ?? []), c.caseId];
    const failingInB = linked.some((c) => c.b === 'fail');
    const category =
      UPGRADE_CATEGORIES.find((k) => caseIds[k] && (k !== 'NEWLY_PASSING' || !failingInB)) ?? 'NOT_RUN_IN_BOTH';
    return { requirementId, category, caseIds };
  });
  const summary = { cases: emptyCounts(), requirements: emptyCounts() };
  for (const c of cases) summary.cases[c.category] += 1;
  for (const r of requirements) summary.requirements[r.category] += 1;
  return { cases, requirements, summary };
}
