import { failedResultDescription, severityOfPriority } from '@assay/domain';
import type { DefectSeverity, DefectStatus, TestResultStatus } from '@assay/web/core';

/** The statuses in the order the page lists them, with their words and the key that sets them. */
export const RESULT_STATUSES: readonly { status: TestResultStatus; label: string; key: string | null }[] = [
  { status: 'UNTESTED', label: 'Untested', key: null },
  { status: 'PASSED', label: 'Passed', key: 'P' },
  { status: 'FAILED', label: 'Failed', key: 'F' },
  { status: 'BLOCKED', label: 'Blocked', key: 'B' },
  { status: 'SKIPPED', label: 'Skipped', key: 'S' },
  { status: 'RETEST', label: 'Retest', key: null },
];

export function statusLabel(status: TestResultStatus): string {
  return RESULT_STATUSES.find((s) => s.status === status)?.label ?? status;
}

export interface RunProgressCounts {
  total: number;
  untested: number;
  passed: number;
  failed: number;
  blocked: number;
  skipped: number;
  retest: number;
}

/** One part of the stacked progress bar: its status, count and share of the run in percent. */
export interface ProgressSegment {
  status: TestResultStatus;
  label: string;
  count: number;
  percent: number;
}

/**
 * The progress bar's parts in the statuses' order, the empty ones left out; the shares add up to
 * 100 (or nothing for an empty run), so the bar is always full width.
 */
export function progressSegments(progress: RunProgressCounts): ProgressSegment[] {
  if (progress.total <= 0) return [];
  const counts: Record<TestResultStatus, number> = {
    UNTESTED: progress.untested,
    PASSED: progress.passed,
    FAILED: progress.failed,
    BLOCKED: progress.blocked,
    SKIPPED: progress.skipped,
    RETEST: progress.retest,
  };
  return RESULT_STATUSES.filter((s) => counts[s.status] > 0).map((s) => ({
    status: s.status,
    label: s.label,
    count: counts[s.status],
    percent: (100 * counts[s.status]) / progress.total,
  }));
}

/** "42 of 120 tested (35%)": everything but untested counts as tested. */
export function progressSummary(progress: RunProgressCounts): string {
  const tested = progress.total - progress.untested;
  const percent = progress.total ? Math.floor((100 * tested) / progress.total) : 0;
  return `${tested} of ${progress.total} tested (${percent}%)`;
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * What a tester typed as a duration, in seconds: "1:15", "1:02:05", "90" (seconds) or "5m";
 * null when it is not a duration (the field then keeps its old value).
 */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (/^\d{1,6}$/.test(value)) return Number(value);
  const minutes = /^(\d{1,4})\s*m(in)?$/i.exec(value);
  if (minutes) return Number(minutes[1]) * 60;
  const parts = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})$/.exec(value);
  if (!parts) return null;
  const [, h, m, s] = parts;
  if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return null;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

/** Filters of the case list, as they travel in the address. */
export interface RunFilters {
  statuses: TestResultStatus[];
  priorities: string[];
  tag: string;
  requirementId: string | null;
  text: string;
}

export const NO_FILTERS: RunFilters = { statuses: [], priorities: [], tag: '', requirementId: null, text: '' };
const PRIORITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** The filters from the address' query parameters; unknown values are dropped. */
export function filtersFromParams(params: Record<string, unknown>): RunFilters {
  const list = (value: unknown) => (typeof value === 'string' && value ? value.split(',') : []);
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 200) : '');
  return {
    statuses: list(params['status']).filter((s): s is TestResultStatus =>
      RESULT_STATUSES.some((known) => known.status === s),
    ),
    priorities: list(params['priority']).filter((p) => PRIORITIES.includes(p)),
    tag: text(params['tag']),
    requirementId: text(params['requirement']) || null,
    text: text(params['q']),
  };
}

/** The filters as query parameters; empty ones as null, so they leave the address. */
export function filtersToParams(filters: RunFilters): Record<string, string | null> {
  return {
    status: filters.statuses.length ? filters.statuses.join(',') : null,
    priority: filters.priorities.length ? filters.priorities.join(',') : null,
    tag: filters.tag.trim() || null,
    requirement: filters.requirementId,
    q: filters.text.trim() || null,
  };
}

/** The severities a defect is raised with, worst first. */
export const DEFECT_SEVERITY_OPTIONS: readonly { value: DefectSeverity; label: string }[] = [
  { value: 'CRITICAL', label: 'Critical' },
  { value: 'MAJOR', label: 'Major' },
  { value: 'MINOR', label: 'Minor' },
  { value: 'TRIVIAL', label: 'Trivial' },
];

const DEFECT_STATUS_WORDS: Readonly<Record<DefectStatus, string>> = {
  TRIAGE: 'In triage',
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  FIXED: 'Fixed',
  VERIFIED: 'Verified',
  CLOSED: 'Closed',
  WONT_FIX: 'Won’t fix',
  DUPLICATE: 'Duplicate',
};

export function defectStatusLabel(status: DefectStatus): string {
  return DEFECT_STATUS_WORDS[status] ?? status;
}

/** What a failed result's defect starts as: the case's title, a severity from its priority, the steps with what happened. */
export function defectDraftOf(
  result: {
    caseKey: string;
    caseVersion: {
      title: string;
      preconditions: string | null;
      priority: string;
      steps: readonly { action: string; expected: string | null }[];
    };
    failureMessage: string | null;
  },
  draft: { actualResult: string; steps: readonly { status: TestResultStatus; actual: string }[] },
  ranOn: string,
): { title: string; severity: DefectSeverity; description: string } {
  return {
    title: result.caseVersion.title,
    severity: severityOfPriority(result.caseVersion.priority.toLowerCase()).toUpperCase() as DefectSeverity,
    description: failedResultDescription({
      caseKey: result.caseKey,
      caseTitle: result.caseVersion.title,
      preconditions: result.caseVersion.preconditions ?? '',
      steps: result.caseVersion.steps.map((step) => ({ action: step.action, expected: step.expected ?? '' })),
      stepResults: draft.steps.map((step) => ({ status: step.status.toLowerCase(), actual: step.actual })),
      actualResult: draft.actualResult,
      failureMessage: result.failureMessage,
      ranOn,
    }),
  };
}
