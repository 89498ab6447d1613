/**
 * The numbers kept about defects — time to resolution, opened and closed per ISO week, open defects
 * by severity at the end of each week, when a fixed defect's retest is due — and what a retest
 * result does to its defect. Which status changes are allowed, and what each needs, is
 * `defectTransition` in ../defects.ts.
 */
import { DEFECT_RETEST_DAYS, DEFECT_SEVERITIES, DefectSeverity, DefectStatus } from '../defects';
import { isDefectOpen, resultOutcome, TestResultStatus } from './vocabulary';

/**
 * What a retest result of a linked case does to a defect: a pass verifies a fixed defect, a fail
 * reopens a fixed or verified one (the result is the reason); anything else changes nothing (null).
 * Whether the result ran on the fixing version or a later one is for the caller to check.
 */
export function retestTransition(status: DefectStatus, result: TestResultStatus | null): DefectStatus | null {
  const outcome = resultOutcome(result);
  if (outcome === 'pass' && status === 'fixed') return 'verified';
  if (outcome === 'fail' && (status === 'fixed' || status === 'verified')) return 'open';
  return null;
}

// ---- statistics -------------------------------------------------------------------------------

/** What the statistics read of a defect: it is created open, then changes status at the given times. */
export interface DefectHistory {
  id: string;
  severity: DefectSeverity;
  createdAt: Date | string;
  /** Status changes, oldest first. */
  changes: readonly { at: Date | string; to: DefectStatus }[];
}

/** Reaching one of these (first time) resolves a defect for time to resolution; won't fix and duplicate do not. */
export const RESOLVED_DEFECT_STATUSES: readonly DefectStatus[] = ['fixed', 'verified', 'closed'];

const DAY_MS = 86_400_000;
const time = (at: Date | string): number => new Date(at).getTime();

/** When the defect was first fixed, verified or closed (a later reopening does not undo it); null if never. */
export function resolvedAt(history: DefectHistory): Date | null {
  const change = history.changes.find((c) => RESOLVED_DEFECT_STATUSES.includes(c.to));
  return change ? new Date(change.at) : null;
}

export interface ResolutionTimes {
  /** Defects resolved (the others are left out). */
  resolved: number;
  meanDays: number | null;
  medianDays: number | null;
}

/** Mean and median days from creation to first resolution, over resolved defects (fractional days). */
export function timeToResolution(histories: readonly DefectHistory[]): ResolutionTimes {
  const days = histories
    .map((h) => ({ h, at: resolvedAt(h) }))
    .filter((x): x is { h: DefectHistory; at: Date } => x.at !== null)
    .map(({ h, at }) => (at.getTime() - time(h.createdAt)) / DAY_MS)
    .sort((a, b) => a - b);
  if (days.length === 0) return { resolved: 0, meanDays: null, medianDays: null };
  const middle = Math.floor(days.length / 2);
  return {
    resolved: days.length,
    meanDays: days.reduce((sum, d) => sum + d, 0) / days.length,
    medianDays: days.length % 2 ? days[middle] : (days[middle - 1] + days[middle]) / 2,
  };
}

/** The Monday (00:00 UTC) starting the ISO week of a moment. */
export function isoWeekStart(at: Date | string): Date {
  const d = new Date(at);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
}

/** The ISO 8601 week of a moment (UTC), e.g. "2026-W01" for 29 December 2025. */
export function isoWeek(at: Date | string): string {
  const thursday = new Date(isoWeekStart(at).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface DefectWeek {
  /** e.g. "2026-W10". */
  week: string;
  /** Its Monday, e.g. "2026-03-02". */
  start: string;
  /** Defects created in the week. */
  opened: number;
  /** Changes in the week from an open status (open, in progress, fixed) to another one. */
  closed: number;
  /** Changes in the week from a closed status back to an open one. */
  reopened: number;
  /** Open defects at the end of the week (Sunday 24:00 UTC), by severity. */
  openAtEnd: Record<DefectSeverity, number>;
}

/**
 * One row per ISO week, from the week of the first defect to the week of `until` (or of the last
 * change), weeks without events included.
 */
export function defectWeeks(histories: readonly DefectHistory[], until?: Date | string): DefectWeek[] {
  if (histories.length === 0) return [];
  const moments = histories.flatMap((h) => [time(h.createdAt), ...h.changes.map((c) => time(c.at))]);
  const first = isoWeekStart(new Date(Math.min(...moments))).getTime();
  const last = isoWeekStart(until !== undefined ? until : new Date(Math.max(...moments))).getTime();
  const rows: DefectWeek[] = [];
  for (let start = first; start <= last; start += 7 * DAY_MS) {
    const end = start + 7 * DAY_MS;
    const inWeek = (at: Date | string) => time(at) >= start && time(at) < end;
    const row: DefectWeek = {
      week: isoWeek(new Date(start)),
      start: new Date(start).toISOString().slice(0, 10),
      opened: 0,
      closed: 0,
      reopened: 0,
      openAtEnd: Object.fromEntries(DEFECT_SEVERITIES.map((s) => [s, 0])) as Record<DefectSeverity, number>,
    };
    for (const h of histories) {
      if (inWeek(h.createdAt)) row.opened += 1;
      let status: DefectStatus = 'open';
      for (const change of h.changes) {
        if (time(change.at) >= end) break;
        if (inWeek(change.at)) {
          if (isDefectOpen(status) && !isDefectOpen(change.to)) row.closed += 1;
          if (!isDefectOpen(status) && isDefectOpen(change.to)) row.reopened += 1;
        }
        status = change.to;
      }
      if (time(h.createdAt) < end && isDefectOpen(status)) row.openAtEnd[h.severity] += 1;
    }
    rows.push(row);
  }
  return rows;
}

// ---- follow-up --------------------------------------------------------------------------------

/** Days a fixed defect's retest is given when the evaluation says nothing else. */

/** When the retest of a defect fixed at `fixedAt` is due: `days` whole days later, to the millisecond. */
export function retestDueDate(fixedAt: Date | string, days = DEFECT_RETEST_DAYS): Date {
  return new Date(time(fixedAt) + days * DAY_MS);
}

/** A fixed defect not yet verified whose retest due date has passed (only `fixed` awaits a retest). */
export function isRetestOverdue(
  defect: { status: DefectStatus; fixedAt: Date | string | null },
  now: Date | string,
  days = DEFECT_RETEST_DAYS,
): boolean {
  if (defect.status !== 'fixed' || defect.fixedAt === null) return false;
  return time(now) > retestDueDate(defect.fixedAt, days).getTime();
}
