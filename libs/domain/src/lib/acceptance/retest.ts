/**
 * Retests of fixed defects: whether a run was on the version that fixes a defect (or a later one),
 * and what the results of a retest, taken together, do to the defect. `retestTransition`
 * (./defect-stats.ts) says what one result does.
 */
import { DefectStatus } from '../defects';
import { retestTransition } from './defect-stats';
import { TestResultStatus } from './vocabulary';

/** Words that name a pre-release: "24.11.03-rc1" comes before "24.11.03". */
const PRE_RELEASE = /\b(alpha|beta|rc|pre|preview|snapshot|dev|nightly)\b|-(alpha|beta|rc|pre)/i;

/** A version as compared: its numbers, in order, and whether it is a pre-release of them. */
interface VersionKey {
  numbers: number[];
  preRelease: boolean;
}

function keyOf(text: string): VersionKey | null {
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 0) return null;
  // Numbers after a pre-release word ("rc2") count the pre-releases, not the release.
  const words = text.toLowerCase();
  const pre = PRE_RELEASE.exec(words);
  const releaseNumbers = pre ? (words.slice(0, pre.index).match(/\d+/g) ?? []).map(Number) : numbers;
  return { numbers: releaseNumbers.length ? releaseNumbers : numbers, preRelease: !!pre };
}

const normalised = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/^(version|release|build|v)\s*/, '')
    .replace(/\s+/g, ' ');

/**
 * Compares two versions as people write them: "24.11.03" is after "24.11.2" and "24.11" (missing
 * parts count as 0), "v25" after "24.11", "build 1533" after "build 1520", and a pre-release
 * ("24.11.03-rc1", "24.11.03 beta") before its release. Negative when `a` is earlier, 0 when the
 * same, positive when later; null when either names no number (then only an exact match counts).
 */
export function compareVersions(a: string, b: string): number | null {
  if (normalised(a) === normalised(b)) return 0;
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (!ka || !kb) return null;
  const length = Math.max(ka.numbers.length, kb.numbers.length);
  for (let i = 0; i < length; i++) {
    const difference = (ka.numbers[i] ?? 0) - (kb.numbers[i] ?? 0);
    if (difference !== 0) return difference;
  }
  if (ka.preRelease !== kb.preRelease) return ka.preRelease ? -1 : 1;
  return 0;
}

/** Where a run ran: its product version ("24.11") and the build the tester named ("24.11.03", or ""). */
export interface RanOn {
  version: string;
  build: string;
}

/**
 * Whether a run was on the version that fixes a defect or a later one. The build the run names is
 * the more precise (a fix usually ships in a build of the same version), so it decides when it is
 * given and comparable; otherwise the run's version does. Text without numbers matches only itself.
 */
export function ranOnFixOrLater(ranOn: RanOn, fixedInVersion: string | null): boolean {
  if (!fixedInVersion?.trim()) return false;
  if (ranOn.build.trim()) {
    const byBuild = compareVersions(ranOn.build, fixedInVersion);
    if (byBuild !== null) return byBuild >= 0;
  }
  const byVersion = compareVersions(ranOn.version, fixedInVersion);
  return byVersion !== null && byVersion >= 0;
}

/** One result of a retest: a result of a case linked to the defect, recorded on a run. */
export interface RetestResult<Id = string> {
  id: Id;
  status: TestResultStatus;
  ranOn: RanOn;
}

/** What a batch of retest results does to a defect: its new status and the results that decided it. */
export interface RetestDecision<Id = string> {
  to: DefectStatus;
  /** Verified: the passing results; reopened: the failing ones (linked to the defect as its reason). */
  results: Id[];
}

/**
 * What results of a defect's linked cases, recorded together (one result by hand, or a JUnit
 * file), do to a fixed or verified defect. Only results on the fixing version or a later one
 * count. A failure wins over a pass (one failing case shows the fix did not hold), so a fixed or
 * verified defect reopens with its failing results; otherwise a pass verifies a fixed defect.
 * Null when nothing changes.
 */
export function retestDecision<Id>(
  defect: { status: DefectStatus; fixedInVersion: string | null },
  results: readonly RetestResult<Id>[],
): RetestDecision<Id> | null {
  const counted = results.filter((result) => ranOnFixOrLater(result.ranOn, defect.fixedInVersion));
  const by = (to: DefectStatus) =>
    counted.filter((result) => retestTransition(defect.status, result.status) === to).map((r) => r.id);
  const failing = by('open');
  if (failing.length) return { to: 'open', results: failing };
  const passing = by('verified');
  if (passing.length) return { to: 'verified', results: passing };
  return null;
}
