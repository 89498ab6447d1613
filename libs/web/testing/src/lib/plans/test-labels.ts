import type { TestPriority, TestResultStatus } from '@assay/web/core';
import type { TestProgressFieldsFragment } from '../testing-plans.generated';

/** Priorities, most urgent first, with the words the screens use. */
export const TEST_PRIORITY: Record<TestPriority, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};
export const TEST_PRIORITIES = Object.keys(TEST_PRIORITY) as TestPriority[];

/** A result's status in words: shown beside its colour, never colour alone. */
export const RESULT_STATUS: Record<TestResultStatus, string> = {
  UNTESTED: 'Untested',
  PASSED: 'Passed',
  FAILED: 'Failed',
  BLOCKED: 'Blocked',
  SKIPPED: 'Skipped',
  RETEST: 'Retest',
};

/** The order the progress bar shows its parts in: the finished ones first, what is left last. */
export const PROGRESS_PARTS: readonly Exclude<keyof TestProgressFieldsFragment, 'total' | '__typename'>[] = [
  'passed',
  'failed',
  'blocked',
  'retest',
  'skipped',
  'untested',
];

/** How many cases have a result other than untested. */
export function doneCount(progress: TestProgressFieldsFragment): number {
  return progress.total - progress.untested;
}

/** "4 of 12 done: 3 passed, 1 failed" — the counts in words, the ones at zero left out. */
export function progressText(progress: TestProgressFieldsFragment): string {
  if (progress.total === 0) return 'No cases';
  const parts = PROGRESS_PARTS.filter((part) => part !== 'untested' && progress[part] > 0).map(
    (part) => `${progress[part]} ${part}`,
  );
  const head = `${doneCount(progress)} of ${progress.total} done`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** Adds up the progress of several runs (a plan's summary on the lists). */
export function sumProgress(progresses: readonly TestProgressFieldsFragment[]): TestProgressFieldsFragment {
  const sum = { total: 0, untested: 0, passed: 0, failed: 0, blocked: 0, skipped: 0, retest: 0 };
  for (const progress of progresses) {
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += progress[key];
  }
  return sum;
}

/** What a run was tested against, e.g. "Koha 24.11". */
export function runSubject(run: { productName: string; productVersionName: string }): string {
  return `${run.productName} ${run.productVersionName}`;
}
